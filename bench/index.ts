/**
 * `npm run bench`: figures for the foundation, in browser mode with the embedded central API.
 *  - cold load: a fresh browser context (empty cache) until the welcome screen is interactive;
 *  - sign-in round trip: "Se connecter" pressed until the greeting is shown (UI → host → core →
 *    central API with argon2id → back), and the central API's sign-in alone over HTTP.
 * Prints a table; nothing is asserted (targets live in docs, not in timed tests).
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/fixtures/chromium';
import { startKiosk } from '../tests/fixtures/kiosk';
import { measureColdLoad } from './coldLoad';
import { measureCvPdf } from './cvPdf';
import { measureRomeSearch } from './rome';
import { measureApiSignIn, measureSignIn } from './signIn';
import { formatRow } from './stats';

const runs = Number(process.env.BENCH_RUNS ?? 15);

async function main() {
  const kiosk = await startKiosk({});
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
        await measureSignIn(browser, kiosk.url, runs),
      ),
      formatRow(
        'central API sign-in alone, HTTP (ms)',
        await measureApiSignIn(kiosk.output(), runs),
      ),
    ];
    console.log(
      `\nBenchmarks (${runs} runs each, browser mode, ${process.arch}, node ${process.version})`,
    );
    console.log(formatRow('measure', null));
    for (const row of rows) console.log(row);
  } finally {
    await browser.close();
    await kiosk.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
