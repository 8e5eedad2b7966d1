import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLogger, logFiles, openRotatingFile } from '../../../main/core/logging';

const tempDir = () => mkdtempSync(join(tmpdir(), 'kiosk-rotation-'));
const readAll = (dir: string) => logFiles(dir).map((file) => readFileSync(file, 'utf8'));
const linesOf = (dir: string) => readAll(dir).join('').split('\n').filter(Boolean);

/** Values a careless caller could hand the logger; none may reach any file, rotated or not. */
const CANARIES = {
  identifiant: '1234567A',
  motDePasse: 'Kiosque2026!',
  codePostal: '75011',
  nom: 'Martin',
  email: 'camille.martin@example.org',
  nir: '2 84 05 2A 004 012 34',
};

describe('kiosk.log rotation', () => {
  it('closes a file before it passes the size, keeps a fixed number, and every file is redacted', async () => {
    const dir = tempDir();
    const logger = createLogger({ dir, rotation: { maxBytes: 2048, keepFiles: 3 } });
    const visits = logger.child('visit');
    for (let i = 0; i < 200; i += 1) {
      visits.info('visit.ended', { seq: i, reason: 'user', wipeOk: true });
      visits.warn('auth.login_failed', {
        ...CANARIES,
        nested: { motDePasse: CANARIES.motDePasse, 'x-user-token': 'tok-secret' },
        note: `user ${CANARIES.identifiant} wrote ${CANARIES.email}`,
      });
    }
    await logger.close();

    const files = logFiles(dir);
    expect(files.map((file) => basename(file))).toEqual([
      expect.stringMatching(/^kiosk\.\d{4}-\d{2}-\d{2}\.\d+\.log$/),
      expect.stringMatching(/^kiosk\.\d{4}-\d{2}-\d{2}\.\d+\.log$/),
      expect.stringMatching(/^kiosk\.\d{4}-\d{2}-\d{2}\.\d+\.log$/),
      'kiosk.log',
    ]);
    for (const file of files) {
      expect(statSync(file).size).toBeLessThanOrEqual(2048);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
    for (const text of readAll(dir)) {
      for (const canary of [...Object.values(CANARIES), 'tok-secret'])
        expect(text).not.toContain(canary);
    }
    // The newest lines are all there, in order, each a whole JSON line.
    const seqs = linesOf(dir)
      .map((line) => JSON.parse(line) as { event: string; seq?: number })
      .filter((line) => line.event === 'visit.ended')
      .map((line) => line.seq);
    expect(seqs.at(-1)).toBe(199);
    expect(seqs).toEqual([...seqs].sort((a, b) => Number(a) - Number(b)));
  });

  it('starts a new file at the first line of a new local day, named after the day it holds', async () => {
    const dir = tempDir();
    let now = new Date(2026, 2, 9, 23, 59, 0).getTime();
    const file = openRotatingFile(dir, { maxBytes: 1 << 20, keepFiles: 5 }, () => now);
    file.write('{"event":"late"}\n');
    await file.flush();
    now = new Date(2026, 2, 10, 0, 0, 1).getTime();
    file.write('{"event":"early"}\n');
    await file.close();
    expect(readFileSync(join(dir, 'kiosk.2026-03-09.1.log'), 'utf8')).toBe('{"event":"late"}\n');
    expect(readFileSync(join(dir, 'kiosk.log'), 'utf8')).toBe('{"event":"early"}\n');
  });

  it('at start, archives a kiosk.log from an earlier day and prunes what earlier runs left', async () => {
    const dir = tempDir();
    for (let day = 1; day <= 9; day += 1)
      writeFileSync(join(dir, `kiosk.2026-01-0${day}.1.log`), `{"day":${day}}\n`);
    writeFileSync(join(dir, 'kiosk.log'), '{"event":"yesterday"}\n');
    const yesterday = new Date(2026, 0, 10, 12).getTime() / 1000;
    utimesSync(join(dir, 'kiosk.log'), yesterday, yesterday);

    const file = openRotatingFile(dir, { maxBytes: 1 << 20, keepFiles: 4 }, () =>
      new Date(2026, 0, 11, 8).getTime(),
    );
    file.write('{"event":"today"}\n');
    await file.close();
    expect(readdirSync(dir).sort()).toEqual([
      'kiosk.2026-01-07.1.log',
      'kiosk.2026-01-08.1.log',
      'kiosk.2026-01-09.1.log',
      'kiosk.2026-01-10.1.log',
      'kiosk.log',
    ]);
    expect(readFileSync(join(dir, 'kiosk.2026-01-10.1.log'), 'utf8')).toContain('yesterday');
    expect(readFileSync(join(dir, 'kiosk.log'), 'utf8')).toBe('{"event":"today"}\n');
  });

  it('flush resolves once the lines written so far are in the file', async () => {
    const dir = tempDir();
    const logger = createLogger({ dir });
    for (let i = 0; i < 1000; i += 1) logger.info('outbox.sent', { seq: i });
    await logger.flush();
    expect(linesOf(dir)).toHaveLength(1000);
    await logger.close();
    logger.info('after.close');
    await logger.flush();
    expect(linesOf(dir)).toHaveLength(1000);
  });
});
