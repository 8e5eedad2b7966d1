import {
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';

/** The file being written is always this one; IT and the tests read it by this name. */
export const LOG_FILE = 'kiosk.log';
/** A closed file: the local day its lines belong to, then a sequence number within that day. */
const ROTATED = /^kiosk\.(\d{4}-\d{2}-\d{2})\.(\d+)\.log$/;

export interface RotationOptions {
  /** A file is closed before it would grow past this (a single longer line still goes in whole). */
  maxBytes: number;
  /** Closed files kept beside kiosk.log; the oldest beyond this are deleted. */
  keepFiles: number;
}

export const DEFAULT_ROTATION: RotationOptions = { maxBytes: 10 * 1024 * 1024, keepFiles: 14 };

/**
 * kiosk.log, written asynchronously through pino's destination (sonic-boom), closed and renamed
 * kiosk.<day>.<n>.log at the first line of a new local day or when the next line would pass
 * maxBytes, keeping keepFiles closed files. Renaming keeps the live file's name fixed, and the
 * retention is decided from the folder (not from what this process created), so relaunches and
 * restarts never let files pile up.
 */
export interface RotatingFile {
  write(line: string): void;
  /** Resolves once every line written so far has reached the file (or after timeoutMs). */
  flush(timeoutMs?: number): Promise<void>;
  /** Flushes, then closes the file; lines written later are dropped. */
  close(): Promise<void>;
}

export function openRotatingFile(
  dir: string,
  rotation: RotationOptions = DEFAULT_ROTATION,
  now: () => number = Date.now,
): RotatingFile {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOG_FILE);
  let day = localDay(now());
  let nextDayAt = startOfNextDay(now());
  let size = 0;
  if (existsSync(path)) {
    const stat = statSync(path);
    // A file from an earlier day (the kiosk was off at midnight) or already full starts a new one.
    if (stat.size > 0 && (localDay(stat.mtimeMs) !== day || stat.size >= rotation.maxBytes)) {
      archive(dir, localDay(stat.mtimeMs));
    } else size = stat.size;
  }
  prune(dir, rotation.keepFiles);

  let pending = 0;
  let closed = false;
  const waiters = new Set<() => void>();
  const settle = () => {
    if (pending > 0) return;
    for (const done of waiters) done();
    waiters.clear();
  };
  // The file is opened synchronously (at start and at each rotation only) and handed to the
  // asynchronous writer as a descriptor: kiosk.log then exists before the first line is queued, so
  // a rotation in a burst of lines always has a file to rename, and lines queued before it finish
  // in the renamed file (same descriptor) while the next ones go to the new kiosk.log.
  const open = () => {
    const stream = pino.destination({ dest: openSync(path, 'a', 0o600), sync: false });
    stream.on('write', (bytes: number) => {
      pending -= bytes;
      settle();
    });
    // A full or unwritable disk must not stop the kiosk: say so, keep running.
    stream.on('error', (error: NodeJS.ErrnoException) => {
      process.stderr.write(`kiosk log: write failed (${error.code ?? error.name})\n`);
      pending = 0;
      settle();
    });
    return stream;
  };
  let stream = open();

  const rotate = (at: number) => {
    // An empty file is not worth a name of its own: it simply goes on with the new day.
    if (size > 0) {
      archive(dir, day);
      stream.end();
      stream = open();
      prune(dir, rotation.keepFiles);
    }
    size = 0;
    day = localDay(at);
    nextDayAt = startOfNextDay(at);
  };

  const flush = (timeoutMs = 2000): Promise<void> => {
    if (pending <= 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      // A stuck disk must not keep the kiosk from stopping.
      const timer = setTimeout(resolve, timeoutMs);
      waiters.add(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  };

  return {
    flush,
    write(line) {
      if (closed) return;
      const bytes = Buffer.byteLength(line);
      const at = now();
      if (at >= nextDayAt || (size > 0 && size + bytes > rotation.maxBytes)) rotate(at);
      size += bytes;
      pending += bytes;
      stream.write(line);
    },
    async close() {
      if (closed) return;
      await flush();
      closed = true;
      await new Promise<void>((resolve) => {
        stream.once('close', () => resolve());
        try {
          stream.end();
        } catch {
          resolve(); // already destroyed (a write error): nothing left to close
        }
      });
    },
  };
}

/** Every log file in the folder, oldest first, kiosk.log last: what a reader of "the log" wants. */
export function logFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const live = existsSync(join(dir, LOG_FILE)) ? [join(dir, LOG_FILE)] : [];
  return [...rotatedFiles(dir), ...live];
}

function rotatedFiles(dir: string): string[] {
  const byDayThenNumber = (a: RegExpExecArray, b: RegExpExecArray) =>
    a[1] === b[1] ? Number(a[2]) - Number(b[2]) : String(a[1]) < String(b[1]) ? -1 : 1;
  return readdirSync(dir)
    .map((name) => ROTATED.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort(byDayThenNumber)
    .map((match) => join(dir, match[0]));
}

function archive(dir: string, day: string): void {
  const taken = readdirSync(dir)
    .map((name) => ROTATED.exec(name))
    .filter((match) => match?.[1] === day)
    .map((match) => Number(match?.[2]));
  const next = Math.max(0, ...taken) + 1;
  try {
    renameSync(join(dir, LOG_FILE), join(dir, `kiosk.${day}.${next}.log`));
  } catch (error) {
    // Deleted by hand (nothing to keep), or held by another program (Windows): keep writing
    // to kiosk.log; the next bound tries again.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      process.stderr.write(
        `kiosk log: rotation failed (${(error as NodeJS.ErrnoException).code})\n`,
      );
  }
}

function prune(dir: string, keepFiles: number): void {
  const rotated = rotatedFiles(dir);
  for (const file of rotated.slice(0, Math.max(0, rotated.length - keepFiles))) {
    try {
      unlinkSync(file);
    } catch {
      // Held open by a reader (Windows): it goes at the next rotation.
    }
  }
}

function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function startOfNextDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}
