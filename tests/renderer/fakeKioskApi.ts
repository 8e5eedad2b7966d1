import type {
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodOutput,
  Result,
} from '../../shared/contract';
import type { RendererKioskApi } from '../../renderer/bridge';

type Script<M extends MethodName> =
  | Result<MethodOutput<M>>
  | ((input: MethodInput<M>) => Result<MethodOutput<M>> | Promise<Result<MethodOutput<M>>>);

const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const demoProfile = { prenom: 'Camille', nom: 'Martin' };

/** October 2026 can be declared (as on 5 November 2026); nothing declared yet. */
export const openWindowStatus = {
  period: '2026-10',
  open: true,
  opensAt: '2026-10-27T23:00:00.000Z',
  closesAt: '2026-11-15T23:00:00.000Z',
  declaration: null,
};

/** An in-memory KioskApi: records every call, answers from a script, and can emit events. */
export class FakeKioskApi implements RendererKioskApi {
  readonly calls: { method: MethodName; input: unknown }[] = [];
  reloadsOnVisitEnd = false;
  private readonly scripts = new Map<MethodName, Script<MethodName>>();
  private readonly listeners = new Map<EventName, Set<(payload: unknown) => void>>();

  constructor() {
    this.respond(
      'kiosk.settings',
      ok({
        mode: 'browser',
        locale: 'fr',
        idleWarningAfterSeconds: 120,
        idleCountdownSeconds: 30,
        maxVisitMinutes: 60,
        // Screens' tests type as with a physical keyboard; the keyboard's own tests ask for it.
        keyboard: 'never',
      }),
    );
    this.respond('visit.start', ok({ visitId: 'visit-1' }));
    this.respond(
      'auth.login',
      ok({ profile: demoProfile, mustChangePassword: false, access: 'espace' }),
    );
    this.respond('profile.get', ok(demoProfile));
    this.respond('assist.request', ok({ requestId: 'assist-1' }));
    this.respond('assist.status', ok({ state: 'waiting', adviserPrenom: null }));
    this.respond('actualisation.status', ok(openWindowStatus));
  }

  respond<M extends MethodName>(method: M, script: Script<M>): this {
    this.scripts.set(method, script as unknown as Script<MethodName>);
    return this;
  }

  fail(
    method: MethodName,
    code: Extract<Result<never>, { ok: false }>['error']['code'],
    fields?: Record<string, string>,
  ): this {
    const error = fields ? { code, message: 'scripted', fields } : { code, message: 'scripted' };
    return this.respond(method, { ok: false, error });
  }

  callsTo(method: MethodName): unknown[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.input);
  }

  async call<M extends MethodName>(
    method: M,
    input: MethodInput<M>,
  ): Promise<Result<MethodOutput<M>>> {
    this.calls.push({ method, input });
    const script = this.scripts.get(method) as Script<M> | undefined;
    if (!script) return ok({}) as Result<MethodOutput<M>>;
    return typeof script === 'function' ? script(input) : script;
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    this.listeners.set(event, set);
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    return () => set.delete(wrapped);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
  }

  listenerCount(event: EventName): number {
    return this.listeners.get(event)?.size ?? 0;
  }
}
