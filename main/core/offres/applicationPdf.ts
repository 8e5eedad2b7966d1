import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import type { ApplicationReceipt } from '../../../shared/contract';
import { wrapText } from '../../../shared/print/wrapText';
import { applicationReceiptFr as w } from '../../../shared/wording';
import { dateTimeText } from '../actualisation/receiptText';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/**
 * The receipt of an application: its reference, the offer, the CV's title, when, and whether the
 * central API has it. The person's name, never their identifiant or the message they wrote.
 * Helvetica/WinAnsi; an undrawable character becomes "?".
 */
export async function applicationPdf(
  receipt: ApplicationReceipt & { cvTitle: string },
  holder: { prenom: string; nom: string } | undefined,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${w.title} ${receipt.reference}`);
  pdf.setLanguage('fr-FR');
  pdf.setCreator('Borne France Travail');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const drawable = new Set(regular.getCharacterSet());
  const clean = (text: string) =>
    [...text.replace(/[\u202f\u2009\u00a0]/g, ' ')]
      .map((ch) => (drawable.has(ch.codePointAt(0) ?? 0) ? ch : '?'))
      .join('');
  const page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const write = (text: string, font: PDFFont = regular, size = 11, gap = 0) => {
    for (const line of wrapText(clean(text), font, size, A4[0] - 2 * MARGIN)) {
      page.drawText(line, { x: MARGIN, y, font, size, color: rgb(0.09, 0.09, 0.09) });
      y -= size * 1.45;
    }
    y -= gap;
  };
  write('France Travail — Borne en agence', regular, 10, 6);
  write(w.title, bold, 18, 8);
  if (holder) write(`${holder.prenom} ${holder.nom}`, bold, 12, 4);
  write(w.intro, regular, 11, 8);
  write(`${w.reference} : ${receipt.reference}`, bold, 12);
  write(`${w.offer} : ${receipt.title}`);
  write(`${w.number} ${receipt.numero}`);
  write(`${w.cv} : ${receipt.cvTitle}`);
  write(
    `${receipt.status === 'sent' ? w.sentAt : w.queuedAt} ${dateTimeText(receipt.submittedAt)}`,
    regular,
    11,
    8,
  );
  write(w.status[receipt.status], bold, 11, 8);
  write(w.next, regular, 11, 8);
  write(w.keep, regular, 10);
  return pdf.save();
}
