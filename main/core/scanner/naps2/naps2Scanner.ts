import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  ScanCancelled,
  ScannerError,
  type ScanEvents,
  type ScanJob,
  type ScanProblem,
  type ScanRequest,
  type Scanner,
} from '../port';
import { runToEnd } from '../runToEnd';
import { exitOf, interrupt, onLines, scanJob, silenceWatchdog } from '../scanJob';
import {
  naps2Command,
  naps2ListCommand,
  parseNaps2Devices,
  parseNaps2Line,
  type Naps2Options,
} from './commands';

export interface Naps2RunnerOptions extends Naps2Options {
  /** How long NAPS2 gets to stop after SIGINT before SIGKILL. */
  cancelGraceMs?: number;
  /** A scan that prints nothing for this long is a scanner that stopped answering: killed. */
  idleTimeoutMs?: number;
  /** `--listdevices` longer than this is killed ("no scanner"). */
  listTimeoutMs?: number;
}

/**
 * NAPS2.Console as a Scanner (Windows agencies that have NAPS2: feeder, duplex, TWAIN). NAPS2 scans
 * every page first and writes the files at the end, so progress comes from its verbose lines and the
 * pages are the files that appeared in the folder once it exits.
 */
export function createNaps2Scanner(options: Naps2RunnerOptions = {}): Scanner {
  return {
    async list() {
      const { command, args } = naps2ListCommand(options);
      const out = await runToEnd('NAPS2 console', command, args, options.listTimeoutMs ?? 20_000);
      return parseNaps2Devices(out).map((name) => ({
        id: name,
        vendor: '',
        model: name,
        type: options.driver ?? 'wia',
      }));
    },
    async options() {
      return [];
    },
    scan: (request, events) => startNaps2Scan(request, options, events),
  };
}

const pageFile = /^p\d+\.png$/;

function pageFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => pageFile.test(name))
      .sort();
  } catch {
    return [];
  }
}

function startNaps2Scan(
  request: ScanRequest,
  options: Naps2RunnerOptions,
  events: ScanEvents = {},
): ScanJob {
  const { command, args } = naps2Command(request, options);
  // NAPS2's $(nnn) takes the next free number: the pages are the files this run added.
  const before = new Set(pageFiles(request.outDir));
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
  const graceMs = options.cancelGraceMs ?? 3000;
  let problem: ScanProblem | undefined;
  let cancelled = false;
  let hung = false;
  let scanned = 0;
  const { exited, started } = exitOf(child);
  const kill = () => interrupt(child, exited, graceMs);
  const watchdog = silenceWatchdog(options.idleTimeoutMs ?? 90_000, () => {
    hung = true;
    void kill();
  });
  const onLine = (line: string) => {
    watchdog.heard();
    const parsed = parseNaps2Line(line);
    if (/Beginning scan|Starting scan/i.test(line)) events.onProgress?.(scanned + 1, 0);
    if (!parsed) return;
    if (parsed.kind === 'page-done') {
      scanned = Math.max(scanned, parsed.page);
      events.onProgress?.(parsed.page, 100);
    } else if (parsed.kind === 'page-start') events.onProgress?.(parsed.page, 0);
    else if (parsed.kind === 'error') problem ??= parsed.problem;
  };
  onLines(child.stdout, onLine);
  onLines(child.stderr, onLine);

  const done = exited.then(() => {
    watchdog.clear();
    if (cancelled) throw new ScanCancelled('scan cancelled');
    if (!started()) throw new ScannerError('no_scanner', 'NAPS2 console cannot start');
    // A scanner that stops answering mid-scan says nothing more; before any page, it is busy.
    if (hung)
      throw new ScannerError(scanned > 0 ? 'disconnected' : 'busy', 'NAPS2 stopped answering');
    const pages = pageFiles(request.outDir)
      .filter((name) => !before.has(name))
      .map((name) => join(request.outDir, name));
    if (problem && (problem !== 'no_documents' || pages.length === 0))
      throw new ScannerError(problem, 'NAPS2 reported a problem');
    if (pages.length === 0)
      throw new ScannerError(
        request.source === 'feeder' ? 'no_documents' : 'failed',
        'NAPS2 gave no page',
      );
    pages.forEach((file, i) => events.onPage?.(i + 1, file));
    return pages;
  });
  return scanJob(child, done, async () => {
    cancelled = true;
    await kill();
  });
}
