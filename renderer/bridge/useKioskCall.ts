import { useCallback, useEffect, useRef, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput, Result } from '../../shared/contract';
import { useKioskApi } from './KioskApiProvider';

/**
 * A call a component makes when the user acts ("Valider", "Vérifier"…). `run` answers the
 * result, or null when it was not made (the same call is still running: a second press does
 * nothing) or when the component is gone before the answer (nothing is left to update).
 * The bridge never rejects: failures come back as `{ ok: false }`.
 */
export function useKioskCall<M extends MethodName>(method: M) {
  const api = useKioskApi();
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const run = useCallback(
    async (input: MethodInput<M>): Promise<Result<MethodOutput<M>> | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setPending(true);
      try {
        const result = await api.call(method, input);
        return mounted.current ? result : null;
      } finally {
        inFlight.current = false;
        if (mounted.current) setPending(false);
      }
    },
    [api, method],
  );
  return { run, pending };
}

export interface KioskQuery<T> {
  /** The latest answer (kept while a newer one is asked), null before the first. */
  result: Result<T> | null;
  /** True until the answer for the current input has come. */
  loading: boolean;
  /** Asks again with the same input (after a change made elsewhere). */
  reload(): void;
}

/**
 * Data a component shows: asked when it mounts and whenever `input` changes (compared by value),
 * after `delayMs` of calm if given (a preview that follows typing). An answer that comes after
 * the input changed or the component left is dropped. `input` null: nothing is asked.
 */
export function useKioskQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M> | null,
  { delayMs = 0 }: { delayMs?: number } = {},
): KioskQuery<MethodOutput<M>> {
  const api = useKioskApi();
  const key = input === null ? null : JSON.stringify(input);
  const [answer, setAnswer] = useState<{ key: string; result: Result<MethodOutput<M>> } | null>(
    null,
  );
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    const ask = async () => {
      const result = await api.call(method, JSON.parse(key) as MethodInput<M>);
      if (current) setAnswer({ key: `${asked}:${key}`, result });
    };
    // The bridge never rejects (failures are results), so the promise needs no handler.
    const timer = setTimeout(() => void ask(), delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, method, key, asked, delayMs]);
  return {
    result: answer?.result ?? null,
    loading: key !== null && answer?.key !== `${asked}:${key}`,
    reload: () => setAsked((n) => n + 1),
  };
}
