import type { ScanProblem, ScanRequest } from '../port';

/**
 * NAPS2's console (NAPS2.Console.exe), when an agency has it installed: feeder, duplex and TWAIN
 * drivers WIA lacks. One file per page (`$(n)` numbering). Pure and unit-tested; needs Windows.
 */
/** Where the NAPS2 installer puts its console. */
export const NAPS2_DEFAULT_PATH = 'C:\\Program Files\\NAPS2\\NAPS2.Console.exe';

export interface Naps2Options {
  executable?: string;
  driver?: 'wia' | 'twain' | 'escl';
  duplex?: boolean;
}

export function naps2Command(
  request: ScanRequest,
  options: Naps2Options = {},
): { command: string; args: string[] } {
  const source = request.source === 'feeder' ? (options.duplex ? 'duplex' : 'feeder') : 'glass';
  return {
    command: options.executable ?? NAPS2_DEFAULT_PATH,
    args: [
      '--noprofile',
      '--driver',
      options.driver ?? 'wia',
      '--device',
      request.device,
      '--source',
      source,
      '--dpi',
      String(request.resolution),
      '--bitdepth',
      request.mode === 'Color' ? 'color' : 'gray',
      '--output',
      // The folder's own separator: backslashes on Windows, slashes where tests run a fake console.
      `${request.outDir}${request.outDir.includes('\\') ? '\\' : '/'}p$(nnn).png`,
      '--split',
      '--force',
      // --verbose prints progress lines on the console; --progress would open NAPS2's own window.
      '--verbose',
    ],
  };
}

export function naps2ListCommand(options: Naps2Options = {}): { command: string; args: string[] } {
  return {
    command: options.executable ?? NAPS2_DEFAULT_PATH,
    args: ['--listdevices', '--driver', options.driver ?? 'wia'],
  };
}

/** `--listdevices` prints one device name per line, and its errors or usage among them. */
export function parseNaps2Devices(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !/^usage/i.test(l) && !parseNaps2Line(l));
}

/**
 * NAPS2's error messages as it prints them in the workstation's language: its SdkResources in
 * English and in French (SdkResources.fr.resx), since agency PCs run a French Windows. First match
 * wins, so the specific problems come before the generic "an error occurred".
 */
const NAPS2_PROBLEMS: readonly (readonly [ScanProblem, RegExp])[] = [
  [
    'no_documents',
    /no scanned pages|no pages are in the feeder|feeder (is )?empty|out of paper|aucune page dans le dispositif/i,
  ],
  ['jammed', /paper jam|jammed|bourrage/i],
  ['cover_open', /cover is open|capot .*ouvert/i],
  ['busy', /busy|in use|warming up|est occupé|préchauffer/i],
  ['disconnected', /communication .* interrupted|communication avec .* interrompue/i],
  [
    'no_scanner',
    /could not be found|no scanning device|no device|device not found|not connected|offline|introuvable|est éteint|aucun périphérique/i,
  ],
  ['failed', /^(error|erreur)|an error occurred|une erreur (est survenue|s.est produite)/i],
];

/** NAPS2's verbose console lines ("Starting scan 1 of 1...", "Scanned page 2.") and its errors. */
export function parseNaps2Line(
  line: string,
):
  | { kind: 'page-start' | 'page-done'; page: number }
  | { kind: 'error'; problem: ScanProblem }
  | undefined {
  const start = /Scanning page (\d+)/i.exec(line);
  if (start?.[1]) return { kind: 'page-start', page: Number(start[1]) };
  const done = /Scanned page (\d+)/i.exec(line);
  if (done?.[1]) return { kind: 'page-done', page: Number(done[1]) };
  const text = line.trim();
  const problem = NAPS2_PROBLEMS.find(([, pattern]) => pattern.test(text))?.[0];
  return problem ? { kind: 'error', problem } : undefined;
}
