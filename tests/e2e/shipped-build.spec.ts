/**
 * What `npm start` and `npm run dist` ship: the build that the suite runs (scripts/build.mjs
 * without --sourcemaps) carries no source map, and the served scripts point to none.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/fixtures';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));

test('the shipped build has no source map, on disk or served', async ({ kiosk }) => {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  expect(files).toContain(join('main', 'browser.cjs'));

  const html = await (await fetch(kiosk.url)).text();
  const scripts = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect(await (await fetch(new URL(script, kiosk.url))).text()).not.toContain(
      'sourceMappingURL',
    );
    expect((await fetch(new URL(`${script}.map`, kiosk.url))).status).toBe(404);
  }
});
