import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The ROME index the central API serves to terminals (resources/rome/rome-index.json, built by
 * scripts/build-rome-index.mjs). Read once, kept as the JSON text it is sent as; its version is
 * what terminals compare with their own copy.
 */
export interface RomeIndexStore {
  /** undefined when no index file is available (the routes answer 404 rome_index_unavailable). */
  current(): { version: string; json: string } | undefined;
}

export function romeIndexFromFile(file?: string): RomeIndexStore {
  let loaded: { version: string; json: string } | null | undefined;
  return {
    current() {
      if (loaded === undefined) {
        const path = file ?? defaultIndexFile();
        if (!path || !existsSync(path)) loaded = null;
        else {
          const json = readFileSync(path, 'utf8');
          const { version } = JSON.parse(json) as { version?: unknown };
          loaded = typeof version === 'string' ? { version, json } : null;
        }
      }
      return loaded ?? undefined;
    },
  };
}

/** The index given as an object (tests: a newer version than the terminal's). */
export function romeIndexFromValue(index: { version: string }): RomeIndexStore {
  const entry = { version: index.version, json: JSON.stringify(index) };
  return { current: () => entry };
}

function defaultIndexFile(): string | undefined {
  return resourceFile(join('rome', 'rome-index.json'));
}

/** A generated data file of resources/ (ROME index, places index), wherever this runs from. */
export function resourceFile(relative: string): string | undefined {
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env.KIOSK_RESOURCES_DIR,
    packaged,
    // Bundled into dist/main/*.cjs by the kiosk's build: the checkout's resources/.
    here && resolve(here, '..', '..', 'resources'),
    join(process.cwd(), 'resources'),
  ];
  for (const dir of candidates) {
    if (dir && existsSync(join(dir, relative))) return join(dir, relative);
  }
  return undefined;
}
