import { randomInt } from 'node:crypto';
import { KioskError, type Declaration, type SituationReceipt } from '../../../shared/contract';
import type { situationMethods } from '../../../shared/contract/situation';
import { REFERENCE_ALPHABET } from '../../../shared/domain/actualisation';
import { parisToday, situationProblems } from '../../../shared/domain/situation';
import { apiRefusal } from '../account/apiRefusal';
import { buildReceiptPdf } from '../actualisation/receiptPdf';
import { requireUser, requireVisit, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import type { Visit } from '../visit/visitManager';
import { buildChangeReceiptPdf } from './receipt';

interface VisitState {
  /** The change declared in this visit, for its receipt. */
  receipt?: SituationReceipt;
  declaring?: Promise<SituationReceipt>;
  /** The declarations last listed, so a reprint is one of them and nothing typed. */
  history?: Declaration[];
}

/** CHG-7K4Q2M3P: readable over the phone, made here so a queued change has its receipt already. */
function newChangeReference(): string {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `CHG-${code}`;
}

/**
 * A change of situation outside the monthly window (through the outbox), and "Mes actualisations"
 * (the central API's list, reprinted with the actualisation's own receipt). What main remembers
 * is held per visit in memory and dies with it.
 */
export function situationHandlers(deps: HandlerDeps): HandlersFor<typeof situationMethods> {
  const { visits, api, outbox, printer } = deps;
  const memory = new WeakMap<Visit, VisitState>();
  const stateOf = (visit: Visit) => {
    let state = memory.get(visit);
    if (!state) {
      state = {};
      memory.set(visit, state);
    }
    return state;
  };

  const declare = async (
    visit: Visit & { userToken: string },
    state: VisitState,
    change: SituationReceipt['change'],
  ): Promise<SituationReceipt> => {
    const problems = situationProblems(change, parisToday());
    if (Object.keys(problems).length > 0)
      throw new KioskError('invalid_input', 'change breaks a date or field rule', problems);
    const reference = newChangeReference();
    let delivery;
    try {
      delivery = await outbox.submit(visit, {
        kind: 'situation-change',
        path: '/v1/situation-changes',
        body: { reference, change },
      });
    } catch (error) {
      if (apiRefusal(error)?.code === 'already_declared')
        throw new KioskError('change_already_declared', 'this change was declared already');
      throw error;
    }
    const created = delivery.response as { submittedAt?: string } | undefined;
    const receipt: SituationReceipt = {
      reference,
      change,
      submittedAt: created?.submittedAt ?? new Date().toISOString(),
      status: delivery.status,
    };
    state.receipt = receipt;
    return receipt;
  };

  return {
    'identifiant.remind': async (input) => {
      requireVisit(visits);
      await api.postAs('identifiant reminder', '/v1/identifiant-reminders', input, {});
      return {};
    },
    'situation.declare': async ({ change }) => {
      const visit = requireUser(visits);
      const state = stateOf(visit);
      // A second touch on "Valider" while the first is on its way gets the same outcome.
      if (state.declaring) return state.declaring;
      state.declaring = declare(visit, state, change).finally(() => {
        state.declaring = undefined;
      });
      return state.declaring;
    },
    'situation.printReceipt': async () => {
      const visit = requireVisit(visits);
      const receipt = memory.get(visit)?.receipt;
      if (!receipt) throw new KioskError('forbidden', 'no change declared in this visit');
      await printer.print(await buildChangeReceiptPdf(receipt, visit.profile), {
        kind: 'situation-receipt',
      });
      return {};
    },
    'actualisation.history': async () => {
      const visit = requireUser(visits);
      const { declarations } = await api.getAsUser<{
        declarations: Omit<Declaration, 'status'>[];
      }>('actualisation history', '/v1/actualisations/history', visit.userToken);
      // What the central API lists has reached it: each one is 'sent'.
      const list = declarations.map((d) => ({ ...d, status: 'sent' as const }));
      stateOf(visit).history = list;
      return { declarations: list };
    },
    'actualisation.reprint': async ({ reference }) => {
      const visit = requireUser(visits);
      const declaration = memory.get(visit)?.history?.find((d) => d.reference === reference);
      if (!declaration) throw new KioskError('forbidden', 'not a listed declaration');
      await printer.print(await buildReceiptPdf(declaration, visit.profile), {
        kind: 'actualisation-receipt',
      });
      return {};
    },
  };
}
