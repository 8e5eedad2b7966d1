import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { compare, parseFindings } from '../../../scripts/electronegativity.mjs';

interface Finding {
  check: string;
  file: string;
}
type Compare = (
  findings: Finding[],
  exceptions: Array<{ check: string; file: string; reason?: string }>,
) => { unlisted: Finding[]; unused: unknown[] };
const check = compare as Compare;
const parse = parseFindings as (sarif: string) => Finding[];

/** The shape electronegativity writes with `-o findings.sarif -r` (trimmed). */
const SARIF = JSON.stringify({
  version: '2.1.0',
  runs: [
    {
      tool: { driver: { name: 'Electronegativity', rules: [] } },
      results: [
        {
          ruleId: 'NODE_INTEGRATION_JS_CHECK',
          level: 'warning',
          message: { text: 'Disable nodeIntegration, "really"' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'main/shell/x.ts' },
                region: { startLine: 3, startColumn: 2, charLength: 10 },
              },
            },
          ],
        },
        {
          ruleId: 'CSP_GLOBAL_CHECK',
          level: 'warning',
          message: { text: 'No CSP' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'file:///' },
                region: { startLine: 1, startColumn: 1, charLength: 0 },
              },
            },
          ],
        },
      ],
    },
  ],
});

const reason = 'a reviewed reason that is long enough';

describe('electronegativity gate', () => {
  it('reads the SARIF report; a global check (no file) is "N/A" as the exceptions name it', () => {
    expect(parse(SARIF)).toMatchObject([
      { check: 'NODE_INTEGRATION_JS_CHECK', file: 'main/shell/x.ts' },
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A' },
    ]);
  });

  it('fails on a finding that is not listed, passes when every one is', () => {
    const findings = parse(SARIF);
    const some = check(findings, [{ check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason }]);
    expect(some.unlisted.map((f) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK']);
    const all = check(findings, [
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason },
      { check: 'NODE_INTEGRATION_JS_CHECK', file: 'main/shell/x.ts', reason },
    ]);
    expect(all).toEqual({ unlisted: [], unused: [] });
  });

  it('reports stale exceptions and refuses one without a reason', () => {
    expect(
      check([], [{ check: 'SANDBOX_JS_CHECK', file: 'main/shell/y.ts', reason }]).unused,
    ).toHaveLength(1);
    expect(() => check([], [{ check: 'SANDBOX_JS_CHECK', file: 'x', reason: 'ok' }])).toThrow(
      /reason/,
    );
  });

  it('the committed exceptions file gives every exception a reason', () => {
    const file = join(__dirname, '..', '..', '..', 'scripts', 'electronegativity-exceptions.json');
    const { exceptions } = JSON.parse(readFileSync(file, 'utf8')) as {
      exceptions: Array<{ check: string; file: string; reason: string }>;
    };
    expect(exceptions.length).toBeGreaterThan(0);
    expect(() => check([], exceptions)).not.toThrow();
  });
});
