import { spawn } from 'node:child_process';
import { ScannerError } from './port';

/**
 * Runs a scanner helper that answers and exits (device lists), killing it after `timeoutMs`: a
 * helper that cannot start or never answers is "no scanner", never a hang.
 */
export function runToEnd(
  helper: string,
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.once('error', () => {
      clearTimeout(timer);
      reject(new ScannerError('no_scanner', `${helper} cannot start`));
    });
    child.once('close', (_code, signal) => {
      clearTimeout(timer);
      if (signal) reject(new ScannerError('no_scanner', `${helper} did not answer`));
      else resolve(out);
    });
  });
}
