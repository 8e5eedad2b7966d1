import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Secrets the mailer must send (a temporary password) are sealed with AES-256-GCM before they are
 * written to outgoing_emails: the database, its copies and its backups hold no usable secret, and
 * only the mailer, which has the key, opens them. The key comes from configuration
 * (startCentralApi's `mailKey`, or KIOSK_API_MAIL_KEY as 64 hex digits); without one the reference
 * API keeps a random key in a file of its own beside the database (mode 0600), never inside it.
 */
export type MailKey = Buffer;

const KEY_BYTES = 32;

export function mailKeyFile(dbPath: string): string {
  return `${dbPath}.mail-key`;
}

export function loadMailKey(dbPath: string, configured?: Buffer | string): MailKey {
  const given = configured ?? process.env.KIOSK_API_MAIL_KEY;
  if (given !== undefined && given !== '') {
    const key = typeof given === 'string' ? Buffer.from(given, 'hex') : given;
    if (key.length !== KEY_BYTES) throw new Error('The mail key must be 32 bytes (64 hex digits)');
    return key;
  }
  if (dbPath === ':memory:') return randomBytes(KEY_BYTES);
  const file = mailKeyFile(dbPath);
  if (!existsSync(file)) {
    try {
      writeFileSync(file, randomBytes(KEY_BYTES).toString('hex'), { mode: 0o600, flag: 'wx' });
      chmodSync(file, 0o600);
    } catch (error) {
      // Another process on the same database wrote it first: theirs is the key.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  if (key.length !== KEY_BYTES) throw new Error(`${file} does not hold a 32-byte mail key`);
  return key;
}

/** "v1.<iv>.<tag>.<ciphertext>", base64url: what outgoing_emails keeps of the mailer's secrets. */
export function sealForMailer(key: MailKey, secrets: Record<string, string>): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
  return ['v1', ...parts].join('.');
}

/** The mailer's side: the secrets back, or an error when the key or the text is not the right one. */
export function openForMailer(key: MailKey, sealed: string): Record<string, string> {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('Not a sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const text = Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
  return JSON.parse(text) as Record<string, string>;
}
