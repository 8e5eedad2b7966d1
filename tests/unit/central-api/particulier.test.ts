import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANTI_ROBOT_CATEGORIES,
  ANTI_ROBOT_WORDS,
} from '../../../central-api/src/accounts/antiRobot';
import { employer as ar } from '../../../renderer/i18n/ar/employer';
import { employer as en } from '../../../renderer/i18n/en/employer';
import { employer as fr } from '../../../renderer/i18n/fr/employer';
import { startTestApi, type TestApi } from './helpers';

const account = {
  etatCivil: {
    civilite: 'M',
    nomNaissance: 'Particulier',
    nomUsage: '',
    prenom: 'Employeur',
    nir: '195056311301269',
    dateNaissance: '1995-05-23',
    paysNaissance: 'FRANCE',
    communeNaissance: { code: '63113', nom: 'Clermont-Ferrand' },
  },
  coordonnees: {
    codePostal: '63100',
    commune: { code: '63113', nom: 'Clermont-Ferrand' },
    voie: 'avenue Edouard Michelin',
    complement: '',
    email: 'votreadressemail@adressemail.fr',
    emailConfirmation: 'votreadressemail@adressemail.fr',
    telephone1: '0600000000',
    telephone2: '',
    emailsFranceTravail: true,
  },
  securite: { questionSecrete: 'villeNaissance', reponseSecrete: 'Clermont' },
  cgu: true,
};

interface Challenge {
  challengeId: string;
  category: keyof typeof ANTI_ROBOT_CATEGORIES;
  words: (keyof typeof ANTI_ROBOT_WORDS)[];
  changesLeft: number;
}
/** What a person reads: the word of the category among the three. */
const rightWord = (c: Challenge): keyof typeof ANTI_ROBOT_WORDS => {
  const word = c.words.find((w) =>
    (ANTI_ROBOT_CATEGORIES[c.category] as readonly string[]).includes(w),
  );
  if (!word) throw new Error('a question without its right word');
  return word;
};

describe('contrôle de sécurité words', () => {
  it('are worded by the kiosk exactly as the central API accepts them, in every language', () => {
    for (const [id, [frWord, enWord, arWord]] of Object.entries(ANTI_ROBOT_WORDS)) {
      expect(fr.particulier.controle.words[id as keyof typeof ANTI_ROBOT_WORDS]).toBe(frWord);
      expect(en.particulier.controle.words[id as keyof typeof ANTI_ROBOT_WORDS]).toBe(enWord);
      expect(ar.particulier.controle.words[id as keyof typeof ANTI_ROBOT_WORDS]).toBe(arWord);
    }
    expect(Object.keys(fr.particulier.controle.categories).sort()).toEqual(
      Object.keys(ANTI_ROBOT_CATEGORIES).sort(),
    );
  });
});

describe('central API: particulier employeur space and its contrôle de sécurité', () => {
  let api: TestApi;
  let auth: Record<string, string>;
  beforeAll(async () => {
    api = await startTestApi();
    ({ auth } = await api.enrol());
  });
  afterAll(() => api.dispose());

  const challenge = async (replaces?: string) =>
    api.request('POST', '/v1/anti-robot/challenges', {
      headers: auth,
      body: replaces ? { replaces } : {},
    });
  const answer = (id: string, text: string) =>
    api.request('POST', `/v1/anti-robot/challenges/${id}/answer`, {
      headers: auth,
      body: { answer: text },
    });

  it('asks one word of a category among three, never sending the answer', async () => {
    const reply = await challenge();
    expect(reply.status).toBe(201);
    const c = reply.json as unknown as Challenge;
    expect(c.words).toHaveLength(3);
    expect(c.changesLeft).toBe(5);
    expect(c.words).toContain(rightWord(c));
    expect(Object.keys(reply.json ?? {}).sort()).toEqual([
      'category',
      'challengeId',
      'changesLeft',
      'words',
    ]);
  });

  it('allows 5 changes of question, then says no_more_changes', async () => {
    let c = (await challenge()).json as unknown as Challenge;
    for (let left = 4; left >= 0; left -= 1) {
      const next = await challenge(c.challengeId);
      expect(next.status).toBe(201);
      c = next.json as unknown as Challenge;
      expect(c.changesLeft).toBe(left);
    }
    const refused = await challenge(c.challengeId);
    expect(refused.status).toBe(409);
    expect(refused.json?.code).toBe('no_more_changes');
  });

  it('a wrong answer closes the question and brings a fresh one; a right one (in English too) passes', async () => {
    const c = (await challenge()).json as unknown as Challenge;
    const wrongWord = c.words.find((w) => w !== rightWord(c)) ?? '';
    const wrong = await answer(c.challengeId, wrongWord);
    expect(wrong.status).toBe(200);
    expect(wrong.json?.passed).toBe(false);
    const fresh = wrong.json?.challenge as Challenge;
    expect(fresh.challengeId).not.toBe(c.challengeId);
    expect((await answer(c.challengeId, rightWord(c))).json?.code).toBe('challenge_closed');
    const english = ANTI_ROBOT_WORDS[rightWord(fresh)][1].toUpperCase();
    const right = await answer(fresh.challengeId, ` ${english} `);
    expect(right.json).toMatchObject({ passed: true, passToken: expect.any(String) });
  });

  const pass = async (): Promise<string> => {
    const c = (await challenge()).json as unknown as Challenge;
    return String((await answer(c.challengeId, rightWord(c))).json?.passToken);
  };

  it('creates the space pending_adviser with three e-mails and no NIR in them', async () => {
    const refused = await api.request('POST', '/v1/employers/particulier', {
      headers: auth,
      body: { account, passToken: 'not-a-pass' },
    });
    expect(refused.status).toBe(403);
    expect(refused.json?.code).toBe('anti_robot_required');

    const badNir = await api.request('POST', '/v1/employers/particulier', {
      headers: auth,
      body: {
        account: { ...account, etatCivil: { ...account.etatCivil, nir: '195056311301268' } },
        passToken: await pass(),
      },
    });
    expect(badNir.status).toBe(400);
    expect(badNir.json?.message).toMatch(/etatCivil\/nir/);
    expect(badNir.text).not.toContain('1950563113012');

    const passToken = await pass();
    const created = await api.request('POST', '/v1/employers/particulier', {
      headers: auth,
      body: { account, passToken },
    });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({
      reference: expect.stringMatching(/^PEM-/),
      certification: 'pending_adviser',
    });
    const [row] = api.query<{
      identifiant: string;
      must_change_password: number;
      certification: string;
    }>(
      `SELECT identifiant, must_change_password, certification FROM employer_accounts WHERE reference = ?`,
      created.json?.reference,
    );
    expect(row).toMatchObject({ must_change_password: 1, certification: 'pending_adviser' });
    expect(row?.identifiant).toMatch(/^\d{7}[A-Z]$/);
    const emails = api.query<{ kind: string; body_json: string }>(
      `SELECT kind, body_json FROM outgoing_emails WHERE body_json LIKE ? ORDER BY id`,
      `%${String(created.json?.reference)}%`,
    );
    expect(emails.map((e) => e.kind)).toEqual([
      'employer_confirm_email',
      'employer_identifiant',
      'employer_temporary_password',
    ]);
    for (const e of emails) expect(e.body_json).not.toContain('1950563113012');
    expect(emails[1]?.body_json).toContain(row?.identifiant);

    // Its codes at a job seekers' sign-in: the right password learns it is an employer space
    // (whatever the code postal), a wrong one gets the usual refusal.
    // Sealed with the mailer's key: the database alone does not give the password away.
    const { temporaryPassword = '' } = api.mailedSecrets('employer_temporary_password');
    expect(temporaryPassword).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(emails[2]?.body_json).not.toContain(temporaryPassword.slice(0, 5));
    const codes = { identifiant: row?.identifiant ?? '', codePostal: '63100' };
    const employerSpace = await api.signIn(auth, { ...codes, motDePasse: temporaryPassword });
    expect(employerSpace.status).toBe(403);
    expect(employerSpace.json?.code).toBe('employer_space');
    const wrong = await api.signIn(auth, { ...codes, motDePasse: 'PasLeBon-2026' });
    expect(wrong.status).toBe(401);
    expect(wrong.json?.code).toBe('invalid_credentials');

    // The pass is spent; the same person cannot open a second space.
    const again = await api.request('POST', '/v1/employers/particulier', {
      headers: auth,
      body: { account, passToken },
    });
    expect(again.json?.code).toBe('anti_robot_required');
    const twice = await api.request('POST', '/v1/employers/particulier', {
      headers: auth,
      body: { account, passToken: await pass() },
    });
    expect(twice.status).toBe(409);
    expect(twice.json?.code).toBe('account_exists');
  });

  it('makes a terminal wait after 10 wrong answers within 15 minutes', async () => {
    const bot = await api.enrol('guessing script');
    const ask = async () =>
      (await api.request('POST', '/v1/anti-robot/challenges', { headers: bot.auth, body: {} }))
        .json as unknown as Challenge;
    let c = await ask();
    for (let i = 0; i < 10; i += 1) {
      const wrong = c.words.find((w) => w !== rightWord(c)) ?? '';
      const reply = await api.request('POST', `/v1/anti-robot/challenges/${c.challengeId}/answer`, {
        headers: bot.auth,
        body: { answer: wrong },
      });
      c = reply.json?.challenge as Challenge;
    }
    const blocked = await api.request('POST', `/v1/anti-robot/challenges/${c.challengeId}/answer`, {
      headers: bot.auth,
      body: { answer: rightWord(c) },
    });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('900');
  });

  it('keeps one terminal’s questions from another', async () => {
    const c = (await challenge()).json as unknown as Challenge;
    const other = await api.enrol('other terminal');
    const reply = await api.request('POST', `/v1/anti-robot/challenges/${c.challengeId}/answer`, {
      headers: other.auth,
      body: { answer: rightWord(c) },
    });
    expect(reply.status).toBe(404);
  });
});

describe('central API: old contrôle de sécurité questions', () => {
  let api: TestApi;
  let clock = new Date('2026-11-23T09:00:00Z');
  beforeAll(async () => {
    api = await startTestApi({ now: () => clock });
  });
  afterAll(() => api.dispose());

  /** Enrols at the current clock: a terminal token lives less than the times this test skips. */
  const ask = async () => {
    const { auth } = await api.enrol();
    const reply = await api.request('POST', '/v1/anti-robot/challenges', {
      headers: auth,
      body: {},
    });
    expect(reply.status).toBe(201);
    return { auth, challenge: reply.json as unknown as Challenge };
  };
  const ids = () =>
    api.query<{ id: string }>('SELECT id FROM anti_robot_challenges').map((row) => row.id);

  it('are deleted once expired and out of the rate-limit window, a passed one kept until its pass expires', async () => {
    const { auth, challenge: passed } = await ask();
    const pass = await api.request(
      'POST',
      `/v1/anti-robot/challenges/${passed.challengeId}/answer`,
      { headers: auth, body: { answer: rightWord(passed) } },
    );
    expect(pass.json?.passed).toBe(true);
    const { challenge: abandoned } = await ask();
    expect(ids()).toHaveLength(2);

    clock = new Date('2026-11-23T09:20:00Z'); // the open question has expired, the pass has not
    const { challenge: later } = await ask();
    expect(ids().sort()).toEqual([passed.challengeId, later.challengeId].sort());
    expect(ids()).not.toContain(abandoned.challengeId);

    clock = new Date('2026-11-23T09:45:00Z'); // the pass has expired too
    const { challenge: last } = await ask();
    expect(ids()).toEqual([last.challengeId]);
  });
});
