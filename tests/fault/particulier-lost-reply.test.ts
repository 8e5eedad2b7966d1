import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANTI_ROBOT_CATEGORIES,
  type AntiRobotWord,
} from '../../central-api/src/accounts/antiRobot';
import { demoEmployers } from '../../central-api/src/employer/seedEmployers';
import { startFaultKiosk, type FaultKiosk } from './support/faultKiosk';

const ctx = { transport: 'http' as const };
const account = {
  etatCivil: {
    civilite: 'F',
    nomNaissance: 'Perdue',
    nomUsage: '',
    prenom: 'Réponse',
    nir: '288037511800161',
    dateNaissance: '1988-03-02',
    paysNaissance: 'FRANCE',
    communeNaissance: { code: '75056', nom: 'Paris' },
  },
  coordonnees: {
    codePostal: '75011',
    commune: { code: '75056', nom: 'Paris' },
    voie: '12 rue Oberkampf',
    complement: '',
    email: 'reponse.perdue@example.fr',
    emailConfirmation: 'reponse.perdue@example.fr',
    telephone1: '0612345678',
    telephone2: '',
    emailsFranceTravail: false,
  },
  securite: { questionSecrete: 'villeNaissance', reponseSecrete: 'Paris' },
  cgu: true,
};

type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; fields?: object } };

// The central API creates the space, then the answer is lost on the way back: pressing "Valider"
// again must give the space that exists, not "question again" and then "this NIR has a space".
describe('particulier employeur: the reply to "Valider" is lost after the server committed', () => {
  let kiosk: FaultKiosk;

  beforeAll(async () => {
    kiosk = await startFaultKiosk('/v1/employers/particulier', 'borne-fault-pem');
    kiosk.proxy.plan = (n) => (n === 0 ? { do: 'commit-then-drop' } : { do: 'pass' });
  });
  afterAll(() => kiosk.dispose());

  it('the second press replays the created space: one account, same reference', async () => {
    const { api, proxy, core } = kiosk;
    await core.dispatch('visit.start', {}, ctx);
    const question = (await core.dispatch('employer.antiRobotChallenge', {}, ctx)) as Result<{
      challengeId: string;
      category: keyof typeof ANTI_ROBOT_CATEGORIES;
      words: AntiRobotWord[];
    }>;
    if (!question.ok) throw new Error(`no question: ${question.error.code}`);
    const { challengeId, category, words } = question.value;
    const right = words.find((w) =>
      (ANTI_ROBOT_CATEGORIES[category] as readonly string[]).includes(w),
    );
    const passed = await core.dispatch(
      'employer.antiRobotAnswer',
      { challengeId, answer: String(right) },
      ctx,
    );
    expect(passed).toEqual({ ok: true, value: { passed: true } });

    const lost = (await core.dispatch(
      'employer.createParticulier',
      { account },
      ctx,
    )) as Result<unknown>;
    expect(lost).toMatchObject({ ok: false, error: { code: 'api_unreachable' } });
    const again = (await core.dispatch('employer.createParticulier', { account }, ctx)) as Result<{
      reference: string;
    }>;
    expect(again).toMatchObject({ ok: true, value: { certification: 'pending_adviser' } });
    expect(proxy.seen).toBe(2);

    // The demo's own particulier employeur (seeded) aside: the one this visit created.
    const rows = api.query<{ reference: string }>(
      "SELECT reference FROM employer_accounts WHERE kind = 'particulier' AND identifiant <> ?",
      demoEmployers.find((e) => e.kind === 'particulier')?.identifiant,
    );
    expect(rows).toHaveLength(1);
    expect(again.ok && again.value.reference).toBe(rows[0]?.reference);
  });
});
