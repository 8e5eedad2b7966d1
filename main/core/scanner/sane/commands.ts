import type { ScanProblem, ScanRequest, ScannerDevice, ScannerOption } from '../port';

/** Field separator for `scanimage -f`: a character no device name or vendor contains. */
const SEP = '\u001f';
export const LIST_FORMAT = `%d${SEP}%v${SEP}%m${SEP}%t%n`;

export function listArgs(): string[] {
  return ['-f', LIST_FORMAT];
}

export function parseDeviceList(stdout: string): ScannerDevice[] {
  return stdout
    .split('\n')
    .filter((line) => line.includes(SEP))
    .map((line) => {
      const [id = '', vendor = '', model = '', type = ''] = line.split(SEP);
      return { id, vendor, model, type };
    })
    .filter((d) => d.id.length > 0);
}

export function optionsArgs(device: string): string[] {
  return ['-d', device, '-A'];
}

/** Reads `scanimage -A`: lines like `    --mode Gray|Color [Gray]` or `    -x 0..200mm (in steps of 1) [80]`. */
export function parseOptions(stdout: string): ScannerOption[] {
  const options: ScannerOption[] = [];
  const line = /^\s{4}(--?[a-z][\w-]*)(?:\[=\(([^)]*)\)\])?\s*(.*?)(?:\s\[([^\]]*)\])?\s*$/;
  for (const raw of stdout.split('\n')) {
    const match = line.exec(raw);
    if (!match?.[1]) continue;
    const values = (match[2] ?? match[3] ?? '').replace(/\s*\(in steps of [^)]*\)/, '').trim();
    const option: ScannerOption = { name: match[1], values };
    if (match[4] !== undefined) option.current = match[4];
    options.push(option);
  }
  return options;
}

const A4 = { widthMm: 210, heightMm: 297 };

/**
 * The scan command. The feeder scans into numbered files with --batch; the flatbed scans ONE page
 * to stdout-free `-o` (never --batch without --batch-count there: it would scan forever).
 */
export function scanArgs(request: ScanRequest, pageFile: (n: string) => string): string[] {
  const args = [
    '-d',
    request.device,
    '--format=tiff',
    '--mode',
    request.mode,
    '--resolution',
    String(request.resolution),
    '-x',
    String(request.widthMm ?? A4.widthMm),
    '-y',
    String(request.heightMm ?? A4.heightMm),
    '-p',
  ];
  if (request.source === 'feeder') {
    args.push('--source', 'Automatic Document Feeder', `--batch=${pageFile('%03d')}`);
  } else {
    args.push('-o', pageFile('001'));
  }
  return args;
}

export type StderrEvent =
  | { kind: 'progress'; percent: number }
  | { kind: 'page-start'; page: number }
  | { kind: 'page-done'; page: number; problem?: ScanProblem };

/** SANE_Status values scanimage prints after "Scanned page N." (5 = EOF, the normal end). */
const SANE_STATUS: Record<number, ScanProblem | undefined> = {
  0: undefined,
  5: undefined,
  3: 'busy',
  6: 'jammed',
  7: 'no_documents',
  8: 'cover_open',
  9: 'disconnected',
};

/** One piece of stderr (scanimage separates progress with \r and messages with \n). */
export function parseStderrPiece(piece: string): StderrEvent | undefined {
  const progress = /Progress:\s*([\d.]+)%/.exec(piece);
  if (progress?.[1]) return { kind: 'progress', percent: Number(progress[1]) };
  const start = /^Scanning page (\d+)/.exec(piece.trim());
  if (start?.[1]) return { kind: 'page-start', page: Number(start[1]) };
  const done = /^Scanned page (\d+)\.?(?: \(scanner status = (\d+)\))?/.exec(piece.trim());
  if (done?.[1]) {
    const status = done[2] === undefined ? 5 : Number(done[2]);
    // In batch mode a page that ended badly (jam…) is still "Scanned" and scanimage exits 0.
    const problem = status in SANE_STATUS ? SANE_STATUS[status] : 'failed';
    return problem
      ? { kind: 'page-done', page: Number(done[1]), problem }
      : { kind: 'page-done', page: Number(done[1]) };
  }
  return undefined;
}

/** Maps scanimage's messages (SANE status strings) to what the user is told. */
export function classifyFailure(stderr: string): ScanProblem {
  if (/open of device .* failed|no SANE devices found|Invalid argument/i.test(stderr))
    return 'no_scanner';
  if (/Device busy/i.test(stderr)) return 'busy';
  if (/jammed/i.test(stderr)) return 'jammed';
  if (/cover is open/i.test(stderr)) return 'cover_open';
  if (/out of documents/i.test(stderr)) return 'no_documents';
  if (
    /I\/O error|Error during device I\/O|device.*(disconnected|unplugged)|Access to resource/i.test(
      stderr,
    )
  )
    return 'disconnected';
  return 'failed';
}

/** A batch ends with "out of documents" after the last page: that is success when pages came. */
export function batchEndedNormally(stderr: string, pages: number): boolean {
  return pages > 0 && /out of documents|Batch terminated/i.test(stderr);
}
