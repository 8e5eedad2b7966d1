import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(join(root, 'renderer/ui/theme.ts'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The stylesheets renderer/ui/theme.ts imports, as files. */
function importedStylesheets(): string[] {
  const theme = readFileSync(join(root, 'renderer/ui/theme.ts'), 'utf8');
  return [...theme.matchAll(/^import '([^']+\.css)';$/gm)].map(([, spec]) =>
    spec!.startsWith('.') ? join(root, 'renderer/ui', spec!) : require.resolve(spec!),
  );
}

// An icon class with no rule is an empty square on the terminal: nobody sees it in a unit test.
describe('DSFR icons', () => {
  const css = importedStylesheets().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const used = new Set(
    sources(join(root, 'renderer')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bfr-icon-[a-z0-9-]+/g)].map(([name]) => name),
    ),
  );

  it('every fr-icon-* class the renderer uses has a rule in an imported stylesheet', () => {
    expect(used.size).toBeGreaterThan(5);
    const missing = [...used].filter(
      (name) => !css.some(({ text }) => new RegExp(`\\.${name}:{1,2}before`).test(text)),
    );
    expect(missing).toEqual([]);
  });

  it("the kiosk's own icon rules point at SVG files that exist", () => {
    const own = css.find(({ path }) => path.endsWith('renderer/ui/icons.css'));
    expect(own).toBeDefined();
    const urls = [...own!.text.matchAll(/url\('([^']+)'\)/g)].map(([, url]) => url!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(statSync(join(dirname(own!.path), url)).isFile()).toBe(true);
  });
});
