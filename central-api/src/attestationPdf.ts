import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { formatEuros, parsePeriod } from '../../shared/domain/actualisation';
import type { AttestationKind } from '../../shared/domain/paiements';
import {
  allocationNameFr,
  attestationTitleFr,
  attestationVerifyFr,
} from '../../shared/wording/paiements';
import { wrapText } from '../../shared/print/wrapText';
import { frenchDate } from '../../shared/domain/time';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

/** What an attestation states: its lines are written by the route from the database. */
export interface AttestationContent {
  kind: AttestationKind;
  reference: string;
  code: string;
  issuedAt: Date;
  holder: { prenom: string; nom: string; identifiant: string };
  /** The title's complement: "Année 2025", "De mars 2026 à octobre 2026". */
  subtitle?: string;
  /** Sentences first, then a table when there is one. */
  paragraphs: string[];
  table?: { head: string[]; rows: string[][]; widths: number[] };
}

const frDate = (d: Date) => frenchDate(d);

/** "2026-03-09" → "9 mars 2026". */
export const frDay = (isoDay: string) => frDate(new Date(`${isoDay}T12:00:00Z`));

/** "2026-03" → "mars 2026". */
export function frMonth(period: string): string {
  const p = parsePeriod(period);
  if (!p) return period;
  return new Intl.DateTimeFormat('fr-FR', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(p.year, p.month - 1, 15)));
}

export const euros = formatEuros;
export const allocationName = (code: keyof typeof allocationNameFr) => allocationNameFr[code];

/**
 * An attestation as France Travail issues it: the holder by name and identifiant (never the NIR,
 * never a bank account in full), what is attested, then the reference and verification code a
 * third party (CAF, landlord, tax office) uses to check it. Helvetica with WinAnsi covers French.
 */
export async function buildAttestationPdf(content: AttestationContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const title = attestationTitleFr[content.kind];
  pdf.setTitle(`${title} ${content.reference}`);
  pdf.setLanguage('fr-FR');
  pdf.setProducer('France Travail');
  pdf.setCreator('France Travail');
  pdf.setCreationDate(content.issuedAt);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const drawable = new Set(regular.getCharacterSet());
  const clean = (text: string) =>
    [...text.replace(/[\u202f\u2009]/g, '\u00a0')]
      .map((ch) => (drawable.has(ch.codePointAt(0) ?? 0) ? ch : '?'))
      .join('');

  let page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  const width = A4[0] - 2 * MARGIN;
  const room = (needed: number) => {
    if (y - needed < MARGIN) {
      page = pdf.addPage(A4);
      y = A4[1] - MARGIN;
    }
  };
  const write = (text: string, options: { font?: PDFFont; size?: number } = {}) => {
    const font = options.font ?? regular;
    const size = options.size ?? 11;
    for (const line of wrapText(clean(text), font, size, width)) {
      room(size);
      draw(page, line, MARGIN, y, font, size);
      y -= size * 1.45;
    }
  };

  page.drawText('France Travail', { x: MARGIN, y, size: 18, font: bold, color: rgb(0, 0, 0.57) });
  y -= 34;
  write(title, { font: bold, size: 20 });
  if (content.subtitle) write(content.subtitle, { font: bold, size: 13 });
  y -= 6;
  write(`Délivrée le ${frDate(content.issuedAt)}`);
  write(`Bénéficiaire : ${content.holder.prenom} ${content.holder.nom}`);
  write(`Identifiant France Travail : ${content.holder.identifiant}`);
  y -= 10;
  for (const paragraph of content.paragraphs) {
    write(paragraph);
    y -= 4;
  }
  if (content.table) {
    y -= 6;
    const { head, rows, widths } = content.table;
    const row = (cells: string[], font: PDFFont) => {
      room(12);
      let x = MARGIN;
      cells.forEach((cell, i) => {
        draw(page, clean(cell), x, y, font, 10);
        x += widths[i] ?? 80;
      });
      y -= 16;
    };
    row(head, bold);
    for (const cells of rows) row(cells, regular);
  }
  y -= 18;
  room(80);
  write(`Référence : ${content.reference}`, { font: bold, size: 12 });
  write(`Code de vérification : ${content.code}`, { font: bold, size: 12 });
  write(attestationVerifyFr, { size: 9 });
  return pdf.save();
}

function draw(page: PDFPage, text: string, x: number, y: number, font: PDFFont, size: number) {
  page.drawText(text, { x, y, font, size, color: rgb(0.09, 0.09, 0.09) });
}
