import { describe, expect, it } from 'vitest';
import {
  documentDetailsSchema,
  documentReference,
  documentTypeRules,
  documentTypes,
  monthProblem,
  selectableMonths,
} from '../../../shared/domain/documents';

const today = new Date(2026, 2, 15); // 15 March 2026

describe('document rules', () => {
  it('a month is YYYY-MM, not in the future, not older than 24 months', () => {
    expect(monthProblem('2026-03', today)).toBeUndefined();
    expect(monthProblem('2024-03', today)).toBeUndefined();
    expect(monthProblem('2024-02', today)).toBe('documents.validation.month.tooOld');
    expect(monthProblem('2026-04', today)).toBe('documents.validation.month.future');
    expect(monthProblem('2026-13', today)).toBe('documents.validation.month.format');
    expect(monthProblem('03/2026', today)).toBe('documents.validation.month.format');
  });

  it('offers the 13 last months, newest first, all accepted by the rule', () => {
    const months = selectableMonths(today);
    expect(months[0]).toBe('2026-03');
    expect(months[12]).toBe('2025-03');
    expect(months.every((m) => monthProblem(m, today) === undefined)).toBe(true);
  });

  it('payslips need a month, "autre" a description; a month given where none applies is dropped', () => {
    const schema = documentDetailsSchema(() => today);
    expect(schema.safeParse({ type: 'bulletin_salaire' }).success).toBe(false);
    expect(schema.parse({ type: 'bulletin_salaire', month: '2026-02' })).toEqual({
      type: 'bulletin_salaire',
      month: '2026-02',
    });
    expect(schema.parse({ type: 'rib', month: '2026-02' })).toEqual({ type: 'rib' });
    expect(schema.safeParse({ type: 'autre' }).success).toBe(false);
    expect(schema.parse({ type: 'autre', description: '  Contrat  ' })).toEqual({
      type: 'autre',
      description: 'Contrat',
    });
  });

  it('identity papers and RIBs stay greyscale; text documents are 1-bit', () => {
    expect(documentTypes).toHaveLength(7);
    expect(documentTypeRules.piece_identite.profile).toBe('grey');
    expect(documentTypeRules.rib.profile).toBe('grey');
    expect(documentTypeRules.bulletin_salaire.profile).toBe('text');
  });

  it('references read DOC-<date>-<6 unambiguous characters>', () => {
    expect(documentReference(() => 0.5, today)).toMatch(/^DOC-20260315-[A-HJ-NP-Z2-9]{6}$/);
  });
});
