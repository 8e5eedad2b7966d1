import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Declaration } from '../../../shared/contract';
import { answerLines, dateTimeText, periodText, statusText } from './receiptText';
import { wrapText } from '../../../shared/print/wrapText';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/**
 * The actualisation receipt: period, reference, date, delivery status, the person's name and every
 * answer. Never the NIR or the identifiant. Helvetica with WinAnsi covers French; a character it
 * cannot draw (an emoji in an employer's name) becomes "?", the receipt is still made.
 */
export async function buildReceiptPdf(
  declaration: Declaration,
  holder: { prenom: string; nom: string } | undefined,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Justificatif d’actualisation ${declaration.reference}`);
  pdf.setLanguage('fr-FR');
  pdf.setProducer('Borne France Travail');
  pdf.setCreator('Borne France Travail');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const drawable = new Set(regular.getCharacterSet());
  const clean = (text: string) =>
    [...text.replace(/[\u202f\u2009]/g, '\u00a0')]
      .map((ch) => (drawable.has(ch.codePointAt(0) ?? 0) || ch === '\n' ? ch : '?'))
      .join('');

  let page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const width = A4[0] - 2 * MARGIN;
  const write = (
    text: string,
    options: { font?: PDFFont; size?: number; indent?: number } = {},
  ) => {
    const font = options.font ?? regular;
    const size = options.size ?? 11;
    const indent = options.indent ?? 0;
    for (const line of wrapText(clean(text), font, size, width - indent)) {
      if (y < MARGIN + size) {
        page = pdf.addPage(A4);
        y = A4[1] - MARGIN;
      }
      drawLine(page, line, MARGIN + indent, y, font, size);
      y -= size * 1.45;
    }
  };

  write('France Travail — Borne en agence', { size: 10 });
  y -= 6;
  write('Justificatif d’actualisation', { font: bold, size: 20 });
  y -= 4;
  write(`Période déclarée : ${periodText(declaration.period)}`, { font: bold, size: 13 });
  write(`Référence : ${declaration.reference}`, { font: bold, size: 13 });
  write(`Déclaration faite le ${dateTimeText(declaration.submittedAt)}`);
  write(`État : ${statusText[declaration.status]}`);
  if (holder) write(`Déclarant : ${holder.prenom} ${holder.nom}`);
  y -= 10;
  write('Vos réponses', { font: bold, size: 14 });
  for (const { question, answer, details } of answerLines(declaration.answers)) {
    y -= 3;
    write(question);
    write(`Réponse : ${answer}`, { font: bold, indent: 14 });
    for (const detail of details) write(detail, { indent: 28 });
  }
  y -= 12;
  write(
    'Conservez ce justificatif. Si vous avez déclaré des heures travaillées ou un arrêt maladie, envoyez vos justificatifs (bulletins de salaire, avis d’arrêt) depuis votre espace personnel ou à la borne.',
    { size: 10 },
  );
  return pdf.save();
}

function drawLine(page: PDFPage, text: string, x: number, y: number, font: PDFFont, size: number) {
  page.drawText(text, { x, y, font, size, color: rgb(0.09, 0.09, 0.09) });
}
