import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scopingProblems, selectors, type SourceFile } from './stylesheets';

const root = resolve(import.meta.dirname, '../../..');

function files(dir: string, pattern: RegExp): SourceFile[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, pattern);
    if (!pattern.test(name)) return [];
    return [{ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }];
  });
}

const renderer = join(root, 'renderer');
const sheets = files(renderer, /\.css$/);
const components = files(renderer, /\.tsx?$/);
const check = (extraSheets: SourceFile[] = [], extraComponents: SourceFile[] = []) =>
  scopingProblems([...sheets, ...extraSheets], [...components, ...extraComponents]);

// Every stylesheet is global unless it is a CSS module: two sheets naming the same class once
// squeezed every screen into the scan thumbnails' 13rem column.
describe('renderer stylesheets', () => {
  it('follow the scoping rules: global kiosk- classes in renderer/ui only, modules elsewhere', () => {
    expect(sheets.filter(({ path }) => path.endsWith('.module.css')).length).toBeGreaterThan(5);
    expect(check()).toEqual([]);
  });

  // Vite bundles CSS in first-import order: a screen's module before the DSFR would lose to it.
  it('puts the design system and renderer/ui before the screens in the cascade', () => {
    const main = readFileSync(join(renderer, 'main.tsx'), 'utf8');
    const theme = main.indexOf("import './ui/theme';");
    expect(theme).toBeGreaterThan(-1);
    expect(theme).toBeLessThan(main.indexOf("from './App';"));
  });

  it('reports the old collision: .kiosk-page as the page layout and as a scan thumbnail', () => {
    const problems = check([
      { path: 'renderer/features/scan/scan.css', text: '.kiosk-page {\n  width: 13rem;\n}\n' },
    ]);
    expect(problems).toContain(
      '.kiosk-page is declared in renderer/features/scan/scan.css and renderer/ui/kiosk.css',
    );
    expect(problems).toContain(
      'renderer/features/scan/scan.css: a global stylesheet outside renderer/ui (make it a .module.css)',
    );
  });

  it('reports two sheets of renderer/ui styling the same class', () => {
    expect(
      check([{ path: 'renderer/ui/extra.css', text: '.kiosk-main p { margin: 0; }' }]),
    ).toEqual(['.kiosk-main is declared in renderer/ui/extra.css and renderer/ui/kiosk.css']);
  });

  it('reports a module reaching our global classes, or styling without a local class', () => {
    const module = {
      path: 'renderer/features/x/x.module.css',
      text: [
        '.box :global(.fr-btn) { margin: 0; }',
        '.box :global(.kiosk-page) { width: 13rem; }',
        ':global(.fr-input) { min-height: 3rem; }',
        '@media (min-width: 80rem) { body { margin: 0; } }',
        ':global .page { width: 13rem; }',
      ].join('\n'),
    };
    const reads = { path: 'renderer/features/x/X.tsx', text: x('box', 'page') };
    expect(check([module], [reads])).toEqual([
      'renderer/features/x/x.module.css: ".box :global(.kiosk-page)" declares the global class .kiosk-page in a module',
      'renderer/features/x/x.module.css: ":global(.fr-input)" has no local class, so it styles the whole app',
      'renderer/features/x/x.module.css: "body" has no local class, so it styles the whole app',
      'renderer/features/x/x.module.css: ":global .page" switches to global mode; use :global(.fr-…)',
    ]);
  });

  it('reports a global class without the kiosk- prefix, and DSFR restyled for every screen', () => {
    const sheet = {
      path: 'renderer/ui/extra.css',
      text: '.page-layout { display: flex; }\n.fr-btn { margin: 0; }\n.kiosk-extra .fr-btn { margin: 0; }',
    };
    expect(check([sheet])).toEqual([
      'renderer/ui/extra.css: the global class .page-layout lacks the kiosk- prefix',
      'renderer/ui/extra.css: ".fr-btn" restyles the DSFR everywhere; scope it under a kiosk- class',
    ]);
  });

  it('reports a class a component reads that its module lacks, and a class nobody reads', () => {
    const module = { path: 'renderer/features/x/x.module.css', text: '.box {}\n.unused {}' };
    const reads = { path: 'renderer/features/x/X.tsx', text: x('box', 'boxx') };
    expect(check([module], [reads])).toEqual([
      'renderer/features/x/X.tsx: styles.boxx is not declared in renderer/features/x/x.module.css',
      'renderer/features/x/x.module.css: .unused is used by no component',
    ]);
  });

  it('reads selectors in grouping at-rules, not in @font-face or @keyframes', () => {
    const css = `/* .commented {} */
      @font-face { font-family: X; src: url('x.woff2'); }
      @keyframes spin { from { opacity: 0; } to { opacity: 1; } }
      @media (min-width: 80rem) { .a, .b:is(.c, .d) { margin: 0; } }
      .e[data-x='.f'] { margin: 0; }`;
    expect(selectors(css)).toEqual(['.a', '.b:is(.c, .d)', ".e[data-x='.f']"]);
  });
});

/** A component reading these classes from its module. */
function x(...names: string[]): string {
  return `import styles from './x.module.css';\n${names.map((n) => `styles.${n};`).join('\n')}\n`;
}
