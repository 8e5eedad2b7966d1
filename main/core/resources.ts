import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the files of resources/ are at run time: KIOSK_RESOURCES_DIR when set; Electron's
 * resources folder in the packaged app (electron-builder's extraResources); the checkout's
 * resources/ beside dist/ (npm start, e2e) or under the working directory (tests, tsx).
 * `probe` is a path inside resources/ that must exist there, e.g. 'fonts/DejaVuSans.ttf'.
 */
export function findResource(probe: string, env: NodeJS.ProcessEnv = process.env): string {
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  const candidates = [
    env.KIOSK_RESOURCES_DIR,
    packaged,
    here && resolve(here, '..', '..', 'resources'),
    join(process.cwd(), 'resources'),
  ].filter((dir): dir is string => Boolean(dir));
  for (const dir of candidates) {
    const path = join(dir, probe);
    if (existsSync(path)) return path;
  }
  throw new Error(`resource ${probe} not found (run npm run build, or set KIOSK_RESOURCES_DIR)`);
}
