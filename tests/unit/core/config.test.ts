import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../main/core/config';

const tempDir = () => mkdtempSync(join(tmpdir(), 'kiosk-config-'));

describe('kiosk configuration', () => {
  it('starts with no file at all: embedded central API, French, sensible idle durations', () => {
    const dir = tempDir();
    const config = loadConfig({ KIOSK_DATA_DIR: dir });
    expect(config.centralApi.url).toBeUndefined();
    expect(config.locale).toBe('fr');
    expect(config.dataDir).toBe(dir);
    expect(config.visit.idleWarningAfterSeconds).toBeGreaterThan(config.visit.idleCountdownSeconds);
  });

  it('reads the one file IT edits and lets the environment override it', () => {
    const dir = tempDir();
    const file = join(dir, 'kiosk.json');
    writeFileSync(
      file,
      JSON.stringify({
        centralApi: { url: 'https://api.example.test' },
        visit: { idleWarningAfterSeconds: 90 },
      }),
    );
    const config = loadConfig({ KIOSK_CONFIG: file, KIOSK_IDLE_COUNTDOWN_SECONDS: '15' });
    expect(config.centralApi.url).toBe('https://api.example.test');
    expect(config.visit).toMatchObject({ idleWarningAfterSeconds: 90, idleCountdownSeconds: 15 });
    expect(config.sourcePath).toBe(file);
  });

  it('names the faulty field of a bad file', () => {
    const dir = tempDir();
    const file = join(dir, 'kiosk.json');
    writeFileSync(file, JSON.stringify({ visit: { idleWarningAfterSeconds: -5 } }));
    expect(() => loadConfig({ KIOSK_CONFIG: file })).toThrow(/visit\.idleWarningAfterSeconds/);
    writeFileSync(file, JSON.stringify({ unknownSetting: true }));
    expect(() => loadConfig({ KIOSK_CONFIG: file })).toThrow(ConfigError);
    writeFileSync(file, '{ not json');
    expect(() => loadConfig({ KIOSK_CONFIG: file })).toThrow(/not valid JSON/);
  });

  it('shows the on-screen keyboard in auto mode unless told always or never', () => {
    const dir = tempDir();
    expect(loadConfig({ KIOSK_DATA_DIR: dir }).keyboard).toBe('auto');
    const file = join(dir, 'kiosk.json');
    writeFileSync(file, JSON.stringify({ keyboard: 'always' }));
    expect(loadConfig({ KIOSK_CONFIG: file }).keyboard).toBe('always');
    expect(loadConfig({ KIOSK_CONFIG: file, KIOSK_KEYBOARD: 'never' }).keyboard).toBe('never');
    writeFileSync(file, JSON.stringify({ keyboard: 'sometimes' }));
    expect(() => loadConfig({ KIOSK_CONFIG: file })).toThrow(/keyboard:/);
  });

  it('refuses a KIOSK_CONFIG that points nowhere rather than silently using defaults', () => {
    expect(() => loadConfig({ KIOSK_CONFIG: join(tempDir(), 'missing.json') })).toThrow(
      /does not exist/,
    );
  });

  it('refuses a file that is JSON but not an object', () => {
    const file = join(tempDir(), 'kiosk.json');
    for (const text of ['[]', 'null', '42', '"fr"']) {
      writeFileSync(file, text);
      expect(() => loadConfig({ KIOSK_CONFIG: file }), text).toThrow(/must hold a JSON object/);
    }
  });

  it('takes only an http(s) central API URL', () => {
    const file = join(tempDir(), 'kiosk.json');
    for (const url of ['ftp://api.example.test', 'file:///etc/passwd', 'javascript:alert(1)']) {
      writeFileSync(file, JSON.stringify({ centralApi: { url } }));
      expect(() => loadConfig({ KIOSK_CONFIG: file }), url).toThrow(/centralApi\.url/);
    }
    expect(() => loadConfig({ KIOSK_DATA_DIR: tempDir(), KIOSK_API_URL: 'ftp://x' })).toThrow(
      /centralApi\.url/,
    );
  });

  it('says it cannot read a folder or an unreadable file, rather than "not valid JSON"', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'kiosk.json'));
    expect(() => loadConfig({ KIOSK_DATA_DIR: dir })).toThrow(/cannot read .*kiosk\.json/);
    expect(() => loadConfig({ KIOSK_CONFIG: dir })).toThrow(/cannot read/);
    if (process.getuid?.() !== 0) {
      // root reads any file whatever its mode
      const file = join(tempDir(), 'kiosk.json');
      writeFileSync(file, '{}');
      chmodSync(file, 0o000);
      expect(() => loadConfig({ KIOSK_CONFIG: file })).toThrow(/cannot read/);
    }
  });

  it('fails in one line, at once, when the data folder cannot be created', () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    expect(() => loadConfig({ KIOSK_DATA_DIR: join(file, 'data') })).toThrow(
      /cannot create the data folder/,
    );
    // Node's recursive mkdir never returns when the system says "no such file" for a folder whose
    // parent exists (a missing Windows drive; /proc on Linux).
    if (process.platform === 'linux')
      expect(() => loadConfig({ KIOSK_DATA_DIR: '/proc/kiosk-data/sub' })).toThrow(
        /cannot create the data folder/,
      );
    const made = join(tempDir(), 'new', 'data');
    expect(loadConfig({ KIOSK_DATA_DIR: made }).dataDir).toBe(made);
  });

  it('still checks a value of the file that an environment variable overrides', () => {
    const file = join(tempDir(), 'kiosk.json');
    writeFileSync(file, JSON.stringify({ host: { port: 'eighty' } }));
    expect(() => loadConfig({ KIOSK_CONFIG: file, KIOSK_PORT: '5171' })).toThrow(/host\.port/);
  });
});
