export interface ElectronLookup {
  /** The project root (holding node_modules/electron); defaults to this script's parent folder. */
  root?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}

export function platformExecutable(platform?: NodeJS.Platform): string;
export function findElectronBinary(lookup?: ElectronLookup): string | null;
export function electronUnavailableReason(lookup?: ElectronLookup): string;
