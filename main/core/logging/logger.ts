import pino, { type DestinationStream } from 'pino';
import { pinoRedactPaths, REDACTED, redact, redactText } from './redact';
import { openRotatingFile, type RotatingFile, type RotationOptions } from './rotatingFile';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured log lines: an event name (a fixed string, never data) and redacted fields. */
export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  child(component: string): Logger;
  /**
   * Resolves once the lines written so far are in the file. Lines are written asynchronously, so a
   * step that others read the log after (a visit's end, stopping) awaits this. Optional: loggers
   * that keep nothing (silentLogger, test doubles) need not have it.
   */
  flush?(): Promise<void>;
}

/** The logger the entry points own: they flush and close it when the kiosk stops. */
export interface KioskLogger extends Logger {
  flush(): Promise<void>;
  /** Flushes and closes the file; call last, just before the process exits. */
  close(): Promise<void>;
}

export interface LoggerOptions {
  /** Folder for kiosk.log (JSON lines, rotated: see rotatingFile.ts); none: no file. */
  dir?: string;
  rotation?: RotationOptions;
  /** Also print to stderr (development, browser mode). */
  console?: boolean;
  level?: LogLevel;
  component?: string;
}

export function createLogger(options: LoggerOptions = {}): KioskLogger {
  const file = options.dir ? openRotatingFile(options.dir, options.rotation) : undefined;
  const root = pino(
    {
      level: options.level ?? 'info',
      base: null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: pinoRedactPaths(), censor: REDACTED },
    },
    destination(file, options.console ?? false),
  );

  const build = (component: string | undefined): Logger => {
    // Children hang off the root, not their parent: a pino child of a child would repeat the key.
    const target = component ? root.child({ component }) : root;
    const at =
      (level: LogLevel) =>
      (event: string, fields?: Record<string, unknown>): void => {
        if (!target.isLevelEnabled(level)) return;
        target[level]({
          event: redactText(event),
          ...(fields ? (redact(fields) as Record<string, unknown>) : {}),
        });
      };
    return {
      debug: at('debug'),
      info: at('info'),
      warn: at('warn'),
      error: at('error'),
      child: (name) => build(component ? `${component}.${name}` : name),
      flush,
    };
  };
  const flush = () => file?.flush() ?? Promise.resolve();
  const close = () => file?.close() ?? Promise.resolve();
  return { ...build(options.component), flush, close };
}

function destination(file: RotatingFile | undefined, toConsole: boolean): DestinationStream {
  return {
    write(line: string) {
      file?.write(line);
      if (toConsole) process.stderr.write(line);
    },
  };
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
