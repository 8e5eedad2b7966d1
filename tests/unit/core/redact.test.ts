import { describe, expect, it } from 'vitest';
import { redact, redactText } from '../../../main/core/logging';

describe('log redaction', () => {
  it('masks personal fields whatever their value', () => {
    const out = redact({
      identifiant: '1234567A',
      motDePasse: 'x',
      nom: 'Martin',
      nested: { email: 'a@b.fr', count: 3 },
    });
    expect(out).toEqual({
      identifiant: '[redacted]',
      motDePasse: '[redacted]',
      nom: '[redacted]',
      nested: { email: '[redacted]', count: 3 },
    });
  });

  it('scrubs personal shapes out of free text', () => {
    const text = redactText(
      'user 1234567A camille.martin@example.org NIR 2 84 05 2A 004 012 34 tel 06 12 34 56 78 cp 75011 paid 142,65 € Bearer abc.def iban FR76 3000 6000 0112 3456 7890 189 or FR1420041010050500013M02606',
    );
    for (const secret of [
      '1234567A',
      'camille.martin@example.org',
      '2A 004',
      '06 12 34 56 78',
      '75011',
      '142,65',
      'abc.def',
      '7890 189',
      '3M02606',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('keeps what is needed to operate: event names, codes, durations', () => {
    expect(redact({ method: 'auth.login', code: 'invalid_credentials', durationMs: 12 })).toEqual({
      method: 'auth.login',
      code: 'invalid_credentials',
      durationMs: 12,
    });
  });

  it('reduces errors to name and scrubbed message (no stack)', () => {
    const out = redact({ error: new Error('failed for 1234567A') }) as {
      error: Record<string, unknown>;
    };
    expect(out.error).toEqual({ name: 'Error', message: 'failed for [identifiant]' });
  });
});
