import {
  ScannerError,
  createSaneScanner,
  type ScanMode,
  type ScanSource,
  type Scanner,
} from '../scanner';
import type { KioskConfig } from '../config';

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
    default:
      // WIA and NAPS2 commands are built and parsed in main/core/scanner (unit-tested); running
      // them needs Windows, so on this platform they report "no scanner".
      return {
        ...common,
        scanner:
          process.platform === 'win32'
            ? unavailable(`${config.backend} backend not wired yet`)
            : unavailable(`${config.backend} needs Windows`),
      };
  }
}
