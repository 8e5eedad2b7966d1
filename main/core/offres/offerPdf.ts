import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { OfferDetail } from '../../../shared/domain/offres';
import { offerFacts, offerWordingFr as w } from '../../../shared/wording';
import { wrapText } from '../../../shared/print/wrapText';
import { frenchDate } from '../../../shared/domain/time';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/**
 * The printed offer: what the detail screen shows, in French. Nothing about the person who
 * printed it. Helvetica (WinAnsi) covers French; a character it cannot draw becomes "?".
 */
export async function offerPdf(offer: OfferDetail, now = new Date()): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${w.title} ${offer.numero}`);
  pdf.setLanguage('fr-FR');
  pdf.setCreator('Borne France Travail');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const drawable = new Set(regular.getCharacterSet());
  const clean = (text: string) =>
    [...text.replace(/[\u202f\u2009\u00a0]/g, ' ').replace(/[’]/g, "'")]
      .map((ch) => (drawable.has(ch.codePointAt(0) ?? 0) ? ch : '?'))
      .join('');
  let page: PDFPage = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const width = A4[0] - 2 * MARGIN;
  const write = (text: string, options: { font?: PDFFont; size?: number; gap?: number } = {}) => {
    const font = options.font ?? regular;
    const size = options.size ?? 11;
    for (const line of wrapText(clean(text), font, size, width)) {
      if (y < MARGIN + size) {
        page = pdf.addPage(A4);
        y = A4[1] - MARGIN;
      }
      page.drawText(line, { x: MARGIN, y, size, font, color: rgb(0.08, 0.08, 0.2) });
      y -= size * 1.45;
    }
    y -= options.gap ?? 0;
  };

  write('France Travail', { font: bold, size: 12, gap: 8 });
  write(offer.title, { font: bold, size: 18 });
  write(`${w.number} ${offer.numero}`, { font: bold, size: 12, gap: 10 });
  for (const [label, value] of offerFacts(offer)) write(`${label} : ${value}`);
  y -= 8;
  if (offer.skills.length > 0) {
    write(w.skills, { font: bold, size: 13 });
    for (const skill of offer.skills) write(`• ${skill}`);
    y -= 8;
  }
  write(w.description, { font: bold, size: 13 });
  write(offer.description, { gap: 8 });
  write(w.apply, { font: bold, size: 13 });
  write(w.applyMode[offer.applyMode]);
  if (offer.applyContact) write(offer.applyContact);
  y -= 12;
  write(`${w.printedAt} ${frenchDate(now)}. ${w.source}`, { size: 9 });
  return pdf.save();
}
