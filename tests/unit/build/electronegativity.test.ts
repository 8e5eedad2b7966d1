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
const parse = parseFindings as (csv: string) => Finding[];

const CSV = `issue, severity, confidence, filename, location, sample, description, url
NODE_INTEGRATION_JS_CHECK,"INFORMATIONAL","FIRM","main/shell/x.ts","3:1","new BrowserWindow({ webPreferences: { nodeIntegration: true, a: ""b"" } })","Disable nodeIntegration",https://example.org
CSP_GLOBAL_CHECK,"MEDIUM","CERTAIN","N/A","0:0",N/A,"No CSP",https://example.org
`;

const reason = 'a reviewed reason that is long enough';

describe('electronegativity gate', () => {
  it('reads the CSV report, quoted commas and quotes included', () => {
    expect(parse(CSV)).toMatchObject([
      { check: 'NODE_INTEGRATION_JS_CHECK', file: 'main/shell/x.ts' },
      { check: 'CSP_GLOBAL_CHECK', file: 'N/A' },
    ]);
  });

  it('fails on a finding that is not listed, passes when every one is', () => {
    const findings = parse(CSV);
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
