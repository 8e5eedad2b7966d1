import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findImportCycles } from '../../../scripts/importCycles';

const root = resolve(import.meta.dirname, '../../..');
const ownCode = [
  'main',
  'preload',
  'shared',
  'renderer',
  'central-api',
  'scripts',
  'tests',
  'bench',
];

const scratch = mkdtempSync(join(tmpdir(), 'import-cycles-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const folder = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  return folder;
}

describe('import cycles', () => {
  it('finds none between the modules of the project', () => {
    expect(findImportCycles(root, ownCode)).toEqual([]);
  });

  it('reports a cycle through a feature and the list that gathers it', () => {
    const folder = project('cycle', {
      'src/rpc/handlers.ts': "import { cv } from '../cv/handlers';\nexport const all = [cv];\n",
      'src/cv/handlers.ts': "import { guard } from '../rpc/handlers';\nexport const cv = guard;\n",
      'src/cv/index.tsx': "export * from './handlers';\n",
    });
    expect(findImportCycles(folder, ['src'])).toEqual([
      ['src/cv/handlers.ts', 'src/rpc/handlers.ts'],
    ]);
  });

  it('reports re-exports and side-effect imports as edges, and a module importing itself', () => {
    const folder = project('reexport', {
      'a.ts': "export * from './b';\n",
      'b.ts': "import './a';\n",
      'self.ts': "import { x } from './self.js';\nexport const y = x;\n",
    });
    expect(findImportCycles(folder, ['.'])).toEqual([['a.ts', 'b.ts'], ['self.ts']]);
  });

  it('leaves type-only and dynamic imports aside: they never run at load time', () => {
    const folder = project('types', {
      'a.ts': "import type { B } from './b';\nexport type A = B;\nexport const a = 1;\n",
      'b.ts':
        "import { type A } from './a';\nexport type B = A;\nexport { type A as C } from './a';\nexport const load = () => import('./a');\n",
    });
    expect(findImportCycles(folder, ['.'])).toEqual([]);
  });
});
