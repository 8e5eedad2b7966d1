/** `npx tsx bench/outbox.ts`: the outbox figures alone (no build, no browser). */
import { measureDrain, measureRecovery } from './drain';
import { measureSignInLoad } from './signInLoad';
import { formatRow } from './stats';

export async function outboxFigures(): Promise<string[]> {
  const drain = await measureDrain();
  const recovery = await measureRecovery();
  const load = await measureSignInLoad();
  return [
    `outbox drain, 1,000 items on loopback: ${drain.itemsPerSecond.toFixed(0)} items/s (${drain.ms.toFixed(0)} ms)`,
    formatRow('API back → first delivery (ms)', recovery),
    formatRow('sign-in, 50 terminals at once (ms)', load.latency),
    `sign-in throughput, 50 terminals: ${load.perSecond.toFixed(1)} sign-ins/s (${load.total} sign-ins)`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  outboxFigures()
    .then((rows) => {
      console.log(`\nOutbox and sign-in load (${process.arch}, node ${process.version})`);
      console.log(formatRow('measure', null));
      for (const row of rows) console.log(row);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
