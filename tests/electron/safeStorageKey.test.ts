import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../main/core/logging';

vi.mock('electron', () => ({ safeStorage: {} }));
const { InsecureKeyStorageError, safeStorageMasterKey } =
  await import('../../main/shell/safeStorageKey');

const dir = mkdtempSync(join(tmpdir(), 'safe-storage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeStorage(backend: string, available = true) {
  // Reversible but not plain: enough to prove the key file never holds the raw key.
  const flip = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (s: string) => flip(Buffer.from(s, 'utf8')),
    decryptString: (b: Buffer) => flip(b).toString('utf8'),
  };
}

function recordingLogger() {
  const lines: Array<[string, string, unknown]> = [];
  const logger = {
    debug: (e: string, f?: unknown) => lines.push(['debug', e, f]),
    info: (e: string, f?: unknown) => lines.push(['info', e, f]),
    warn: (e: string, f?: unknown) => lines.push(['warn', e, f]),
    error: (e: string, f?: unknown) => lines.push(['error', e, f]),
    child: () => logger,
  } as unknown as Logger;
  return { logger, lines };
}

describe('outbox master key from safeStorage', () => {
  it('creates the key once, stores it encrypted, reads the same key back', () => {
    const path = join(dir, 'outbox.key.safe');
    const { logger } = recordingLogger();
    const storage = fakeStorage('gnome_libsecret');
    const options = { path, production: true, logger, platform: 'linux' as const, storage };
    const key = safeStorageMasterKey(options).load();
    expect(key).toHaveLength(32);
    expect(readFileSync(path).includes(Buffer.from(key.toString('base64')))).toBe(false);
    expect(safeStorageMasterKey(options).load().equals(key)).toBe(true);
  });

  it('refuses to start in production on the Linux basic_text backend, naming the setting', () => {
    const path = join(dir, 'refused.key.safe');
    const { logger, lines } = recordingLogger();
    const provider = safeStorageMasterKey({
      path,
      production: true,
      logger,
      platform: 'linux',
      storage: fakeStorage('basic_text'),
    });
    expect(() => provider.load()).toThrow(InsecureKeyStorageError);
    expect(existsSync(path)).toBe(false);
    expect(lines).toContainEqual([
      'error',
      'outbox.master_key_refused',
      expect.objectContaining({ fix: expect.stringContaining('--password-store') }),
    ]);
  });

  it('allows basic_text outside production, with a warning', () => {
    const { logger, lines } = recordingLogger();
    const key = safeStorageMasterKey({
      path: join(dir, 'dev.key.safe'),
      production: false,
      logger,
      platform: 'linux',
      storage: fakeStorage('basic_text'),
    }).load();
    expect(key).toHaveLength(32);
    expect(lines.map((l) => l[1])).toContain('outbox.master_key_insecure_dev');
  });
});
