import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { redact, redactText } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Structured log lines: an event name (a fixed string, never data) and redacted fields. */
export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  child(component: string): Logger;
}

export interface LoggerOptions {
  /** Folder for kiosk.log (JSON lines); none: no file. */
  dir?: string;
  /** Also print to stderr (development, browser mode). */
  console?: boolean;
  level?: LogLevel;
  component?: string;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(options: LoggerOptions = {}): Logger {
  const file = options.dir ? join(options.dir, 'kiosk.log') : undefined;
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  const min = ORDER[options.level ?? 'info'];

  const write =
    (component: string | undefined) =>
    (level: LogLevel) =>
    (event: string, fields?: Record<string, unknown>) => {
      if (ORDER[level] < min) return;
      const line = JSON.stringify({
        time: new Date().toISOString(),
        level,
        ...(component ? { component } : {}),
        event: redactText(event),
        ...(fields ? (redact(fields) as Record<string, unknown>) : {}),
      });
      if (file) appendFileSync(file, `${line}\n`, { mode: 0o600 });
      if (options.console) process.stderr.write(`${line}\n`);
    };

  const build = (component: string | undefined): Logger => {
    const at = write(component);
    return {
      debug: at('debug'),
      info: at('info'),
      warn: at('warn'),
      error: at('error'),
      child: (name) => build(component ? `${component}.${name}` : name),
    };
  };
  return build(options.component);
}

/** A logger that drops everything (tests that do not look at logs). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
