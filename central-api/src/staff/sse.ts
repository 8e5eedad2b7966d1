import type { FastifyReply } from 'fastify';
import type { EventHub } from './events';

/** A comment line this often keeps proxies and idle timers from closing a quiet stream. */
const KEEPALIVE_MS = 15_000;
/** What EventSource waits before reconnecting after a drop. */
const RETRY_MS = 2_000;

export interface EventStream {
  send(type: string, data: unknown): void;
  /** Runs once when the browser goes away or the server stops. */
  onClose(listener: () => void): void;
}

/**
 * Turns the reply into a text/event-stream (Fastify's raw reply: the route's serializer and
 * hooks no longer apply). The stream ends when the client leaves or the hub closes (server stop).
 */
export function openEventStream(reply: FastifyReply, hub: EventHub): EventStream {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    // Reverse proxies (nginx) would otherwise hold events back in their buffer.
    'x-accel-buffering': 'no',
    'x-content-type-options': 'nosniff',
  });
  raw.write(`retry: ${RETRY_MS}\n\n`);
  const listeners: Array<() => void> = [];
  let closed = false;
  const keepalive = setInterval(() => raw.write(': keepalive\n\n'), KEEPALIVE_MS);
  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(keepalive);
    stopOnHubClose();
    for (const listener of listeners) listener();
    raw.end();
  };
  const stopOnHubClose = hub.onClose(finish);
  raw.on('close', finish);
  return {
    // Unnamed events carrying their type, so one onmessage handler (useStaffEvents) gets them all.
    send(type, data) {
      if (!closed) raw.write(`data: ${JSON.stringify({ type, data })}\n\n`);
    },
    onClose(listener) {
      if (closed) listener();
      else listeners.push(listener);
    },
  };
}
