/**
 * The terminal's health for the fleet view, gathered as the kiosk works: devices' last outcome,
 * visits ended today (a count), the last error's code (a log event name, never its fields, which
 * could hold data). Nothing here costs anything at heartbeat time but reading a few numbers.
 */
import type { Logger } from '../logging';

export type DeviceState = 'ok' | 'error' | 'absent' | 'unknown';
export type Device = 'scanner' | 'printer' | 'camera';

export interface TerminalHealth {
  uptimeSeconds: number;
  devices: Record<Device, DeviceState>;
  visitsToday: number;
  lastErrorCode: string | null;
}

export class HealthRecorder {
  private readonly devices: Record<Device, DeviceState>;
  private visits = 0;
  private visitsDay = '';
  private lastError: string | null = null;

  constructor(
    absent: Partial<Record<Device, boolean>>,
    private readonly now: () => Date = () => new Date(),
  ) {
    const initial = (device: Device): DeviceState => (absent[device] ? 'absent' : 'unknown');
    this.devices = {
      scanner: initial('scanner'),
      printer: initial('printer'),
      camera: initial('camera'),
    };
  }

  device(device: Device, ok: boolean): void {
    if (this.devices[device] !== 'absent') this.devices[device] = ok ? 'ok' : 'error';
  }

  visitEnded(): void {
    const day = this.localDay();
    if (day !== this.visitsDay) {
      this.visitsDay = day;
      this.visits = 0;
    }
    this.visits += 1;
  }

  error(code: string): void {
    // Event names are codes such as `visit.wipe_step_failed`; anything else is not kept.
    if (/^[a-z0-9_.-]{1,64}$/i.test(code)) this.lastError = code.toLowerCase();
  }

  snapshot(): TerminalHealth {
    return {
      uptimeSeconds: Math.floor(process.uptime()),
      devices: { ...this.devices },
      visitsToday: this.localDay() === this.visitsDay ? this.visits : 0,
      lastErrorCode: this.lastError,
    };
  }

  private localDay(): string {
    return this.now().toDateString();
  }
}

/** The same logger, whose error lines also leave their event name as the last error code. */
export function recordingErrors(logger: Logger, health: HealthRecorder): Logger {
  const wrapped: Logger = {
    debug: (event, fields) => logger.debug(event, fields),
    info: (event, fields) => logger.info(event, fields),
    warn: (event, fields) => logger.warn(event, fields),
    error: (event, fields) => {
      health.error(event);
      logger.error(event, fields);
    },
    child: (component) => recordingErrors(logger.child(component), health),
  };
  if (logger.flush) wrapped.flush = () => logger.flush?.() ?? Promise.resolve();
  return wrapped;
}
