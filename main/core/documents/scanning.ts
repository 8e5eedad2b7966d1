import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ScannerError,
  createSaneScanner,
  type ScanMode,
  type ScanSource,
  type Scanner,
} from '../scanner';
import type { KioskConfig } from '../config';
import { NAPS2_DEFAULT_PATH } from '../scanner/naps2/commands';
import { createNaps2Scanner } from '../scanner/naps2/naps2Scanner';
import { createWiaScanner } from '../scanner/wia/wiaScanner';

/** The scanner and the settings the kiosk's config gives for it. */
export interface ScanningSetup {
  scanner: Scanner;
  /** None: the first device the backend lists. */
  device?: string;
  resolution: number;
  source: ScanSource;
  mode: ScanMode;
}

/** A backend that cannot run on this machine: every call is "no scanner", never a hang. */
const unavailable = (why: string): Scanner => ({
  list: async () => [],
  options: async () => {
    throw new ScannerError('no_scanner', why);
  },
  scan: () => {
    const done = Promise.reject(new ScannerError('no_scanner', why));
    done.catch(() => undefined);
    return { done, cancel: async () => undefined };
  },
});

export function createScanning(config: KioskConfig['scanner']): ScanningSetup {
  const common = {
    device: config.device,
    resolution: config.resolution,
    source: config.source,
    mode: config.mode,
  };
  switch (config.backend) {
    case 'sane':
      return {
        ...common,
        scanner: createSaneScanner({
          env: config.saneConfigDir ? { SANE_CONFIG_DIR: config.saneConfigDir } : {},
        }),
      };
    case 'none':
      return { ...common, scanner: unavailable('scanning is turned off in the config') };
    case 'wia':
      return {
        ...common,
        scanner:
          process.platform === 'win32'
            ? createWiaScanner({ script: wiaScriptPath() })
            : unavailable('WIA needs Windows'),
      };
    case 'naps2': {
      // An explicit path runs on any platform (tests use a fake console); else NAPS2's default.
      const executable =
        config.naps2Path ?? (process.platform === 'win32' ? NAPS2_DEFAULT_PATH : undefined);
      return {
        ...common,
        scanner:
          executable && existsSync(executable)
            ? createNaps2Scanner({ executable, driver: config.naps2Driver })
            : unavailable('NAPS2 console is not installed'),
      };
    }
  }
}

/** Packaged: extraResources put the helper in <resources>/scanner; from sources: resources/scanner. */
function wiaScriptPath(): string {
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  return packaged
    ? join(packaged, 'scanner', 'wia-scan.ps1')
    : join(process.cwd(), 'resources', 'scanner', 'wia-scan.ps1');
}
