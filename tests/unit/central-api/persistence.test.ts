import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, migrate, migrations, openDatabase } from '../../../central-api/src/index';
import { startTestApi, testEngine, type TestApi } from './helpers';

describe('central API: database across restarts', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.dispose());

  it('keeps terminals, tokens and sessions, and neither re-migrates nor re-seeds', async () => {
    const { terminalId, auth } = await api.enrol('borne-restart');
    const signedIn = await api.signIn(auth, demoAccounts[1]!);
    const user = { ...auth, 'x-user-token': String(signedIn.json?.userToken) };

    await api.restart();
    await api.restart();

    const me = await api.request('GET', '/v1/me', { headers: user });
    expect(me.status).toBe(200);
    expect(me.json).toEqual({ prenom: 'Karim', nom: 'Benali' });
    expect((await api.enrol('borne-restart')).terminalId).toBe(terminalId);
    expect(api.query('SELECT id FROM schema_migrations')).toEqual(
      migrations.map((m) => ({ id: m.id })),
    );
    expect(api.query('SELECT count(*) AS n FROM users')).toEqual([{ n: 4 }]); // 3 demo job seekers + the temporary-password account
    // The demo token, and the row of terminals enrolled by IT's codes (migration 0020).
    expect(api.query('SELECT count(*) AS n FROM enrolment_tokens')).toEqual([{ n: 2 }]);
  });

  // SQLite's settings; PostgreSQL keeps its own durable defaults (docs/DEPLOY.md).
  it.skipIf(testEngine === 'postgres')(
    'opens the file in WAL mode with full sync and foreign keys on',
    async () => {
      await api.stop();
      const db = api.openDb();
      try {
        expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(db.pragma('synchronous', { simple: true })).toBe(2);
        expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
        expect(migrate(db)).toEqual([]);
      } finally {
        db.close();
      }
      await api.restart();
    },
  );

  it('gives an adviser seeded before the address had parts its code postal and town', async () => {
    await api.stop();
    const db = api.openDb();
    try {
      db.prepare(
        `UPDATE advisers SET address = '1 rue de la Démonstration, 22200', postal_code = '', town = ''`,
      ).run();
    } finally {
      db.close();
    }
    await api.restart();
    expect(
      api.query(
        `SELECT a.address, a.postal_code, a.town FROM advisers a JOIN users u ON u.id = a.user_id
         WHERE u.identifiant = '7654321B'`,
      ),
    ).toEqual([{ address: '2 place de la Démonstration', postal_code: '22200', town: 'Guingamp' }]);
  });

  it('applies a new migration once, leaving data in place', async () => {
    await api.stop();
    const extra = [...migrations, { id: '9999-test', sql: 'CREATE TABLE test_extra (x INTEGER)' }];
    const db = openDatabase(api.dbPath, extra);
    try {
      expect(migrate(db, extra)).toEqual([]);
      expect(db.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 4 });
      expect(
        db.prepare("SELECT id FROM schema_migrations WHERE id = '9999-test'").all(),
      ).toHaveLength(1);
    } finally {
      db.close();
    }
    await api.restart();
  });
});
