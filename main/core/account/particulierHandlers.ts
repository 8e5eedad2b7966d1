import { createHash } from 'node:crypto';
import { KioskError } from '../../../shared/contract';
import type { AntiRobotChallenge } from '../../../shared/domain/particulier';
import type { particulierMethods } from '../../../shared/contract/account';
import { requireVisit, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import type { Visit } from '../visit/visitManager';
import { maskNir } from '../../../shared/domain/nir';
import { mapRefusals } from './apiRefusal';
import { setEmployerCreated } from './employerReceipt';

/** The visit's passed contrôle de sécurité: in main's memory only, gone with the visit. */
const passes = new WeakMap<Visit, string>();

/** The question is no longer there to answer (unknown, closed or too old): one message for all. */
const questionGone: [string, string] = ['answer', 'employer.errors.antiRobot.expired'];
const gone: Record<string, [string, string]> = {
  challenge_not_found: questionGone,
  challenge_closed: questionGone,
  challenge_expired: questionGone,
};

/**
 * Particulier employeur space: the contrôle de sécurité is asked and checked by the
 * central API; then the account, created with the pass this visit earned.
 */
export function particulierHandlers({
  visits,
  api,
}: HandlerDeps): HandlersFor<typeof particulierMethods> {
  return {
    'employer.antiRobotChallenge': async ({ replaces }) => {
      requireVisit(visits);
      return mapRefusals(
        () =>
          api.postAs<AntiRobotChallenge>(
            'anti-robot question',
            '/v1/anti-robot/challenges',
            replaces ? { replaces } : {},
            {},
          ),
        { ...gone, no_more_changes: ['answer', 'employer.errors.antiRobot.noMoreChanges'] },
      );
    },
    'employer.antiRobotAnswer': async ({ challengeId, answer }) => {
      const visit = requireVisit(visits);
      const result = await mapRefusals(
        () =>
          api.postAs<{ passed: boolean; passToken?: string; challenge?: AntiRobotChallenge }>(
            'anti-robot answer',
            `/v1/anti-robot/challenges/${encodeURIComponent(challengeId)}/answer`,
            { answer },
            {},
          ),
        gone,
      );
      if (result.passed && result.passToken) {
        if (visits.current !== visit)
          throw new KioskError('no_active_visit', 'visit ended meanwhile');
        passes.set(visit, result.passToken);
        return { passed: true };
      }
      return { passed: false, challenge: result.challenge };
    },
    'employer.createParticulier': async ({ account }) => {
      const visit = requireVisit(visits);
      const passToken = passes.get(visit);
      if (!passToken)
        throw new KioskError('invalid_input', 'contrôle de sécurité not passed', {
          answer: 'employer.errors.antiRobot.again',
        });
      const created = await mapRefusals(
        () =>
          api.postAs<{ reference: string; certification: 'pending_adviser' }>(
            'particulier account',
            '/v1/employers/particulier',
            { account, passToken },
            {},
            sameRequestKey(passToken, account),
          ),
        {
          anti_robot_required: ['answer', 'employer.errors.antiRobot.again'],
          account_exists: ['nir', 'employer.errors.accountExists'],
        },
      );
      passes.delete(visit);
      const { etatCivil } = account;
      setEmployerCreated(visit, {
        kind: 'particulier',
        reference: created.reference,
        civilite: etatCivil.civilite,
        prenom: etatCivil.prenom.trim(),
        nom: (etatCivil.nomUsage || etatCivil.nomNaissance).trim(),
        nirMasked: maskNir(etatCivil.nir),
      });
      return created;
    },
  };
}

/**
 * The same pass and the same answers make the same Idempotency-Key: pressing "Valider" again after
 * a lost reply replays the account already created instead of spending a pass that is gone
 * (anti_robot_required) and then meeting the user's own NIR (account_exists). Changed answers make
 * a new request, as they should.
 */
function sameRequestKey(passToken: string, account: unknown): string {
  return createHash('sha256')
    .update(passToken)
    .update('\0')
    .update(JSON.stringify(account))
    .digest('hex');
}
