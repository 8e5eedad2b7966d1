import { KioskError, type ActualisationStatus, type Declaration } from '../../../shared/contract';
import { answersProblems, parsePeriod } from '../../../shared/domain/actualisation';
import type { actualisationMethods } from '../../../shared/contract/actualisation';
import { requireUser, type HandlerDeps } from '../rpc/context';
import type { HandlersFor } from '../rpc/dispatcher';
import type { Visit } from '../visit/visitManager';
import type { ActualisationCreated, ActualisationRequest, CurrentActualisation } from './apiTypes';
import { buildReceiptPdf } from './receiptPdf';
import { newReference } from './reference';

interface VisitState {
  status: ActualisationStatus;
  submitting?: Promise<Declaration>;
}

/**
 * The monthly actualisation. The period comes from the central API (the authority); what main
 * remembers (the period, this visit's declaration for its receipt) is held per visit in memory and
 * dies with it. Answers are never written to the terminal's disk by this feature: the outbox owns that.
 */
export function actualisationHandlers(deps: HandlerDeps): HandlersFor<typeof actualisationMethods> {
  const { visits, api, outbox, printer } = deps;
  const memory = new WeakMap<Visit, VisitState>();

  const fetchStatus = async (visit: Visit & { userToken: string }) => {
    const current = await api.getAsUser<CurrentActualisation>(
      'actualisation status',
      '/v1/actualisations/current',
      visit.userToken,
    );
    const status: ActualisationStatus = {
      period: current.period,
      open: current.open,
      opensAt: current.opensAt,
      closesAt: current.closesAt,
      // A declaration the server has is delivered: its status is 'sent' whatever route it took.
      declaration: current.declaration ? { ...current.declaration, status: 'sent' } : null,
    };
    // What this visit submitted and the outbox still holds is known here only.
    const mine = memory.get(visit)?.status.declaration;
    if (!status.declaration && mine?.period === status.period) status.declaration = mine;
    memory.set(visit, { status });
    return status;
  };

  const submit = async (
    visit: Visit & { userToken: string },
    state: VisitState,
    answers: Declaration['answers'],
  ): Promise<Declaration> => {
    const { status } = state;
    const period = parsePeriod(status.period);
    if (!period) throw new KioskError('api_error', 'central API gave an unreadable period');
    const problems = answersProblems(answers, period);
    if (Object.keys(problems).length > 0)
      throw new KioskError('invalid_input', 'answers do not fit the period', problems);
    const body: ActualisationRequest = {
      reference: newReference(period),
      period: status.period,
      answers,
    };
    let receipt;
    try {
      receipt = await outbox.submit(visit, {
        kind: 'actualisation',
        path: '/v1/actualisations',
        body,
      });
    } catch (error) {
      // A refusal may mean it was declared meanwhile (another terminal, a lost answer): ask again.
      if (error instanceof KioskError && error.code === 'api_error') {
        const fresh = await fetchStatus(visit).catch(() => undefined);
        if (fresh?.declaration) throw new KioskError('already_declared', 'period already declared');
        if (fresh && !fresh.open) throw new KioskError('window_closed', 'window closed meanwhile');
      }
      throw error;
    }
    const created = receipt.response as ActualisationCreated | undefined;
    const declaration: Declaration = {
      reference: body.reference,
      period: body.period,
      answers,
      submittedAt: created?.submittedAt ?? new Date().toISOString(),
      status: receipt.status,
    };
    state.status = { ...status, declaration };
    return declaration;
  };

  return {
    'actualisation.status': async () => fetchStatus(requireUser(visits)),
    'actualisation.submit': async ({ answers }) => {
      const visit = requireUser(visits);
      const state = memory.get(visit) ?? { status: await fetchStatus(visit) };
      memory.set(visit, state);
      // A second touch on "Valider" while the first is on its way gets the same outcome.
      if (state.submitting) return state.submitting;
      if (state.status.declaration)
        throw new KioskError('already_declared', 'period already declared');
      if (!state.status.open) throw new KioskError('window_closed', 'outside the window');
      state.submitting = submit(visit, state, answers).finally(() => {
        state.submitting = undefined;
      });
      return state.submitting;
    },
    'actualisation.printReceipt': async () => {
      const visit = requireUser(visits);
      const declaration = memory.get(visit)?.status.declaration;
      if (!declaration) throw new KioskError('forbidden', 'no declaration to print in this visit');
      await printer.print(await buildReceiptPdf(declaration, visit.profile), {
        kind: 'actualisation-receipt',
      });
      return {};
    },
  };
}
