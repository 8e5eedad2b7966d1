/**
 * Outbox figures, against the reference central API on loopback:
 *  - drain: 1,000 queued items (10 owners, in order per owner), items per second, each one sealed,
 *    opened, POSTed with its Idempotency-Key, acknowledged (payload deleted, WAL checkpointed);
 *  - recovery: the API is down while items are queued (production backoff), then comes back:
 *    time from the API listening again to the first acknowledged delivery.
 */
import { performance } from 'node:perf_hooks';
import { enqueueMany, openBenchOutbox, startBenchApi, until } from './outboxSupport';
import { stats, type Stats } from './stats';

export async function measureDrain(
  items = 1000,
  owners = 10,
): Promise<{ itemsPerSecond: number; ms: number }> {
  const api = await startBenchApi();
  const kiosk = openBenchOutbox(api);
  try {
    enqueueMany(kiosk.outbox, api, items, owners);
    const started = performance.now();
    kiosk.outbox.kick();
    await until(() => kiosk.outbox.status().depth === 0);
    await kiosk.outbox.idle();
    const ms = performance.now() - started;
    if (api.count() !== items)
      throw new Error(`drain: ${api.count()} on the server, expected ${items}`);
    return { itemsPerSecond: (items / ms) * 1000, ms };
  } finally {
    await kiosk.dispose();
    await api.dispose();
  }
}

/** API down for `downMs` with items queued (default backoff), then back: ms to first delivery. */
export async function measureRecovery(runs = 3, downMs = 4000): Promise<Stats> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const api = await startBenchApi();
    const kiosk = openBenchOutbox(api);
    try {
      await api.stop();
      enqueueMany(kiosk.outbox, api, 5, 1);
      kiosk.outbox.kick();
      await new Promise((r) => setTimeout(r, downMs));
      await api.start();
      const back = performance.now();
      await until(() => api.count() > 0, 600_000);
      samples.push(performance.now() - back);
    } finally {
      await kiosk.dispose();
      await api.dispose();
    }
  }
  return stats(samples);
}
