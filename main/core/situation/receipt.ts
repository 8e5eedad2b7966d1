import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import type { SituationReceipt } from '../../../shared/contract';
import type { SituationChange } from '../../../shared/domain/situation';
import {
  contratFr,
  situationFieldsFr,
  situationKindFr,
  situationReceiptFr as w,
  situationStatusFr,
} from '../../../shared/wording';
import { dateTimeText } from '../actualisation/receiptText';
import { wrapText } from '../../../shared/print/wrapText';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

const dayText = (iso: string) => iso.split('-').reverse().join('/');

/** The change's facts as label/value lines, in the order the review screen shows them. */
export function changeLines(change: SituationChange): [string, string][] {
  const f = situationFieldsFr;
  const lines: [string, string][] = [
    [change.kind === 'demenagement' ? f.dateDemenagement : f.dateDebut, dayText(change.dateDebut)],
  ];
  if (change.dateFin) lines.push([f.dateFin, dayText(change.dateFin)]);
  if (change.employeur) lines.push([f.employeur, change.employeur]);
  if (change.contrat) lines.push([f.contrat, contratFr[change.contrat]]);
  if (change.organisme) lines.push([f.organisme, change.organisme]);
  if (change.commune) lines.push([f.commune, `${change.codePostal ?? ''} ${change.commune.nom}`]);
  return lines;
}

/**
 * The receipt of a change of situation: reference, date, status, the person's name and what was
 * declared. Never the NIR or the identifiant. Helvetica/WinAnsi; an undrawable character becomes "?".
 */
export async function buildChangeReceiptPdf(
  receipt: SituationReceipt,
  holder: { prenom: string; nom: string } | undefined,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Justificatif de changement de situation ${receipt.reference}`);
  pdf.setLanguage('fr-FR');
  pdf.setProducer('Borne France Travail');
  pdf.setCreator('Borne France Travail');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const drawable = new Set(regular.getCharacterSet());
  const clean = (text: string) =>
    [...text.replace(/[\u202f\u2009]/g, '\u00a0')]
      .map((ch) => (drawable.has(ch.codePointAt(0) ?? 0) ? ch : '?'))
      .join('');
  const page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const write = (text: string, font: PDFFont = regular, size = 11) => {
    for (const line of wrapText(clean(text), font, size, A4[0] - 2 * MARGIN)) {
      page.drawText(line, { x: MARGIN, y, font, size, color: rgb(0.09, 0.09, 0.09) });
      y -= size * 1.45;
    }
  };
  write(w.header, regular, 10);
  y -= 6;
  write(w.title, bold, 20);
  y -= 4;
  write(situationKindFr[receipt.change.kind], bold, 14);
  write(`${w.reference} : ${receipt.reference}`, bold, 13);
  write(`${w.declaredOn} ${dateTimeText(receipt.submittedAt)}`);
  write(`${w.status} : ${situationStatusFr[receipt.status]}`);
  if (holder) write(`${w.declarant} : ${holder.prenom} ${holder.nom}`);
  y -= 10;
  for (const [label, value] of changeLines(receipt.change)) write(`${label} : ${value}`);
  y -= 12;
  write(w.keep, regular, 10);
  return pdf.save();
}
