import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { KEY_BYTES } from './aead';

/**
 * Where the outbox's master key comes from. Electron: safeStorage (main/shell/safeStorageKey.ts);
 * browser mode and tests: a key file readable by the kiosk's account only.
 */
export interface MasterKeyProvider {
  /** Returns the 32-byte key, creating it the first time. Throws when it cannot be trusted. */
  load(): Buffer;
}

export class MasterKeyError extends Error {
  override name = 'MasterKeyError';
}

/**
 * A raw 32-byte key in a file created 0600 (exclusive create, so two processes never write two
 * keys). Group or world bits found on an existing file are removed: the key is only as safe as the
 * data folder's permissions, which docs/INSTALL.md covers for Windows.
 */
export function fileMasterKey(path: string): MasterKeyProvider {
  return {
    load() {
      if (!existsSync(path)) {
        mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
        try {
          const fd = openSync(path, 'wx', 0o600);
          try {
            writeSync(fd, randomBytes(KEY_BYTES));
          } finally {
            closeSync(fd);
          }
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      }
      if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
        chmodSync(path, 0o600);
      }
      const key = readFileSync(path);
      if (key.length !== KEY_BYTES) throw new MasterKeyError(`${path} is not a 32-byte key`);
      return key;
    },
  };
}
