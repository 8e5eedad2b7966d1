import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// CI runs these suites on the machine's Node and again on a current LTS through
// scripts/node-lts.mjs, which names the Node it started in KIOSK_EXPECT_NODE: a worker still on the
// machine's Node would make that second run prove nothing.
describe('the Node running the central API suites', () => {
  it('is the one the runner asked for, and one package.json accepts', () => {
    const expected = process.env.KIOSK_EXPECT_NODE;
    if (expected) expect(process.version).toBe(expected);
    const { engines } = JSON.parse(
      readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'),
    ) as { engines: { node: string } };
    const minimum = /^>=(\d+)\.(\d+)$/.exec(engines.node);
    expect(minimum, 'engines.node is a plain minimum').not.toBeNull();
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    const [, wantMajor = 0, wantMinor = 0] = (minimum ?? []).map(Number);
    expect(major > wantMajor || (major === wantMajor && minor >= wantMinor)).toBe(true);
  });

  it('opens a SQLite database with the addon built for it', () => {
    const db = new Database(':memory:');
    try {
      expect(db.prepare('select sqlite_version() as v').get()).toEqual({
        v: expect.stringMatching(/^3\.\d+\.\d+$/) as unknown,
      });
    } finally {
      db.close();
    }
  });
});
