import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KioskError } from '../../../shared/contract';

/**
 * Prints a PDF the kiosk made (a receipt, a letter, a CV) on the agency's printer. Features build
 * the PDF in main and hand the bytes here; nothing is kept after the job is sent.
 */
export interface Printer {
  print(pdf: Uint8Array, job: { kind: string }): Promise<void>;
}

export type PrinterSetting =
  | { kind: 'none' }
  /** CUPS through `lp` (Linux agencies; on Windows the shell prints through Chromium instead). */
  | { kind: 'lp'; destination?: string }
  /** Tests only: each job lands in this folder so a test can read back what was printed. */
  | { kind: 'capture'; dir: string };

export function createPrinter(setting: PrinterSetting): Printer {
  switch (setting.kind) {
    case 'none':
      return {
        print: async () => {
          throw new KioskError('printer_unavailable', 'no printer configured');
        },
      };
    case 'capture': {
      let count = 0;
      return {
        async print(pdf, job) {
          mkdirSync(setting.dir, { recursive: true });
          count += 1;
          writeFileSync(join(setting.dir, `${Date.now()}-${count}-${job.kind}.pdf`), pdf);
        },
      };
    }
    case 'lp':
      return { print: (pdf) => printWithLp(pdf, setting.destination) };
  }
}

function printWithLp(pdf: Uint8Array, destination: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = destination ? ['-d', destination, '-'] : ['-'];
    const child = spawn('lp', args, { stdio: ['pipe', 'ignore', 'ignore'] });
    child.on('error', () => reject(new KioskError('printer_unavailable', 'lp not available')));
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new KioskError('printer_unavailable', `lp exited with ${code}`)),
    );
    child.stdin.end(pdf);
  });
}
