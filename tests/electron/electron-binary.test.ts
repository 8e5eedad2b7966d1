import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { electronUnavailableReason, findElectronBinary } from '../../scripts/electron-binary.mjs';

describe('findElectronBinary (never downloads)', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'kiosk-electron-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const electronDir = () => join(root, 'node_modules', 'electron');
  const linux = { env: {}, platform: 'linux' as const };

  it('finds nothing, and says why, when the package is missing', () => {
    expect(findElectronBinary({ root, ...linux })).toBeNull();
    expect(electronUnavailableReason({ root, ...linux })).toMatch(/not installed/);
  });

  it('finds nothing when the binary was never downloaded (this machine)', () => {
    mkdirSync(electronDir(), { recursive: true });
    expect(findElectronBinary({ root, ...linux })).toBeNull();
    expect(electronUnavailableReason({ root, ...linux })).toMatch(/never downloaded/);
  });

  it('finds nothing when path.txt points at a binary that is not there', () => {
    mkdirSync(electronDir(), { recursive: true });
    writeFileSync(join(electronDir(), 'path.txt'), 'electron');
    expect(findElectronBinary({ root, ...linux })).toBeNull();
    expect(electronUnavailableReason({ root, ...linux })).toMatch(/missing/);
  });

  it('finds node_modules/electron/dist/<path.txt>', () => {
    mkdirSync(join(electronDir(), 'dist'), { recursive: true });
    writeFileSync(join(electronDir(), 'path.txt'), 'electron');
    writeFileSync(join(electronDir(), 'dist', 'electron'), '');
    expect(findElectronBinary({ root, ...linux })).toBe(join(electronDir(), 'dist', 'electron'));
  });

  it('prefers ELECTRON_OVERRIDE_DIST_PATH, with the platform executable name', () => {
    const dist = join(root, 'unpacked');
    mkdirSync(dist);
    writeFileSync(join(dist, 'electron.exe'), '');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: dist };
    expect(findElectronBinary({ root, env, platform: 'win32' })).toBe(join(dist, 'electron.exe'));
    expect(findElectronBinary({ root, env, platform: 'linux' })).toBeNull();
    expect(electronUnavailableReason({ root, env, platform: 'linux' })).toMatch(
      /ELECTRON_OVERRIDE_DIST_PATH/,
    );
  });
});
