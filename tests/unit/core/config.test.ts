import { mkdtempSync, writeFileSync } from 'node:fs';
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

  it('refuses a KIOSK_CONFIG that points nowhere rather than silently using defaults', () => {
    expect(() => loadConfig({ KIOSK_CONFIG: join(tempDir(), 'missing.json') })).toThrow(
      /does not exist/,
    );
  });
});
