import { copyFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CentralApiClient } from '../../../main/core/api/centralApiClient';
import { sealedCredentialStore } from '../../../main/core/api/terminalCredential';
import { ConfigError, parseConfig } from '../../../main/core/config';
import { newKey } from '../../../main/core/crypto/aead';
import { openKioskDb, type KioskDb } from '../../../main/core/db/kioskDb';
import { silentLogger } from '../../../main/core/logging';
import { testCore } from '../../fixtures/core';
import { startTestApi, type TestApi } from '../central-api/helpers';

// The terminal's side of its identity: enrolled once, it keeps its own secret (sealed in kiosk.db)
// and never needs the shared token again; IT's code re-enrols it; a production config has no
// default secret.
describe('kiosk: the terminal keeps its own credential', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.dispose());

  const key = newKey();
  function terminal(dataDir: string, label: string, config: { code?: string; token?: string }) {
    const db: KioskDb = openKioskDb(join(dataDir, 'kiosk.db'));
    const client = new CentralApiClient({
      baseUrl: api.url,
      timeoutMs: 5000,
      enrolmentToken: config.token,
      enrolmentCode: config.code,
      terminalLabel: label,
      credentials: sealedCredentialStore(db, key),
      logger: silentLogger,
    });
    const heartbeat = () => client.heartbeat({ appVersion: 't', visitActive: false });
    return { db, client, heartbeat };
  }
  const terminalIds = (label: string) =>
    api.query<{ id: string }>('SELECT id FROM terminals WHERE label = ?', label).map((r) => r.id);
  const tokenCount = (label: string) =>
    api.query<{ n: number }>(
      'SELECT count(*) AS n FROM terminal_tokens t JOIN terminals x ON x.id = t.terminal_id WHERE x.label = ?',
      label,
    )[0]?.n;

  it('enrols once with the demo token, then signs in with its sealed secret after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-cred-'));
    const first = terminal(dir, 'borne-cred-1', { token: 'demo-enrolment-token' });
    await first.heartbeat();
    await first.client.idle();
    expect(first.db.prepare('SELECT count(*) AS n FROM terminal_credential').get()).toEqual({
      n: 1,
    });
    first.db.close();
    // Kept sealed: not even the terminal's id can be read in the database files.
    const [terminalId] = terminalIds('borne-cred-1');
    const files = readdirSync(dir).filter((f) => f.startsWith('kiosk.db'));
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(dir, f))));
    expect(bytes.includes(Buffer.from(String(terminalId)))).toBe(false);

    const restarted = terminal(dir, 'borne-cred-1', { token: 'demo-enrolment-token' });
    await restarted.heartbeat();
    restarted.db.close();
    expect(terminalIds('borne-cred-1')).toHaveLength(1);
    expect(tokenCount('borne-cred-1')).toBe(2);
    expect(api.query('SELECT * FROM enrolment_refusals')).toEqual([]);
  });

  it('refuses, with the words an admin needs, a second machine taking an enrolled label', async () => {
    const owner = terminal(mkdtempSync(join(tmpdir(), 'kiosk-cred-')), 'borne-cred-2', {
      token: 'demo-enrolment-token',
    });
    await owner.heartbeat();
    const intruder = terminal(mkdtempSync(join(tmpdir(), 'kiosk-cred-')), 'borne-cred-2', {
      token: 'demo-enrolment-token',
    });
    await expect(intruder.heartbeat()).rejects.toThrow(
      /already enrolled: ask IT for an enrolment code/,
    );
    await expect(owner.heartbeat()).resolves.toBeDefined();
  });

  it('uses a new code from IT once: re-enrolled, the old credential is worthless', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-cred-'));
    const before = terminal(dir, 'borne-cred-3', { token: 'demo-enrolment-token' });
    await before.heartbeat();
    before.db.close();
    const code = api.enrolmentCode('borne-cred-3');
    // A copy of the old data folder, as a thief would have it.
    const thief = mkdtempSync(join(tmpdir(), 'kiosk-cred-'));
    for (const f of readdirSync(dir))
      if (f.startsWith('kiosk.db')) copyFileSync(join(dir, f), join(thief, f));

    const after = terminal(dir, 'borne-cred-3', { code });
    await after.heartbeat();
    after.db.close();
    expect(terminalIds('borne-cred-3')).toHaveLength(1);
    // Restarted with the same (now used) code in its config: its stored credential is enough.
    const again = terminal(dir, 'borne-cred-3', { code });
    await again.heartbeat();
    again.db.close();
    const stolen = terminal(thief, 'borne-cred-3', {});
    await expect(stolen.heartbeat()).rejects.toThrow(/ask IT for an enrolment code/);
    stolen.db.close();
  });

  it('will not start against a configured central API with the demo token or nothing at all', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-cred-'));
    const start = (terminalConfig: Record<string, string>) =>
      testCore(
        parseConfig({
          dataDir,
          centralApi: { url: api.url },
          terminal: { label: 'borne-prod', ...terminalConfig },
        }),
        api.url,
      );
    expect(() => start({ enrolmentToken: 'demo-enrolment-token' })).toThrow(ConfigError);
    expect(() => start({ enrolmentToken: 'demo-enrolment-token' })).toThrow(
      /demo enrolment token only works with the embedded demo/,
    );
    expect(() => start({})).toThrow(/terminal\.enrolmentCode .*required with centralApi\.url/);
    const core = start({ enrolmentCode: api.enrolmentCode('borne-prod') });
    return core.close();
  });
});
