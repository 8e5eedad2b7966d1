import type { EventName } from './events';

type Listener = (payload: unknown) => void;

/**
 * One event channel fanned out to per-event listeners, as both transports' renderer sides need it
 * (the preload over IPC, the HTTP bridge over SSE). Emitting iterates a copy, so a listener may
 * unsubscribe itself. Zod-free on purpose: the preload bundles it.
 */
export class EventFanout {
  private readonly listeners = new Map<string, Set<Listener>>();

  add(event: EventName, listener: Listener): () => void {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    this.listeners.set(event, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  emit(event: string, payload: unknown): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) listener(payload);
  }
}
