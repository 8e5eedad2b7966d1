import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { profilReceiptFr as w } from '../../../shared/wording';
import type { ProfilChangeKind } from '../../../shared/domain/profil';
import { wrapText } from '../../../shared/print/wrapText';
import { frenchDateTime } from '../../../shared/domain/time';

/** What the receipt may print of a change: already masked by the caller (no full IBAN, no answer). */
export interface ProfilReceiptData {
  reference: string;
  submittedAt: string;
  status: 'sent' | 'queued';
  kind: ProfilChangeKind;
  /** The new value as printable lines ("12 rue …", "FR•• •••• … 0189"). */
  lines: string[];
  /** Set when the address moved to another code postal: the one to sign in with from now on. */
  newCodePostal?: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/**
 * The receipt of one « Mon profil » change: reference, date, delivery state, the person's name,
 * what changes and what happens next. One page; Helvetica with WinAnsi covers French, and a
 * character it cannot draw becomes "?" rather than failing the receipt.
 */
export async function buildProfilReceiptPdf(
  data: ProfilReceiptData,
  holder: { prenom: string; nom: string } | undefined,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${w.title} ${data.reference}`);
  pdf.setLanguage('fr-FR');
  pdf.setCreator('Borne France Travail');
  pdf.setProducer('Borne France Travail');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const drawable = new Set(regular.getCharacterSet());
  const clean = (text: string) =>
    [...text.replace(/[\u202f\u2009\u00a0]/g, ' ')]
      .map((ch) => (drawable.has(ch.codePointAt(0) ?? 0) ? ch : '?'))
      .join('');
  const page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const write = (
    text: string,
    options: { font?: PDFFont; size?: number; indent?: number } = {},
  ) => {
    const font = options.font ?? regular;
    const size = options.size ?? 11;
    const indent = options.indent ?? 0;
    for (const line of wrapText(clean(text), font, size, A4[0] - 2 * MARGIN - indent)) {
      page.drawText(line, { x: MARGIN + indent, y, font, size, color: rgb(0.09, 0.09, 0.09) });
      y -= size * 1.45;
    }
  };

  write('France Travail — Borne en agence', { size: 10 });
  y -= 6;
  write(w.title, { font: bold, size: 20 });
  y -= 4;
  write(`${w.reference} : ${data.reference}`, { font: bold, size: 13 });
  write(`${w.date} ${frenchDateTime(new Date(data.submittedAt))}`);
  write(`${w.state} : ${w.status[data.status]}`);
  if (holder) write(`${w.holder} : ${holder.prenom} ${holder.nom}`);
  y -= 10;
  write(`${w.what} : ${w.kinds[data.kind]}`, { font: bold, size: 14 });
  for (const line of data.lines) write(line, { indent: 14 });
  y -= 6;
  if (data.kind === 'email') write(w.emailNext);
  if (data.kind === 'rib') {
    write(w.ribNext);
    write(w.ribMasked, { size: 10 });
  }
  if (data.kind === 'questionSecrete') write(w.secretAnswer);
  if (data.newCodePostal)
    write(w.codePostalNext.replace('{{codePostal}}', data.newCodePostal), { font: bold });
  y -= 12;
  write(w.keep, { size: 10 });
  return pdf.save();
}
