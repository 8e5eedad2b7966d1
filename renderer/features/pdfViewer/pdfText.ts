/**
 * A page's text from its text layer (pdf.js getTextContent), as the lines the letter prints: a
 * line ends where pdf.js says it does (hasEOL); empty lines are dropped. What a screen reader
 * or the kiosk's voice reads, instead of a picture of the page.
 */
export function linesOf(items: readonly object[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    // Marked-content items carry no words: only text items have `str`.
    if ('str' in item && typeof item.str === 'string') line += item.str;
    if ('hasEOL' in item && item.hasEOL === true) {
      lines.push(line);
      line = '';
    }
  }
  lines.push(line);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
