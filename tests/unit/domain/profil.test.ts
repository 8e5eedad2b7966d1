import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProfilReceiptPdf } from '../../../main/core/profil/receiptPdf';
import {
  formatIban,
  ibanProblem,
  maskIban,
  ribChangeSchema,
  telephoneChangeSchema,
} from '../../../shared/domain/profil';

const fieldErrors = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('Mon profil rules', () => {
  it('tells a wrong IBAN check key from a wrong length and a country outside SEPA', () => {
    expect(ibanProblem('fr76 3000 6000 0112 3456 7890 189')).toBeNull();
    // One digit changed: the ISO key (and the French RIB key) no longer match.
    expect(ibanProblem('FR76 3000 6000 0112 3456 7890 188')).toBe('key');
    expect(ibanProblem('FR76 3000 6000 0112 3456 7890 1')).toBe('format');
    expect(ibanProblem('BR1800360305000010009795493C1')).toBe('country');
  });

  it('shows and prints an IBAN masked but for its last 4; reads it back in groups of 4', () => {
    expect(maskIban('FR7630006000011234567890189')).toBe('FR•• •••• •••• •••• 0189');
    expect(formatIban('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
  });

  it('says which field is wrong: IBAN key, BIC, a phone that is not French', () => {
    const rib = ribChangeSchema.safeParse({
      titulaire: 'Camille Martin',
      iban: 'FR7630006000011234567890188',
      bic: 'NOTABIC',
    });
    expect(fieldErrors(rib)).toEqual({
      iban: 'profil.errors.iban.key',
      bic: 'profil.errors.bic',
    });
    expect(fieldErrors(telephoneChangeSchema.safeParse({ telephone: '+44 20 7946 0958' }))).toEqual(
      { telephone: 'profil.errors.telephone' },
    );
    expect(telephoneChangeSchema.safeParse({ telephone: '+33 (0)6 12 34 56 78' }).success).toBe(
      true,
    );
  });

  it('prints a receipt that passes qpdf --check and holds no full IBAN', async () => {
    const pdf = await buildProfilReceiptPdf(
      {
        reference: 'PRF-20261105-ABCDEF',
        submittedAt: '2026-11-05T10:00:00Z',
        status: 'queued',
        kind: 'rib',
        lines: ['Camille Martin', `IBAN ${maskIban('FR7630006000011234567890189')}`],
      },
      { prenom: 'Camille', nom: 'Martin' },
    );
    const file = join(mkdtempSync(join(tmpdir(), 'profil-receipt-')), 'r.pdf');
    writeFileSync(file, pdf);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toMatch(
      /No syntax or stream encoding errors/,
    );
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Référence : PRF-20261105-ABCDEF');
    expect(text).toContain('Enregistrée sur la borne');
    expect(text).toContain('0189');
    expect(text.replace(/\s/g, '')).not.toContain('30006000011234567890');
  });
});
