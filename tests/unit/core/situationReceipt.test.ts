import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChangeReceiptPdf } from '../../../main/core/situation/receipt';

/** pdftotext's text (whitespace collapsed) and qpdf's verdict on a PDF. */
function read(pdf: Uint8Array): { text: string; qpdf: string } {
  const dir = mkdtempSync(join(tmpdir(), 'chg-receipt-'));
  const file = join(dir, 'receipt.pdf');
  writeFileSync(file, pdf);
  try {
    return {
      text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
      qpdf: execFileSync('qpdf', ['--check', file], { encoding: 'utf8' }),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the receipt of a change of situation', () => {
  it('names the change, its reference, dates and details; a valid PDF', async () => {
    const pdf = await buildChangeReceiptPdf(
      {
        reference: 'CHG-7K4Q2M3P',
        change: {
          kind: 'demenagement',
          dateDebut: '2026-11-20',
          dateFin: null,
          employeur: null,
          contrat: null,
          organisme: null,
          codePostal: '22200',
          commune: { code: '22070', nom: 'Guingamp' },
        },
        submittedAt: '2026-11-05T10:00:00.000Z',
        status: 'queued',
      },
      { prenom: 'Karim', nom: 'Benali' },
    );
    const { text, qpdf } = read(pdf);
    expect(qpdf).toMatch(/No syntax or stream encoding errors found/);
    for (const expected of [
      'Justificatif de changement de situation',
      'Je déménage',
      'Référence : CHG-7K4Q2M3P',
      'Déclaré le 5 novembre 2026 à 11 h 00',
      'Enregistré sur la borne, sera envoyé dès que possible',
      'Déclarant : Karim Benali',
      'Date du déménagement : 20/11/2026',
      'Nouvelle commune : 22200 Guingamp',
    ])
      expect(text).toContain(expected);
  });
});
