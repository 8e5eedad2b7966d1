import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { frenchDate, frenchDateTime } from '../../../shared/domain/time';
import { registrationNextStepsFr, registrationReceiptFr as w } from '../../../shared/wording';
import type { RegistrationState } from './registrationState';

/**
 * The registration receipt (récépissé). What it may show: the reference, the date, the name, the
 * identifiant (the user needs it to resume or sign in), the appointment and the next steps. Never a
 * password, the NIR, the secret answer or contact details: a receipt left on the printer tray must
 * not let anyone into the account.
 */
export async function registrationReceiptPdf(
  state: RegistrationState,
  now = new Date(),
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${w.title} ${state.reference}`);
  pdf.setCreator(w.creator);
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 780;
  const line = (
    text: string,
    options: { size?: number; font?: typeof regular; gap?: number } = {},
  ) => {
    // Standard fonts encode WinAnsi: Intl's narrow no-break spaces would throw.
    page.drawText(text.replace(/[\u202f\u00a0]/g, ' '), {
      x: 56,
      y,
      size: options.size ?? 11,
      font: options.font ?? regular,
      color: rgb(0.08, 0.08, 0.2),
    });
    y -= options.gap ?? 18;
  };
  /** Splits a sentence into lines that fit the page's text width. */
  const wrap = (text: string, font: PDFFont, size: number, width = 480): string[] => {
    const lines: string[] = [];
    let current = '';
    for (const word of text.split(' ')) {
      const next = current ? `${current} ${word}` : word;
      if (current && font.widthOfTextAtSize(next, size) > width) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    if (current) lines.push(current);
    return lines;
  };
  line(w.issuer, { font: bold, size: 14, gap: 28 });
  line(w.title, { font: bold, size: 18, gap: 30 });
  line(`${w.reference} : ${state.reference}`, { font: bold, size: 13 });
  line(`${w.date} : ${frenchDate(now)}`);
  if (state.prenoms || state.nom)
    line(`${w.name} : ${[state.prenoms, state.nom].filter(Boolean).join(' ')}`);
  line(`${w.identifiant} : ${state.identifiant}`, { gap: 30 });
  if (state.appointment) {
    line(w.appointmentTitle, { font: bold, size: 13 });
    line(frenchDateTime(new Date(state.appointment.startsAt)));
    line(state.appointment.agence);
    line(state.appointment.adresse, { gap: 30 });
  }
  line(w.nextTitle, { font: bold, size: 13 });
  const { email, codes, appointment } = registrationNextStepsFr;
  [email, codes, appointment].forEach((step, index) => {
    wrap(`${index + 1}. ${step}`, regular, 11).forEach((text, i) => line(i ? `    ${text}` : text));
  });
  y -= 12;
  line(w.never, { size: 10 });
  return pdf.save();
}
