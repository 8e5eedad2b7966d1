import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fuses from '@electron/fuses';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type AfterPack = ((context: unknown, fuses?: unknown) => Promise<void>) & {
  fuseConfig(f: unknown): Record<string, unknown>;
};
const afterPack = require('../../../scripts/after-pack.cjs') as AfterPack;

function contextFor(platform: 'linux' | 'win32' | 'darwin') {
  return {
    appOutDir: '/release/unpacked',
    electronPlatformName: platform,
    packager: {
      appInfo: { productFilename: 'Borne France Travail' },
      executableName: 'france-travail-kiosk',
    },
  };
}

async function flipWith(platform: 'linux' | 'win32' | 'darwin') {
  const calls: Array<{ path: string; config: Record<string | number, unknown> }> = [];
  const fake = {
    ...fuses,
    flipFuses: async (path: string, config: Record<string | number, unknown>) => {
      calls.push({ path, config });
      return 0;
    },
  };
  await afterPack(contextFor(platform), fake);
  return calls;
}

describe('afterPack: Electron fuses', () => {
  it('flips exactly the release fuse set, once, on the packaged executable', async () => {
    const calls = await flipWith('linux');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.path).toBe(join('/release/unpacked', 'france-travail-kiosk'));
    const O = fuses.FuseV1Options;
    expect(calls[0]!.config).toEqual({
      version: fuses.FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      [O.RunAsNode]: false,
      [O.EnableNodeOptionsEnvironmentVariable]: false,
      [O.EnableNodeCliInspectArguments]: false,
      [O.EnableCookieEncryption]: true,
      [O.EnableEmbeddedAsarIntegrityValidation]: true,
      [O.OnlyLoadAppFromAsar]: true,
      [O.GrantFileProtocolExtraPrivileges]: false,
    });
    // Every fuse but the V8 snapshot one (not used) is set explicitly.
    const set = Object.keys(calls[0]!.config)
      .filter((k) => /^\d+$/.test(k))
      .map(Number)
      .sort();
    expect(set).toEqual(
      Object.values(O)
        .filter(
          (v): v is number => typeof v === 'number' && v !== O.LoadBrowserProcessSpecificV8Snapshot,
        )
        .sort(),
    );
  });

  it('finds the executable on Windows and macOS too (and re-signs ad hoc on macOS)', async () => {
    expect((await flipWith('win32'))[0]!.path).toBe(
      join('/release/unpacked', 'Borne France Travail.exe'),
    );
    const mac = (await flipWith('darwin'))[0]!;
    expect(mac.path).toBe(join('/release/unpacked', 'Borne France Travail.app'));
    expect(mac.config.resetAdHocDarwinSignature).toBe(true);
  });
});
