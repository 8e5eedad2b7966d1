import { describe, expect, it } from 'vitest';
import {
  attestationDraftSchema,
  paymentDateFor,
  toAttestationRequest,
} from '../../../shared/domain/paiements';

describe('paiements: when a declared month is paid', () => {
  it('two working days after the month is over, skipping the weekend', () => {
    // October 2026 declared on 30 October: the month ends on Saturday 31, Monday 2 and Tuesday 3.
    expect(paymentDateFor({ year: 2026, month: 10 }, '2026-10-30T09:00:00Z')).toBe('2026-11-03');
    // November declared on the 29th: Tuesday 1 December, then Wednesday 2 and Thursday 3.
    expect(paymentDateFor({ year: 2026, month: 11 }, '2026-11-29')).toBe('2026-12-03');
  });

  it('a late declaration is paid two working days after it is made', () => {
    // Declared on Friday 11 December: Monday 14 and Tuesday 15.
    expect(paymentDateFor({ year: 2026, month: 11 }, '2026-12-11T16:00:00Z')).toBe('2026-12-15');
  });
});

describe('paiements: the attestation form', () => {
  const problems = (draft: Record<string, string>) => {
    const r = attestationDraftSchema.safeParse({ kind: '', from: '', to: '', year: '', ...draft });
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path[0], i.message]));
  };

  it('asks for a kind, then what that kind needs', () => {
    expect(problems({})).toEqual({ kind: 'paiements.validation.kind' });
    expect(problems({ kind: 'paiement' })).toEqual({
      from: 'paiements.validation.from',
      to: 'paiements.validation.to',
    });
    expect(problems({ kind: 'fiscale' })).toEqual({ year: 'paiements.validation.year' });
    expect(problems({ kind: 'droits' })).toEqual({});
  });

  it('refuses an end month before the start, and more than a year', () => {
    expect(problems({ kind: 'paiement', from: '2026-09', to: '2026-08' })).toEqual({
      to: 'paiements.validation.toBeforeFrom',
    });
    expect(problems({ kind: 'paiement', from: '2025-09', to: '2026-09' })).toEqual({
      to: 'paiements.validation.tooLong',
    });
    expect(
      toAttestationRequest({ kind: 'paiement', from: '2025-10', to: '2026-09', year: '' }),
    ).toEqual({ kind: 'paiement', from: '2025-10', to: '2026-09' });
    expect(toAttestationRequest({ kind: 'fiscale', from: '', to: '', year: '2025' })).toEqual({
      kind: 'fiscale',
      year: 2025,
    });
  });
});
