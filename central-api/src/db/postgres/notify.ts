import type { Client } from 'pg';
import type { PostgresDb } from './postgresDb';

/** A channel between the API instances over one database: messages sent reach every instance. */
export interface InstanceChannel {
  /** Sends a message (a few hundred bytes of JSON: PostgreSQL refuses NOTIFY payloads past 8000). */
  send(message: string): void;
  onMessage(listener: (message: string) => void): void;
  close(): Promise<void>;
}

const RECONNECT_MS = 1000;

/**
 * PostgreSQL's NOTIFY / LISTEN as the instances' channel. Sending goes through the routes'
 * synchronous connection (inside a transaction, PostgreSQL delivers at COMMIT); listening needs a
 * connection of its own that waits for notifications, so one async node-postgres Client per
 * instance, on the main thread. The channel is named after the schema: instances of one API share
 * it, two APIs in one database (the tests' schemas) do not hear each other. A dropped listening
 * connection is opened again; what was sent meanwhile is lost, which the live views absorb (the
 * fleet view sends its whole list every 30 s, a reconnecting console gets a snapshot).
 */
export async function postgresChannel(
  db: PostgresDb,
  onError: (error: Error) => void = () => {},
): Promise<InstanceChannel> {
  const channel = `kiosk_events_${db.schema ?? 'public'}`;
  const notify = db.prepare('SELECT pg_notify(?, ?) AS sent');
  const listeners: Array<(message: string) => void> = [];
  const { default: pg } = await import('pg');
  let client: Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({
      connectionString: db.connectionString,
      application_name: 'central-api-listen',
    });
    next.on('notification', (message) => {
      if (message.channel !== channel || message.payload === undefined) return;
      for (const listener of listeners) listener(message.payload);
    });
    next.on('error', (error) => {
      onError(error);
      if (client === next) reconnect();
    });
    await next.connect();
    await next.query(`LISTEN "${channel}"`);
    client = next;
  };
  const reconnect = () => {
    const old = client;
    client = undefined;
    void old?.end().catch(() => {});
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      if (!closed) connect().catch((error: Error) => (onError(error), reconnect()));
    }, RECONNECT_MS);
    retry.unref();
  };

  await connect();
  return {
    send(message) {
      notify.get(channel, message);
    },
    onMessage(listener) {
      listeners.push(listener);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const last = client;
      client = undefined;
      await last?.end().catch(() => {});
    },
  };
}
