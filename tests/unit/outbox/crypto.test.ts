import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DecryptionError,
  newKey,
  open,
  openChunks,
  seal,
  sealChunks,
  unwrapKey,
  wrapKey,
} from '../../../main/core/crypto/aead';
import { fileMasterKey, MasterKeyError } from '../../../main/core/crypto/masterKey';
import { openItem, sealItem } from '../../../main/core/outbox/sealing';

const dir = mkdtempSync(join(tmpdir(), 'outbox-crypto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('AES-256-GCM sealing', () => {
  it('round-trips and never reuses a nonce for the same key and text', () => {
    const key = newKey();
    const a = seal(key, Buffer.from('NIR 1850575123456'), 'key-1');
    const b = seal(key, Buffer.from('NIR 1850575123456'), 'key-1');
    expect(a.subarray(0, 12).equals(b.subarray(0, 12))).toBe(false);
    expect(a.includes(Buffer.from('1850575123456'))).toBe(false);
    expect(open(key, a, 'key-1').toString()).toBe('NIR 1850575123456');
  });

  it('refuses another associated data, a flipped bit, a wrong key', () => {
    const key = newKey();
    const sealed = seal(key, Buffer.from('payload'), 'key-1');
    expect(() => open(key, sealed, 'key-2')).toThrow(DecryptionError);
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1]! ^= 1;
    expect(() => open(key, flipped, 'key-1')).toThrow(DecryptionError);
    expect(() => open(newKey(), sealed, 'key-1')).toThrow(DecryptionError);
    expect(() => open(key, sealed.subarray(0, 10), 'key-1')).toThrow(DecryptionError);
  });

  it('wraps a data key under the master key, bound to its item', () => {
    const master = newKey();
    const dataKey = newKey();
    const wrapped = wrapKey(master, dataKey, 'item-a');
    expect(unwrapKey(master, wrapped, 'item-a').equals(dataKey)).toBe(true);
    expect(() => unwrapKey(master, wrapped, 'item-b')).toThrow(DecryptionError);
  });

  it('detects dropped, reordered and truncated chunks', () => {
    const key = newKey();
    const bytes = Buffer.alloc(1000, 7);
    const chunks = sealChunks(key, bytes, 'doc', 300);
    expect(chunks).toHaveLength(4);
    expect(openChunks(key, chunks, 'doc').equals(bytes)).toBe(true);
    expect(() => openChunks(key, chunks.slice(0, 3), 'doc')).toThrow(DecryptionError);
    expect(() => openChunks(key, [chunks[1]!, chunks[0]!, ...chunks.slice(2)], 'doc')).toThrow(
      DecryptionError,
    );
  });

  it('seals an item with a fresh data key each time and opens it with its key only', () => {
    const master = newKey();
    const payload = {
      path: '/v1/x',
      body: { nom: 'Dupont' },
      credentials: { 'X-Submission-Grant': 'g' },
    };
    const one = sealItem(master, 'k1', payload, Buffer.from('%PDF-1.7'));
    const two = sealItem(master, 'k1', payload);
    expect(one.wrappedKey.equals(two.wrappedKey)).toBe(false);
    expect(openItem(master, 'k1', one)).toEqual({
      ...payload,
      attachment: Buffer.from('%PDF-1.7'),
    });
    expect(() => openItem(master, 'k2', one)).toThrow(DecryptionError);
  });
});

describe('browser-mode master key file', () => {
  it('is created once with mode 0600 and read back the same', () => {
    const path = join(dir, 'outbox.key');
    const first = fileMasterKey(path).load();
    expect(first).toHaveLength(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(fileMasterKey(path).load().equals(first)).toBe(true);
  });

  it('refuses a file that is not a 32-byte key', () => {
    const path = join(dir, 'bad.key');
    writeFileSync(path, 'short', { mode: 0o600 });
    expect(() => fileMasterKey(path).load()).toThrow(MasterKeyError);
  });
});
