import { createHash } from 'node:crypto';
import { z } from 'zod';
import { open, seal } from '../crypto/aead';
import type { KioskDb } from '../db/kioskDb';

/** What the terminal keeps of its enrolment: who it is at the central API and its own secret. */
export interface TerminalCredential {
  terminalId: string;
  secret: string;
  /** The hash of the enrolment code it came from (none: the shared token of the demo). */
  codeHash?: string | undefined;
}

export interface CredentialStore {
  load(): TerminalCredential | undefined;
  save(credential: TerminalCredential): void;
  clear(): void;
}

/** The code as the central API reads it: case, spaces and dashes do not matter. */
export function enrolmentCodeHash(code: string): string {
  const canonical = code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return createHash('sha256').update(`kiosk-enrolment-code\0${canonical}`).digest('hex');
}

/** Kept in memory only: tests, and a client built without the kiosk's database. */
export function memoryCredentialStore(): CredentialStore {
  let credential: TerminalCredential | undefined;
  return {
    load: () => credential,
    save: (value) => void (credential = value),
    clear: () => void (credential = undefined),
  };
}

const stored = z.object({
  terminalId: z.string().min(1),
  secret: z.string().min(1),
  codeHash: z.string().optional(),
});
const AAD = 'terminal-credential';

/**
 * In kiosk.db, sealed with the master key (AES-256-GCM): the secret is worth a terminal's
 * identity, so a copy of the database without the key (safeStorage in Electron) is useless. A row
 * that does not open (another key, damage) counts as none: the terminal enrols again.
 */
export function sealedCredentialStore(db: KioskDb, masterKey: Buffer): CredentialStore {
  return {
    load() {
      const row = db.prepare('SELECT sealed FROM terminal_credential WHERE id = 1').get() as
        { sealed: Buffer } | undefined;
      if (!row) return undefined;
      try {
        const parsed = stored.safeParse(JSON.parse(open(masterKey, row.sealed, AAD).toString()));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    save(credential) {
      const sealed = seal(masterKey, Buffer.from(JSON.stringify(credential)), AAD);
      db.prepare(
        `INSERT INTO terminal_credential (id, sealed, saved_at) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET sealed = excluded.sealed, saved_at = excluded.saved_at`,
      ).run(sealed, Date.now());
    },
    clear() {
      db.prepare('DELETE FROM terminal_credential').run();
    },
  };
}
