import { PDFString, rgb, type PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';

export const A4: [number, number] = [595.28, 841.89];

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: RGB;
  /** Extra space below the paragraph, in points. */
  after?: number;
  indent?: number;
}

export const colours = {
  text: rgb(0.09, 0.09, 0.09),
  muted: rgb(0.36, 0.36, 0.36),
  accent: rgb(0, 0, 0.57), // DSFR bleu France #000091
  light: rgb(0.89, 0.89, 0.99),
  white: rgb(1, 1, 1),
};

/** The pages of one document, created on demand and decorated by the model when created. */
export class PageSet {
  readonly pages: PDFPage[] = [];

  constructor(
    readonly doc: PDFDocument,
    private readonly decorate: (page: PDFPage, index: number) => void,
  ) {}

  at(index: number): PDFPage {
    while (this.pages.length <= index) {
      const page = this.doc.addPage(A4);
      this.decorate(page, this.pages.length);
      this.pages.push(page);
    }
    return this.pages[index]!;
  }
}

/**
 * A column of flowing text: wraps words to the column's width and continues on the next page
 * (same column) when it reaches the bottom. Kept tiny: the CV needs paragraphs, headings and links.
 */
export class Column {
  private pageIndex = 0;
  y: number;

  constructor(
    private readonly pages: PageSet,
    private readonly fonts: Fonts,
    readonly left: number,
    readonly right: number,
    readonly top: number,
    private readonly bottom: number,
    /** Where the column starts on pages after the first (below a header band, say). */
    private readonly nextTop = top,
  ) {
    this.y = top;
  }

  get page(): PDFPage {
    return this.pages.at(this.pageIndex);
  }

  /** Makes room for `height` points, moving to the next page when needed. */
  ensure(height: number): void {
    if (this.y - height >= this.bottom) return;
    this.pageIndex += 1;
    this.pages.at(this.pageIndex);
    this.y = this.nextTop;
  }

  space(points: number): void {
    this.y -= points;
  }

  lines(text: string, style: TextStyle = {}): string[] {
    const size = style.size ?? 10;
    const font = style.bold ? this.fonts.bold : this.fonts.regular;
    const width = this.right - this.left - (style.indent ?? 0);
    const out: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
        else {
          out.push(line);
          line = word;
        }
      }
      if (line) out.push(line);
    }
    return out;
  }

  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const font = style.bold ? this.fonts.bold : this.fonts.regular;
    const leading = size * 1.3;
    for (const line of this.lines(text, style)) {
      this.ensure(leading);
      this.y -= size;
      this.page.drawText(line, {
        x: this.left + (style.indent ?? 0),
        y: this.y,
        size,
        font,
        color: style.color ?? colours.text,
      });
      this.y -= leading - size;
    }
    this.y -= style.after ?? 0;
  }

  /** One line of text that is also a link (a real URI annotation: mailto:, tel:). */
  link(text: string, uri: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const font = style.bold ? this.fonts.bold : this.fonts.regular;
    const leading = size * 1.3;
    this.ensure(leading);
    this.y -= size;
    const x = this.left + (style.indent ?? 0);
    const width = Math.min(font.widthOfTextAtSize(text, size), this.right - x);
    this.page.drawText(text, { x, y: this.y, size, font, color: style.color ?? colours.accent });
    const annotation = this.pages.doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [x, this.y - 2, x + width, this.y + size],
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(uri) },
    });
    this.page.node.addAnnot(this.pages.doc.context.register(annotation));
    this.y -= leading - size + (style.after ?? 0);
  }

  /** A section heading, kept with at least two lines of what follows. */
  heading(text: string, colour = colours.accent, size = 12): void {
    this.ensure(size * 1.3 + 30);
    this.space(6);
    this.text(text.toUpperCase(), { size, bold: true, color: colour, after: 2 });
    this.page.drawLine({
      start: { x: this.left, y: this.y },
      end: { x: this.right, y: this.y },
      thickness: 0.7,
      color: colour,
    });
    this.space(6);
  }
}
