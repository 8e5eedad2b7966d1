import { spawn } from 'node:child_process';
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
import { parseWiaLine, wiaCommand } from './commands';

export interface WiaOptions {
  /** Path of resources/scanner/wia-scan.ps1 in the installed app. */
  script: string;
  /** Replaces powershell.exe (tests run a fake helper that speaks the same JSON lines). */
  command?: { command: string; prefixArgs?: string[] };
  cancelGraceMs?: number;
  /** A scan whose helper prints nothing for this long is killed (the scanner stopped answering). */
  idleTimeoutMs?: number;
  /** A device listing longer than this is killed: "no scanner". */
  listTimeoutMs?: number;
}

/** WIA through the PowerShell helper (Windows). The JSON-lines protocol is the whole contract. */
export function createWiaScanner(options: WiaOptions): Scanner {
  const build = (request?: ScanRequest) => {
    const built = wiaCommand(options.script, request);
    return options.command
      ? {
          command: options.command.command,
          args: [...(options.command.prefixArgs ?? []), ...built.args],
        }
      : built;
  };
  return {
    async list() {
      const { command, args } = build();
      const lines = (
        await runToEnd('WIA helper', command, args, options.listTimeoutMs ?? 20_000)
      ).split(/\r?\n/);
      return lines.flatMap((line) => {
        const parsed = parseWiaLine(line);
        return parsed?.type === 'device' ? [parsed.device] : [];
      });
    },
    async options() {
      return [];
    },
    scan: (request, events) =>
      startWiaScan(
        build(request),
        events,
        options.cancelGraceMs ?? 3000,
        options.idleTimeoutMs ?? 90_000,
      ),
  };
}

function startWiaScan(
  { command, args }: { command: string; args: string[] },
  events: ScanEvents = {},
  graceMs: number,
  idleMs: number,
): ScanJob {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
  const pages: string[] = [];
  let problem: ScanProblem | undefined;
  let cancelled = false;
  let hung = false;
  const { exited, started } = exitOf(child);
  const stop = () => interrupt(child, exited, graceMs);
  const watchdog = silenceWatchdog(idleMs, () => {
    hung = true;
    void stop();
  });
  onLines(child.stdout, (line) => {
    watchdog.heard();
    const parsed = parseWiaLine(line);
    if (!parsed) return;
    if (parsed.type === 'progress') events.onProgress?.(parsed.page, parsed.percent);
    else if (parsed.type === 'page') {
      pages.push(parsed.file);
      events.onPage?.(parsed.page, parsed.file);
    } else if (parsed.type === 'error') problem ??= parsed.problem;
  });
  const done = exited.then(() => {
    watchdog.clear();
    if (cancelled) throw new ScanCancelled('scan cancelled');
    if (!started()) throw new ScannerError('no_scanner', 'WIA helper cannot start');
    // Silent mid-scan: the scanner stopped answering; before any page, it is held elsewhere.
    if (hung)
      throw new ScannerError(pages.length > 0 ? 'disconnected' : 'busy', 'WIA stopped answering');
    if (problem) throw new ScannerError(problem, 'WIA reported a problem');
    if (pages.length === 0) throw new ScannerError('failed', 'WIA gave no page');
    return pages;
  });
  return scanJob(child, done, async () => {
    cancelled = true;
    await stop();
  });
}
