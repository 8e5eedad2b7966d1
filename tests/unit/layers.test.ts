import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import ts from 'typescript';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The rules of eslint.config.js, checked on code that breaks them: a rule that silently stopped
// matching (a renamed folder, a bad pattern) would otherwise let the layers rot unseen. The import
// rules need no types, so they run without the project's program (seconds instead of a minute).
const root = process.cwd();
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

const probe = (...specifiers: string[]) =>
  specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n') +
  `\nexport const all = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`;

describe('import boundaries', () => {
  it('keeps electron out of everything but main/shell and preload', async () => {
    for (const file of [
      'main/core/x.ts',
      'main/host/x.ts',
      'renderer/x.ts',
      'shared/x.ts',
      'central-api/src/x.ts',
    ]) {
      expect(await restrictedImports(file, probe('electron')), file).toHaveLength(1);
    }
    expect(await restrictedImports('main/shell/x.ts', probe('electron'))).toEqual([]);
    expect(await restrictedImports('preload/x.ts', probe('electron'))).toEqual([]);
  });

  it('keeps Node built-ins out of shared/ and renderer/, with or without the node: prefix', async () => {
    for (const file of ['shared/domain/x.ts', 'renderer/features/x.tsx']) {
      expect(
        await restrictedImports(file, probe('node:fs', 'fs', 'path', 'node:crypto')),
        file,
      ).toHaveLength(4);
      // A sibling file named like a built-in is not a built-in.
      expect(await restrictedImports(file, probe('./events', '../domain/path'))).toEqual([]);
    }
  });

  it('lets layers import only downward', async () => {
    expect(
      await restrictedImports(
        'renderer/x.ts',
        probe('../main/core/config', '../central-api/src/index'),
      ),
    ).toHaveLength(2);
    expect(
      await restrictedImports('shared/x.ts', probe('../renderer/store', '../main/core/kiosk')),
    ).toHaveLength(2);
    expect(
      await restrictedImports('main/core/x.ts', probe('../shell/index', '../host/server')),
    ).toHaveLength(2);
    expect(
      await restrictedImports('main/shell/x.ts', probe('../core/kiosk', '../../shared/contract')),
    ).toEqual([]);
  });

  it('keeps the central API out of main/core, and lets the entries reach only its start', async () => {
    expect(
      await restrictedImports(
        'main/core/x.ts',
        probe('../../central-api/src/index', '../../central-api/src/db/open'),
      ),
    ).toHaveLength(2);
    for (const [file, up] of [
      ['main/host/x.ts', '../../'],
      ['main/index.ts', '../'],
    ] as const) {
      expect(await restrictedImports(file, probe(`${up}central-api/src/index`)), file).toEqual([]);
      expect(
        await restrictedImports(
          file,
          probe(`${up}central-api/src/app`, `${up}central-api/src/routes/sessions`),
        ),
        file,
      ).toHaveLength(2);
    }
  });

  it('lets only renderer/ui import the design system', async () => {
    const dsfr = probe('@codegouvfr/react-dsfr/Stepper', '@codegouvfr/react-dsfr');
    for (const file of ['renderer/features/registration/x.tsx', 'renderer/App.tsx']) {
      expect(await restrictedImports(file, dsfr), file).toHaveLength(2);
    }
    expect(await restrictedImports('renderer/ui/Stepper.tsx', dsfr)).toEqual([]);
  });
});

/**
 * A program holding only `code` at `filePath`, for the rules that read types: the project's own
 * program would take a minute to build, and a probe file on disk could be left behind.
 */
function programWith(filePath: string, code: string): ts.Program {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    lib: ['lib.es2023.d.ts'],
    types: [],
    noEmit: true,
  };
  const path = resolve(root, filePath);
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) =>
    name === path
      ? ts.createSourceFile(name, code, language)
      : getSourceFile.call(host, name, language, ...rest);
  host.fileExists = (name) => name === path || fileExists.call(host, name);
  host.readFile = (name) => (name === path ? code : readFile.call(host, name));
  // The previous probe's program lends its parsed lib files: each probe then takes milliseconds.
  previousProgram = ts.createProgram([path], options, host, previousProgram);
  return previousProgram;
}
let previousProgram: ts.Program | undefined;

async function typedFindings(filePath: string, code: string): Promise<string[]> {
  const typed = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: {
        parserOptions: {
          project: false,
          projectService: false,
          programs: [programWith(filePath, code)],
        },
      },
    },
  });
  const [result] = await typed.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('promises', { timeout: 60_000 }, () => {
  const send = 'export async function send(): Promise<void> {}\n';

  it('refuses a promise left floating, and accepts one voided on purpose', async () => {
    for (const file of ['main/core/x.ts', 'renderer/features/x.tsx', 'central-api/src/x.ts']) {
      expect(
        await typedFindings(file, `${send}export function submit(): void {\n  send();\n}\n`),
        file,
      ).toEqual(['@typescript-eslint/no-floating-promises']);
      expect(
        await typedFindings(file, `${send}export function submit(): void {\n  void send();\n}\n`),
        file,
      ).toEqual([]);
    }
  });

  it('refuses an async function where a void callback is expected', async () => {
    const code =
      `${send}export function every(ms: number, run: () => void): number {\n  run();\n  return ms;\n}\n` +
      `every(1000, async () => {\n  await send();\n});\n`;
    expect(await typedFindings('main/core/x.ts', code)).toEqual([
      '@typescript-eslint/no-misused-promises',
    ]);
  });

  it('refuses awaiting something that is not a promise', async () => {
    const code =
      'export async function twice(n: number): Promise<number> {\n  return 2 * (await n);\n}\n';
    expect(await typedFindings('main/core/x.ts', code)).toEqual([
      '@typescript-eslint/await-thenable',
    ]);
  });
});
