/** The printer and the scanner, watched: each outcome sets the device's state for the fleet view. */
import type { Printer } from '../print/printer';
import type { Scanner } from '../scanner';
import type { HealthRecorder } from './health';

export function watchPrinter(printer: Printer, health: HealthRecorder): Printer {
  return {
    async print(pdf, job) {
      try {
        await printer.print(pdf, job);
        health.device('printer', true);
      } catch (error) {
        health.device('printer', false);
        throw error;
      }
    },
  };
}

/** Problems of the machine, not of the person's paper (no documents, busy): those say nothing. */
const deviceFaults = new Set(['no_scanner', 'jammed', 'disconnected', 'cover_open', 'failed']);

export function watchScanner(scanner: Scanner, health: HealthRecorder): Scanner {
  return {
    list: () => scanner.list(),
    options: (device) => scanner.options(device),
    scan(request, events) {
      const job = scanner.scan(request, events);
      job.done.then(
        () => health.device('scanner', true),
        (error: unknown) => {
          const code = (error as { code?: unknown }).code;
          if (typeof code === 'string' && deviceFaults.has(code)) health.device('scanner', false);
        },
      );
      return job;
    },
  };
}
