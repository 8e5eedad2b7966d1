import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { employerReceiptFr as w, employerSpaceFr } from '../../../shared/wording';
import type { Visit } from '../visit/visitManager';
import { wrapText } from '../../../shared/print/wrapText';
import { frenchDate } from '../../../shared/domain/time';

/**
 * What main keeps about the employer space created during this visit, for its récapitulatif: in
 * memory only, keyed by the visit object, so it goes when the visit goes. Never a password, an
 * e-mail address or a phone number; the NIR only masked (sex, year and month of birth).
 */
export interface EmployerCreated {
  kind: 'entreprise' | 'particulier';
  reference: string;
  civilite: 'M' | 'F';
  prenom: string;
  nom: string;
  /** Entreprise only: the identifiant the employer chose (a particulier's is e-mailed later). */
  identifiant?: string;
  establishment?: { raisonSociale: string; siret: string };
  /** Particulier only: the NIR as the review showed it (maskNir). */
  nirMasked?: string;
}

const created = new WeakMap<Visit, EmployerCreated>();
export const employerCreatedOf = (visit: Visit): EmployerCreated | undefined => created.get(visit);
export const setEmployerCreated = (visit: Visit, state: EmployerCreated): void => {
  created.set(visit, state);
};

const LEFT = 56;
const WIDTH = 595.28 - 2 * LEFT;

/**
 * The récapitulatif of a new employer space: reference, date, name, what identifies the space,
 * the next steps and where the space opens (not on the kiosk). A page left on the printer tray
 * must not open the space: no password, no full NIR, no contact details.
 */
export async function employerReceiptPdf(
  state: EmployerCreated,
  now = new Date(),
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${w.title[state.kind]} ${state.reference}`);
  pdf.setCreator('Borne France Travail');
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let y = 780;
  const line = (text: string, options: { size?: number; font?: PDFFont; gap?: number } = {}) => {
    const font = options.font ?? regular;
    const size = options.size ?? 11;
    // Standard fonts encode WinAnsi: Intl's narrow no-break spaces would throw.
    for (const part of wrapText(text.replace(/[\u202f\u00a0]/g, ' '), font, size, WIDTH)) {
      page.drawText(part, { x: LEFT, y, size, font, color: rgb(0.08, 0.08, 0.2) });
      y -= size + 7;
    }
    y -= (options.gap ?? 18) - 18;
  };
  line('France Travail', { font: bold, size: 14, gap: 28 });
  line(w.title[state.kind], { font: bold, size: 16, gap: 30 });
  line(`${w.reference} : ${state.reference}`, { font: bold, size: 13 });
  line(`${w.date} : ${frenchDate(now)}`);
  const civilite = state.civilite === 'F' ? 'Madame' : 'Monsieur';
  line(`${w.name} : ${civilite} ${state.prenom} ${state.nom}`);
  if (state.identifiant) line(`${w.identifiant} : ${state.identifiant}`);
  if (state.establishment)
    line(
      `${w.establishment} : ${state.establishment.raisonSociale} (${w.siret} ${state.establishment.siret})`,
    );
  if (state.nirMasked) line(`${w.nir} : ${state.nirMasked}`);
  y -= 12;
  line(w.nextTitle, { font: bold, size: 13 });
  for (const step of w.next[state.kind]) line(step);
  y -= 12;
  line(w.whereTitle, { font: bold, size: 13 });
  line(employerSpaceFr[state.kind]);
  line(employerSpaceFr.reception, { gap: 30 });
  line(w.never, { size: 10 });
  return pdf.save();
}
