/**
 * The in-process event hub behind the console's live views: routes publish what changed on a
 * topic, each server-sent-events stream subscribes to the topics it shows. One instance per app
 * (Deps.events). Kept behind this one interface so that several API instances can later share
 * it through the database or a broker without touching the publishers or the streams.
 */
export interface HubEvent {
  /** The SSE event name the console listens for, e.g. "assist-request" or "terminal". */
  type: string;
  /** JSON-serialisable; never a job seeker's personal data (it reaches every staff screen). */
  data: unknown;
}

export type HubListener = (event: HubEvent) => void;

export interface EventHub {
  publish(topic: string, event: HubEvent): void;
  /** Returns the unsubscribe function; a listener that throws does not stop the others. */
  subscribe(topic: string, listener: HubListener): () => void;
  /** Runs when the server stops, so that open streams end and the server can close. */
  onClose(listener: () => void): () => void;
  close(): void;
}

/** Topics published by the staff core. */
export const ASSIST_TOPIC = 'assist-requests';

export function createEventHub(): EventHub {
  const topics = new Map<string, Set<HubListener>>();
  const closers = new Set<() => void>();
  return {
    publish(topic, event) {
      for (const listener of topics.get(topic) ?? []) {
        try {
          listener(event);
        } catch {
          // One broken stream must not keep the event from the others.
        }
      }
    },
    subscribe(topic, listener) {
      let set = topics.get(topic);
      if (!set) topics.set(topic, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) topics.delete(topic);
      };
    },
    onClose(listener) {
      closers.add(listener);
      return () => closers.delete(listener);
    },
    close() {
      for (const listener of [...closers]) listener();
      closers.clear();
      topics.clear();
    },
  };
}
