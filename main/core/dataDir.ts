import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes sure `dir` exists and is a folder, creating the missing levels one at a time. Node's
 * recursive mkdir never returns when the system answers "no such file" for a folder whose parent
 * exists (a missing Windows drive, /proc on Linux): the kiosk would hang without a word. Throws an
 * Error whose message is the system's code (ENOTDIR, EACCES, ENOENT…).
 */
export function ensureFolder(dir: string): void {
  const missing: string[] = [];
  for (let level = resolve(dir); !existsSync(level); level = dirname(level)) {
    missing.unshift(level);
    if (dirname(level) === level) break;
  }
  for (const level of missing) {
    try {
      mkdirSync(level, { mode: 0o700 });
    } catch (error) {
      // Made meanwhile by another process: fine as long as it is a folder (checked below).
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  if (!statSync(dir).isDirectory()) throw new Error('ENOTDIR');
}
