import {
  KioskError,
  isMethodName,
  methods,
  type MethodName,
  type MethodOutput,
  type MethodTable,
  type Methods,
  type Result,
} from '../../../shared/contract';
import type { z } from 'zod';
import type { Logger } from '../logging';
import type { CallContext } from '../types';

export type Handler<M extends MethodName> = (
  input: z.output<Methods[M]['input']>,
  context: CallContext,
) => Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/**
 * The handlers of one contract slice (`shared/contract/<feature>.ts`), which a feature's
 * `<feature>Handlers(deps)` returns: a method added to the slice is a compile error until handled.
 */
export type HandlersFor<Slice extends MethodTable> = {
  [M in keyof Slice & MethodName]: Handler<M>;
};

/**
 * The single entry for renderer calls, whatever the transport: unknown methods and invalid input
 * are refused before any handler runs; errors cross as `{ code, message }`, never a stack trace.
 */
export function createDispatcher(handlers: Handlers, logger: Logger) {
  return async function dispatch(
    method: string,
    input: unknown,
    context: CallContext,
  ): Promise<Result<unknown>> {
    if (!isMethodName(method)) {
      return { ok: false, error: { code: 'unknown_method', message: 'no such method' } };
    }
    const spec = methods[method];
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues)
        fields[issue.path.join('.') || '_'] ??= issue.message;
      return {
        ok: false,
        error: { code: 'invalid_input', message: `invalid input for ${method}`, fields },
      };
    }
    try {
      const handler = handlers[method] as (
        input: unknown,
        context: CallContext,
      ) => Promise<unknown>;
      // Parsing the output strips anything a handler returned beyond the contract.
      const value: unknown = spec.output.parse(await handler(parsed.data, context));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof KioskError) {
        logger.info('rpc.refused', { method, code: error.code });
        return { ok: false, error: error.toInfo() };
      }
      logger.error('rpc.failed', { method, error });
      return { ok: false, error: { code: 'internal', message: 'internal error' } };
    }
  };
}
