/** What a PDF font says of its text: pdf-lib's PDFFont has it (structural, so shared/ needs no pdf-lib). */
export interface MeasuringFont {
  widthOfTextAtSize(text: string, size: number): number;
}

/**
 * A printed paragraph cut into lines that fit `width` points, between words, each line as full as
 * it can be. Only spaces separate words: a non-breaking space (« 9 h 30 », « 12 % ») holds its words
 * together. A word wider than the line stands alone on its own line rather than being cut.
 */
export function wrapText(text: string, font: MeasuringFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || font.widthOfTextAtSize(candidate, size) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}
