import { randomUUID } from 'node:crypto';
import type { InstanceChannel } from '../db/postgres/notify';

/**
 * The event hub behind the console's live views and the terminals' command waits: routes publish
 * what changed on a topic, each server-sent-events stream (or waiting poll) subscribes to the
 * topics it needs. One hub per app (Deps.events). With several API instances over PostgreSQL, a
 * topic that is `share`d also reaches the other instances through their channel (NOTIFY): the
 * channel carries the topic and ids only, each instance rebuilding the event from its database, so
 * no personal data travels and the 8000-byte NOTIFY limit is never near. Each event reaches each
 * instance once: the publisher delivers to its own listeners and ignores its own echo.
 */
export interface HubEvent {
  /** The SSE event name the console listens for, e.g. "assist-request" or "terminal". */
  type: string;
  /** JSON-serialisable; never a job seeker's personal data (it reaches every staff screen). */
  data: unknown;
}

export type HubListener = (event: HubEvent) => void;

/** How a shared topic's events cross to the other instances. */
export interface HubCodec {
  /** What travels: the topic's ids, small, never personal data. */
  toWire(event: HubEvent): unknown;
  /** The event again, on an instance that did not publish it (undefined: nothing to deliver). */
  fromWire(wire: unknown): HubEvent | undefined;
}

export interface EventHub {
  publish(topic: string, event: HubEvent): void;
  /** Makes the topic's events reach the other API instances too (a no-op with one process). */
  share(topic: string, codec: HubCodec): void;
  /** Returns the unsubscribe function; a listener that throws does not stop the others. */
  subscribe(topic: string, listener: HubListener): () => void;
  /** Runs when the server stops, so that open streams end and the server can close. */
  onClose(listener: () => void): () => void;
  close(): void;
}

/** Topics published by the staff core. */
export const ASSIST_TOPIC = 'assist-requests';

/**
 * A hub for one app. `channel`: the other instances' (PostgreSQL's NOTIFY); without it, SQLite's
 * one process, the hub is in memory only.
 */
export function createEventHub(channel?: InstanceChannel): EventHub {
  const topics = new Map<string, Set<HubListener>>();
  const closers = new Set<() => void>();
  const codecs = new Map<string, HubCodec>();
  // Tells this hub's own messages apart when the channel echoes them back.
  const origin = randomUUID();
  const deliver = (topic: string, event: HubEvent) => {
    for (const listener of topics.get(topic) ?? []) {
      try {
        listener(event);
      } catch {
        // One broken stream must not keep the event from the others.
      }
    }
  };
  channel?.onMessage((message) => {
    let parsed: { origin?: unknown; topic?: unknown; wire?: unknown };
    try {
      parsed = JSON.parse(message) as typeof parsed;
    } catch {
      return;
    }
    if (parsed.origin === origin || typeof parsed.topic !== 'string') return;
    const codec = codecs.get(parsed.topic);
    const event = codec?.fromWire(parsed.wire);
    if (event) deliver(parsed.topic, event);
  });
  return {
    publish(topic, event) {
      deliver(topic, event);
      const codec = codecs.get(topic);
      if (channel && codec)
        channel.send(JSON.stringify({ origin, topic, wire: codec.toWire(event) }));
    },
    share(topic, codec) {
      codecs.set(topic, codec);
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
