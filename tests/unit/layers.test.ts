import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules of eslint.config.js, checked on code that breaks them: a rule that silently
// stopped matching (a renamed folder, a bad pattern) would otherwise let the layers rot unseen.
const eslint = new ESLint({ cwd: process.cwd() });

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
});
