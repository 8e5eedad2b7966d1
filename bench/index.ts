/**
 * `npm run bench`: figures for the foundation, in browser mode with the embedded central API.
 *  - cold load: a fresh browser context (empty cache) until the welcome screen is interactive;
 *  - sign-in round trip: "Se connecter" pressed until the greeting is shown (UI → host → core →
 *    central API with argon2id → back), and the central API's sign-in alone over HTTP.
 *  - outbox: drain of 1,000 items, API back → first delivery, sign-in p50/p95 and
 *    throughput with 50 concurrent terminals (bench/outbox.ts runs these alone).
 *  - scan → PDF (bench/scan.ts): bytes and seconds per page per profile vs img2pdf, OCR share.
 *  - camera (bench/camera.ts): OpenCV.js first load, live detection and capture per frame;
 *  - visit turnover ("Terminer" → next welcome interactive) and wipe duration (audit line), median
 *    of 50 signed-in visits (BENCH_TURNOVER_RUNS);
 *  - memory after 200 consecutive visits vs after 10 (BENCH_MEMORY_VISITS): host RSS, renderer
 *    JS heap;
 *  - logging (bench/logging.ts): a log line's cost to the caller, lines/s to disk with rotation.
 *  - sign-ins under open-loop arrivals at 2, 5, 10/s with heartbeats alongside, argon2id inline vs
 *    in the worker pool (bench/signInArrivals.ts; BENCH_ARRIVAL_SECONDS per rate, default 10).
 *  - the same sign-ins on SQLite ×1, PostgreSQL ×1 and PostgreSQL ×2 instances behind nginx, each
 *    instance a CLI child process (bench/centralApiScale.ts; BENCH_SCALE_SECONDS, default 10);
 *  - help requests (bench/helpRequests.ts): "Appeler un conseiller" → the event on a conseiller's
 *    live list in the staff console, p50/p95 of 200 requests, target p95 ≤ 1 s;
 *  - offer search (bench/offres.ts): 20,000 offers on the reference API, 1,000 simplified,
 *    advanced and by-number searches over HTTP; the results screen after « Rechercher » in
 *    browser mode (bench/offresScreen.ts, a kiosk of its own with 20,000 offers).
 *  - fleet (bench/fleetHeartbeats.ts): 5,000 terminals' heartbeats at ≈ 83/s with IT's fleet
 *    stream open: heartbeat p50/p95, heartbeat → console stream (BENCH_FLEET_SECONDS, default 15).
 * The UI sign-ins (sign-in round trip, turnover) are all one terminal's: they are paced, untimed,
 * to the central API's per-terminal limit (bench/signInPacer.ts), which the bench does not lower.
 * Prints a table; nothing is asserted (targets live in docs, not in timed tests).
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/fixtures/chromium';
import { startKiosk } from '../tests/fixtures/kiosk';
import { measureReceiptPdf, measureWindowRule } from './actualisation';
import { measureColdLoad } from './coldLoad';
import { runCameraBench } from './camera';
import { runScanBench } from './scan';
import { measureLogging } from './logging';
import { growth, measureMemory } from './memory';
import { measureCvPdf } from './cvPdf';
import { measureRomeSearch } from './rome';
import { measureOffresSearch, offresRows } from './offres';
import { measureResultsScreen } from './offresScreen';
import { measureApiSignIn, measureSignIn } from './signIn';
import { signInArrivalRows } from './signInArrivals';
import { centralApiScaleRows } from './centralApiScale';
import { SignInPacer } from './signInPacer';
import { outboxFigures } from './outbox';
import { helpRequestRows, measureHelpRequests } from './helpRequests';
import { fleetHeartbeatRows } from './fleetHeartbeats';
import { formatRow } from './stats';
import { measureTurnover } from './turnover';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const turnoverRuns = Number(process.env.BENCH_TURNOVER_RUNS ?? 50);
const memoryVisits = Number(process.env.BENCH_MEMORY_VISITS ?? 200);

async function main() {
  const kiosk = await startKiosk({});
  // Every sign-in through the UI below is made by this kiosk's one terminal.
  const pacer = new SignInPacer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const rome = measureRomeSearch(1000);
    const pdfRows = (await measureCvPdf(runs)).map((row) =>
      formatRow(
        `CV PDF modèle ${row.model}, ${row.pages} p., ${Math.round(row.bytes / 1024)} KB (ms)`,
        row.time,
      ),
    );
    const rows = [
      ...pdfRows,
      formatRow('ROME search, 1,000 queries (ms)', rome.query),
      formatRow('ROME search index build (ms)', {
        median: rome.build,
        p95: rome.build,
        min: rome.build,
        max: rome.build,
      }),
      formatRow(
        'cold load → welcome interactive (ms)',
        await measureColdLoad(browser, kiosk.url, runs),
      ),
      formatRow(
        'sign-in round trip through the UI (ms)',
        await measureSignIn(browser, kiosk.url, runs, pacer),
      ),
      formatRow(
        'central API sign-in alone, HTTP (ms)',
        await measureApiSignIn(kiosk.output(), runs),
      ),
      ...(await actualisationRows()),
      formatRow(
        'offer results screen after Rechercher (ms)',
        await measureResultsScreen(browser, runs),
      ),
    ];
    console.log(
      `\nBenchmarks (${runs} runs each, browser mode, ${process.arch}, node ${process.version})`,
    );
    const { turnover, wipe } = await measureTurnover(browser, kiosk, turnoverRuns, pacer);
    rows.push(
      formatRow(`visit turnover, Terminer → welcome (ms, n=${turnoverRuns})`, turnover),
      formatRow(`wipe, audit line wipeMs (ms, n=${turnoverRuns})`, wipe),
    );
    console.log(formatRow('measure', null));
    for (const row of rows) console.log(row);
    console.log(
      `(UI sign-ins paced to the central API's per-terminal limit: ${pacer.waitedSeconds} s waited, untimed)`,
    );
    for (const line of await runScanBench()) console.log(line);
    for (const line of await runCameraBench(runs)) console.log(line);
    // A kiosk of its own, so the visits above do not count in the memory figures.
    const fresh = await startKiosk({});
    try {
      const memory = await measureMemory(browser, fresh, 10, memoryVisits);
      console.log(`\nMemory after ${memory.late} visits vs after ${memory.early} (browser mode)`);
      console.log(`  host process RSS      ${growth(memory.hostRssEarly, memory.hostRssLate)}`);
      console.log(`  renderer JS heap      ${growth(memory.heapEarly, memory.heapLate)}`);
    } finally {
      await fresh.stop();
    }
  } finally {
    await browser.close();
    await kiosk.stop();
  }
  // Outbox drain, recovery, sign-in under load (reference API on loopback, no browser).
  console.log('\nOutbox and sign-in load');
  console.log(formatRow('measure', null));
  for (const row of await outboxFigures()) console.log(row);
  console.log('\nOffer search (reference API on loopback, 20,000 offers, 1,000 queries each)');
  console.log(formatRow('measure', null));
  for (const row of offresRows(await measureOffresSearch(1000))) console.log(row);
  console.log('\nHelp requests → staff console (reference API on loopback, live SSE list)');
  console.log(formatRow('measure', null));
  for (const row of helpRequestRows(await measureHelpRequests(200))) console.log(row);
  console.log('\nLogging (kiosk.log through pino, in-process)');
  console.log(formatRow('measure', null));
  for (const row of await measureLogging()) console.log(row);
  console.log('\nCentral API sign-ins, open-loop arrivals (own process; latencies in ms)');
  for (const row of await signInArrivalRows(Number(process.env.BENCH_ARRIVAL_SECONDS ?? 10)))
    console.log(row);
  console.log(
    '\nCentral API: SQLite ×1, PostgreSQL ×1, PostgreSQL ×2 behind nginx (own processes)',
  );
  for (const row of await centralApiScaleRows(Number(process.env.BENCH_SCALE_SECONDS ?? 10)))
    console.log(row);
  console.log('\nFleet: 5,000 terminals heartbeating every 60 s, IT fleet view live (own process)');
  for (const row of await fleetHeartbeatRows(Number(process.env.BENCH_FLEET_SECONDS ?? 15)))
    console.log(row);
}

/** Actualisation: the receipt PDF and the window rule, in-process. */
async function actualisationRows(): Promise<string[]> {
  const receipt = await measureReceiptPdf(runs);
  return [
    formatRow(`actualisation receipt PDF, ${receipt.bytes} B (ms)`, receipt.time),
    formatRow('actualisation window rule, one call (µs)', measureWindowRule(runs)),
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
