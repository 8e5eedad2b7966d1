import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  ScanCancelled,
  ScannerError,
  type ScanProblem,
  type ScanEvents,
  type ScanJob,
  type ScanRequest,
  type Scanner,
} from '../port';
import { interrupt, scanJob, silenceWatchdog } from '../scanJob';
import {
  batchEndedNormally,
  classifyFailure,
  listArgs,
  optionsArgs,
  parseDeviceList,
  parseOptions,
  parseStderrPiece,
  scanArgs,
} from './commands';

export interface SaneOptions {
  /** The scanimage binary; 'scanimage' from PATH by default. */
  command?: string;
  /** How long scanimage gets to stop after SIGINT before SIGKILL. */
  cancelGraceMs?: number;
  /** Extra environment (SANE_CONFIG_DIR in tests and CI). */
  env?: NodeJS.ProcessEnv;
  /**
   * A scanimage that prints nothing this long is killed (`-p` prints progress all through a scan;
   * only a lamp warming up is silent, and for far less). Default 90 s.
   */
  idleMs?: number;
  /** How long scanimage gets to exit once it has printed a sane_* error. Default 5 s. */
  afterErrorMs?: number;
}

/** SANE through `scanimage` (sane-utils): the Linux backend, tested for real with the `test` backend. */
export function createSaneScanner(options: SaneOptions = {}): Scanner {
  const command = options.command ?? 'scanimage';
  const env = { ...process.env, ...options.env };
  const run = (args: string[], timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      execFile(command, args, { env, timeout: timeoutMs }, (error, stdout, stderr) => {
        if (error) {
          const spawnFailed = (error as NodeJS.ErrnoException).code === 'ENOENT';
          reject(
            new ScannerError(
              spawnFailed ? 'no_scanner' : classifyFailure(stderr),
              spawnFailed ? 'scanimage is not installed' : 'scanimage failed',
            ),
          );
        } else resolve(stdout);
      });
    });
  return {
    list: async () => parseDeviceList(await run(listArgs(), 30_000)),
    options: async (device) => parseOptions(await run(optionsArgs(device), 15_000)),
    scan: (request, events) => startScan(command, env, request, events, options),
  };
}

function startScan(
  command: string,
  env: NodeJS.ProcessEnv,
  request: ScanRequest,
  events: ScanEvents = {},
  { cancelGraceMs = 3000, idleMs = 90_000, afterErrorMs = 5_000 }: SaneOptions = {},
): ScanJob {
  const pageFile = (n: string) => join(request.outDir, `p${n}.tif`);
  const fileOf = (page: number) => pageFile(String(page).padStart(3, '0'));
  const child = spawn(command, scanArgs(request, pageFile), {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let page = 1;
  let progressed = false;
  let cancelled = false;
  let pageProblem: ScanProblem | undefined;
  let partial = '';
  const pages: string[] = [];
  // scanimage prints "Scanned page N." BEFORE it closes the page's file and renames it from
  // `pN.tif.part` (sane-utils 1.2: strace shows write(2), close, rename, then "Scanning page
  // N+1"). Read at that line, the file is often not there yet (a third of the batches under CPU
  // load lost a page that way). So a page is announced only once scanimage has said something
  // else or exited, and only if its file is there; a page it reported whose file never appeared
  // fails the batch instead of leaving it one page short.
  let unconfirmed: number | undefined;
  let missing: number | undefined;
  const confirmPage = () => {
    if (unconfirmed === undefined) return;
    const file = fileOf(unconfirmed);
    if (existsSync(file)) {
      pages.push(file);
      events.onPage?.(unconfirmed, file);
    } else missing ??= unconfirmed;
    unconfirmed = undefined;
  };
  // The watchdog: scanimage can hang for good after reporting an error (the `test` backend's reader
  // does, one run in a few dozen), and a real scanner can stop answering; the screen must not wait.
  let hung = false;
  const watchdog = silenceWatchdog(idleMs, () => {
    hung = true;
    child.kill('SIGKILL');
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    watchdog.heard(/scanimage: sane_\w+: /.test(chunk) ? afterErrorMs : idleMs);
    stderr += chunk;
    if (stderr.length > 64_000) stderr = stderr.slice(-32_000);
    // A message can straddle two chunks: only complete pieces are parsed, the tail waits.
    const pieces = (partial + chunk).split(/[\r\n]/);
    partial = pieces.pop() ?? '';
    for (const piece of pieces) {
      if (piece.trim() !== '') confirmPage();
      const event = parseStderrPiece(piece);
      if (!event) continue;
      if (event.kind === 'progress') {
        progressed = true;
        events.onProgress?.(page, event.percent);
      } else if (event.kind === 'page-start') page = event.page;
      else if (event.problem) pageProblem ??= event.problem;
      else unconfirmed = event.page;
    }
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('close', (code) => resolve(code));
    child.once('error', () => resolve(-1));
  });
  let spawnError = false;
  child.once('error', () => (spawnError = true));

  const done = exited.then((code) => {
    watchdog.clear();
    // Once it has exited, the last page's file is closed and renamed, or never will be.
    confirmPage();
    if (cancelled) throw new ScanCancelled('scan cancelled');
    if (spawnError) throw new ScannerError('no_scanner', 'scanimage is not installed');
    if (pageProblem) throw new ScannerError(pageProblem, 'a page ended with a scanner error');
    if (missing !== undefined)
      throw new ScannerError(
        hung ? 'disconnected' : 'failed',
        `scanimage reported page ${missing} but its file never appeared`,
      );
    if (request.source === 'flatbed') {
      if (code === 0 && existsSync(fileOf(1))) {
        events.onPage?.(1, fileOf(1));
        return [fileOf(1)];
      }
    } else if (code === 0 || batchEndedNormally(stderr, pages.length)) {
      if (pages.length > 0) return pages;
      throw new ScannerError('no_documents', 'the feeder is empty');
    }
    // What it printed says why (a killed one too: the jam stays a jam). A scanner that stops
    // answering says little: after progress it is disconnected; killed silent, held elsewhere.
    const problem = classifyFailure(stderr);
    const unexplained = progressed ? 'disconnected' : hung ? 'busy' : 'failed';
    throw new ScannerError(
      problem === 'failed' ? unexplained : problem,
      hung ? 'scanimage stopped answering' : `scanimage exited with ${code}`,
    );
  });
  return scanJob(child, done, async () => {
    cancelled = true;
    await interrupt(child, exited, cancelGraceMs);
  });
}
