import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { safeStorage } from 'electron';
import type { MasterKeyProvider } from '../core/crypto/masterKey';
import type { Logger } from '../core/logging';

/** The subset of Electron's safeStorage used here (tests hand in a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Thrown when the OS cannot protect the key: the shell shows the maintenance screen and stops. */
export class InsecureKeyStorageError extends Error {
  override name = 'InsecureKeyStorageError';
}

/** What IT must fix, in the log line and in docs/INSTALL.md. */
export const BASIC_TEXT_FIX =
  'safeStorage uses the Linux basic_text backend: run a Secret Service (gnome-keyring or KWallet) in the kiosk session, or start the app with --password-store=gnome-libsecret (or kwallet5/kwallet6)';

export interface SafeStorageKeyOptions {
  /** Where the encrypted master key is kept (<dataDir>/outbox.key.safe). */
  path: string;
  /** Packaged build: refuse basic_text (a key "encrypted" with a hard-coded password). */
  production: boolean;
  logger: Logger;
  platform?: NodeJS.Platform;
  storage?: SafeStorageLike;
}

/**
 * The outbox master key, protected by the OS through Electron's safeStorage (DPAPI on Windows,
 * the Secret Service on Linux). On Linux without a keyring Electron falls back to `basic_text`,
 * which protects nothing: in production the kiosk refuses to start rather than write user data
 * under a key anyone can read. Must be called after app 'ready'.
 */
export function safeStorageMasterKey(options: SafeStorageKeyOptions): MasterKeyProvider {
  const storage = options.storage ?? safeStorage;
  const platform = options.platform ?? process.platform;
  return {
    load() {
      const backend = storage.getSelectedStorageBackend?.();
      const insecure =
        !storage.isEncryptionAvailable() || (platform === 'linux' && backend === 'basic_text');
      if (insecure && options.production) {
        options.logger.error('outbox.master_key_refused', { backend, fix: BASIC_TEXT_FIX });
        throw new InsecureKeyStorageError(BASIC_TEXT_FIX);
      }
      if (insecure) options.logger.warn('outbox.master_key_insecure_dev', { backend });
      if (existsSync(options.path)) {
        const key = Buffer.from(storage.decryptString(readFileSync(options.path)), 'base64');
        if (key.length !== 32) throw new InsecureKeyStorageError('stored master key is corrupt');
        return key;
      }
      const key = randomBytes(32);
      const temp = `${options.path}.tmp`;
      writeFileSync(temp, storage.encryptString(key.toString('base64')), { mode: 0o600 });
      renameSync(temp, options.path);
      return key;
    },
  };
}
