import { existsSync, readFileSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import {
  kioskLocales,
  visitDurationDefaults,
  visitDurationsSchema,
} from '../../shared/config/pushable';
import { keyboardModes, speechEngines } from '../../shared/contract';
import { ensureFolder } from './dataDir';

/**
 * The one file IT edits (docs/CONFIG.md). Every field has a default so a fresh machine starts with
 * nothing configured: no central API URL means the reference central API is started embedded.
 */
export const kioskConfigSchema = z
  .object({
    locale: z.enum(kioskLocales).default('fr'),
    /** The on-screen keyboard on text fields (docs/CONFIG.md). */
    keyboard: z.enum(keyboardModes).default('auto'),
    dataDir: z.string().min(1).optional(),
    centralApi: z
      .object({
        // http(s) only: the API client speaks nothing else, and file: or javascript: are no servers.
        url: z
          .url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' })
          .optional(),
        timeoutMs: z.number().int().positive().default(8000),
      })
      .strict()
      .default({ timeoutMs: 8000 }),
    terminal: z
      .object({
        label: z
          .string()
          .min(1)
          .max(64)
          .default(() => hostname().slice(0, 64) || 'borne'),
        /**
         * IT's one-time enrolment code for this terminal (console « Enrôler une borne », or
         * `npm run central-api -- enrolment-code <label>`): required with centralApi.url until
         * the terminal holds its own credential; a new one re-enrols it.
         */
        enrolmentCode: z.string().min(8).max(64).optional(),
        /**
         * A shared enrolment token: enrols a label never enrolled. No default: the embedded demo
         * uses its own (EMBEDDED_DEMO_ENROLMENT_TOKEN), which a configured central API refuses.
         */
        enrolmentToken: z.string().min(8).optional(),
        /** The agency this terminal stands in (its code at the central API, e.g. PARIS11). */
        agencyCode: z
          .string()
          .regex(/^[A-Z0-9-]{2,32}$/)
          .optional(),
      })
      .strict()
      .default(() => ({
        label: hostname().slice(0, 64) || 'borne',
        // The embedded demo's terminals stand in the demo Paris agency, where its staff work.
        agencyCode: 'PARIS11',
      })),
    /** The visit's durations (shared with the configuration IT pushes from the console). */
    visit: visitDurationsSchema.default(visitDurationDefaults),
    host: z
      .object({
        port: z.number().int().min(0).max(65535).default(5170),
        openWindow: z.boolean().default(true),
        /** Browser mode: a visit with no page connected for this long ends as a crash. */
        pageLostGraceSeconds: z.number().int().positive().max(600).default(5),
      })
      .strict()
      .default({ port: 5170, openWindow: true, pageLostGraceSeconds: 5 }),
    shell: z
      .object({
        origin: z.url().default('https://kiosque.localhost'),
        devTools: z.boolean().default(false),
        /** Relaunch the app after this many visits (between two visits); 0 turns it off. */
        relaunchEveryVisits: z.number().int().min(0).default(50),
        /** Relaunch every night at this local hour (0-23; null turns it off), between visits. */
        nightlyRelaunchHour: z.number().int().min(0).max(23).nullable().default(3),
      })
      .strict()
      .default({
        origin: 'https://kiosque.localhost',
        devTools: false,
        relaunchEveryVisits: 50,
        nightlyRelaunchHour: 3,
      }),
    /**
     * New versions from the central API (electron-updater, generic feed), installed between
     * visits. enabled: none means on when centralApi.url is set, off for the embedded demo.
     */
    updates: z
      .object({
        enabled: z.boolean().optional(),
        checkIntervalMinutes: z.number().int().min(5).max(1440).default(60),
        firstCheckSeconds: z.number().int().min(0).max(3600).default(120),
        /** Windows: the Authenticode publisher names an installer must be signed by to install. */
        publisherNames: z.array(z.string().min(1).max(200)).min(1).optional(),
      })
      .strict()
      .default({ checkIntervalMinutes: 60, firstCheckSeconds: 120 }),
    /**
     * kiosk.log's rotation: a new file every local day and before one passes maxFileMegabytes;
     * keepFiles closed files are kept, so the logs never take more than (keepFiles + 1) × the size.
     */
    logging: z
      .object({
        maxFileMegabytes: z.number().int().min(1).max(1024).default(10),
        keepFiles: z.number().int().min(1).max(366).default(14),
      })
      .strict()
      .default({ maxFileMegabytes: 10, keepFiles: 14 }),
    /** The hidden admin exit (docs/CONFIG.md, `npm run admin-pin`). No hash: the exit is disabled. */
    admin: z
      .object({
        pinHash: z
          .string()
          .regex(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, {
            message: 'not a hash printed by npm run admin-pin',
          })
          .optional(),
      })
      .strict()
      .default({}),
    /** The agency printer: CUPS `lp` (default destination unless named), or none. */
    printer: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('none') }).strict(),
        z.object({ kind: z.literal('lp'), destination: z.string().min(1).optional() }).strict(),
        z.object({ kind: z.literal('capture'), dir: z.string().min(1) }).strict(),
      ])
      .default({ kind: 'lp' }),
    /** The document scanner (docs/CONFIG.md): backend, device, default resolution and source. */
    scanner: z
      .object({
        backend: z.enum(['sane', 'wia', 'naps2', 'none']).default('sane'),
        /** Backend device name; none: the first device the backend lists. SANE test backend: 'test:0'. */
        device: z.string().min(1).optional(),
        resolution: z.number().int().min(75).max(600).default(200),
        source: z.enum(['flatbed', 'feeder']).default('flatbed'),
        mode: z.enum(['Gray', 'Color']).default('Gray'),
        /** SANE only: a SANE_CONFIG_DIR for scanimage (tests and CI point it at the test backend). */
        saneConfigDir: z.string().min(1).optional(),
        /** NAPS2 only: NAPS2.Console.exe; none: its default Windows install path. */
        naps2Path: z.string().min(1).optional(),
        /** NAPS2 only: the driver NAPS2 scans through; none: wia. */
        naps2Driver: z.enum(['wia', 'twain', 'escl']).optional(),
      })
      .strict()
      .default({ backend: 'sane', resolution: 200, source: 'flatbed', mode: 'Gray' }),
    /** Spoken output (docs/CONFIG.md): the engine, and where espeak-ng is. */
    speech: z
      .object({
        engine: z.enum(speechEngines).default('auto'),
        espeakPath: z.string().min(1).default('espeak-ng'),
        /** Tests only, engine `recording`: the folder the utterances are written to as text. */
        recordTo: z.string().min(1).optional(),
      })
      .strict()
      .default({ engine: 'auto', espeakPath: 'espeak-ng' }),
  })
  .strict();

/**
 * The embedded demo central API's shared enrolment token (central-api/src/seed.ts): only a
 * demo-seeded API accepts it, so the kiosk uses it only when it starts that API itself.
 */
export const EMBEDDED_DEMO_ENROLMENT_TOKEN = 'demo-enrolment-token';

/**
 * Why a config that names a central API cannot enrol the terminal, or undefined when it can: a
 * production terminal never relies on a default secret, it needs IT's code or its own credential.
 */
export function enrolmentConfigProblem(
  config: KioskConfig,
  hasCredential: boolean,
): string | undefined {
  if (!config.centralApi.url) return undefined;
  const where = config.sourcePath ? ` in ${config.sourcePath}` : '';
  if (config.terminal.enrolmentToken === EMBEDDED_DEMO_ENROLMENT_TOKEN)
    return `terminal.enrolmentToken${where}: the demo enrolment token only works with the embedded demo central API; remove it and set terminal.enrolmentCode to the code IT issued for this terminal`;
  if (!config.terminal.enrolmentCode && !hasCredential)
    return `terminal.enrolmentCode${where} is required with centralApi.url: ask IT for this terminal's enrolment code (staff console « Enrôler une borne », label ${config.terminal.label})`;
  return undefined;
}

export type KioskConfig = z.output<typeof kioskConfigSchema> & {
  dataDir: string;
  sourcePath?: string;
};

/** Per-OS user data folder, as Electron's app.getPath('userData') would give for this app. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  const name = 'france-travail-kiosk';
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', name);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), name);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the config file (KIOSK_CONFIG, else <dataDir>/kiosk.json if present), then applies the
 * environment overrides that development and tests use, and makes sure the data folder exists.
 * Throws ConfigError, in one line, with the file or field at fault.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): KioskConfig {
  const dataDirFromEnv = env.KIOSK_DATA_DIR;
  const candidate = env.KIOSK_CONFIG ?? join(dataDirFromEnv ?? defaultDataDir(env), 'kiosk.json');
  let raw: Record<string, unknown> = {};
  let sourcePath: string | undefined;
  if (existsSync(candidate)) {
    raw = readConfigFile(candidate);
    sourcePath = candidate;
    // The file is checked as written, so a bad value an environment variable hides today is not
    // left to break the terminal the day the variable is gone.
    parseConfig(raw, sourcePath);
  } else if (env.KIOSK_CONFIG) {
    throw new ConfigError(`KIOSK_CONFIG points to ${candidate}, which does not exist`);
  }
  const config = parseConfig(applyEnvOverrides(raw, env), sourcePath);
  try {
    ensureFolder(config.dataDir);
  } catch (error) {
    throw new ConfigError(
      `cannot create the data folder ${config.dataDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  return config;
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(`cannot read ${path}: ${reason}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new ConfigError(`${path} must hold a JSON object ({ … }), not ${found}`);
  }
  return value as Record<string, unknown>;
}

export function parseConfig(raw: unknown, sourcePath?: string): KioskConfig {
  const parsed = kioskConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const where = sourcePath ? ` in ${sourcePath}` : '';
    const problems = parsed.error.issues.map(
      (i) => `${i.path.join('.') || '(root)'}: ${i.message}`,
    );
    throw new ConfigError(`invalid kiosk configuration${where}: ${problems.join('; ')}`);
  }
  const config = parsed.data;
  return { ...config, dataDir: config.dataDir ?? defaultDataDir(), sourcePath };
}

function applyEnvOverrides(
  raw: Record<string, unknown>,
  env: NodeJS.ProcessEnv,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  const section = (key: string): Record<string, unknown> => {
    const current = (out[key] as Record<string, unknown> | undefined) ?? {};
    out[key] = { ...current };
    return out[key] as Record<string, unknown>;
  };
  if (env.KIOSK_DATA_DIR) out.dataDir = env.KIOSK_DATA_DIR;
  if (env.KIOSK_API_URL) section('centralApi').url = env.KIOSK_API_URL;
  if (env.KIOSK_ENROLMENT_CODE) section('terminal').enrolmentCode = env.KIOSK_ENROLMENT_CODE;
  if (env.KIOSK_PORT) section('host').port = Number(env.KIOSK_PORT);
  if (env.KIOSK_NO_WINDOW === '1') section('host').openWindow = false;
  if (env.KIOSK_IDLE_WARNING_SECONDS)
    section('visit').idleWarningAfterSeconds = Number(env.KIOSK_IDLE_WARNING_SECONDS);
  if (env.KIOSK_PAGE_LOST_GRACE_SECONDS)
    section('host').pageLostGraceSeconds = Number(env.KIOSK_PAGE_LOST_GRACE_SECONDS);
  if (env.KIOSK_ADMIN_PIN_HASH) section('admin').pinHash = env.KIOSK_ADMIN_PIN_HASH;
  if (env.KIOSK_MAX_VISIT_MINUTES)
    section('visit').maxVisitMinutes = Number(env.KIOSK_MAX_VISIT_MINUTES);
  if (env.KIOSK_MAX_WARNING_SECONDS)
    section('visit').maxWarningSeconds = Number(env.KIOSK_MAX_WARNING_SECONDS);
  if (env.KIOSK_IDLE_COUNTDOWN_SECONDS)
    section('visit').idleCountdownSeconds = Number(env.KIOSK_IDLE_COUNTDOWN_SECONDS);
  // Tests read back printed PDFs from this folder (kept outside the data folder on purpose).
  if (env.KIOSK_PRINT_CAPTURE_DIR)
    out.printer = { kind: 'capture', dir: env.KIOSK_PRINT_CAPTURE_DIR };
  if (env.KIOSK_SCANNER_DEVICE) section('scanner').device = env.KIOSK_SCANNER_DEVICE;
  if (env.KIOSK_SCANNER_SOURCE) section('scanner').source = env.KIOSK_SCANNER_SOURCE;
  if (env.KIOSK_SCANNER_RESOLUTION)
    section('scanner').resolution = Number(env.KIOSK_SCANNER_RESOLUTION);
  if (env.KIOSK_SCANNER_MODE) section('scanner').mode = env.KIOSK_SCANNER_MODE;
  if (env.KIOSK_KEYBOARD) out.keyboard = env.KIOSK_KEYBOARD;
  // Tests check what would be spoken as text: the recording engine writes it to this folder.
  if (env.KIOSK_SPEECH_RECORD_TO) section('speech').engine = 'recording';
  if (env.KIOSK_SPEECH_RECORD_TO) section('speech').recordTo = env.KIOSK_SPEECH_RECORD_TO;
  if (env.KIOSK_SANE_CONFIG_DIR) section('scanner').saneConfigDir = env.KIOSK_SANE_CONFIG_DIR;
  return out;
}
