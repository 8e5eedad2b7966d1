import { createHash, randomUUID } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Db } from '../db/open';
import { ApiError } from '../errors';
import type { FeedRelease, ReleasePlatform, Rollout } from './rollout';

/** An Electron installer is 80-150 MB; four times that is surely not a kiosk build. */
export const MAX_RELEASE_BYTES = 600 * 1024 * 1024;

export interface ReleaseRow {
  version: string;
  platform: ReleasePlatform;
  file_name: string;
  size: number;
  sha512: string;
  uploaded_at: string;
}

/** The installer's name, chosen by the server: unique across releases, so a URL names one file. */
export function releaseFileName(version: string, platform: ReleasePlatform): string {
  return platform === 'win'
    ? `france-travail-kiosk-setup-${version}.exe`
    : `france-travail-kiosk-${version}.AppImage`;
}

/** The installers live in `releases/` beside the database (a deployment backs both up together). */
export function releasesDir(db: Db): string {
  return join(dirname(db.name), 'releases');
}

export const toFeedRelease = (row: ReleaseRow): FeedRelease => ({
  version: row.version,
  fileName: row.file_name,
  size: row.size,
  sha512: row.sha512,
  releaseDate: row.uploaded_at,
});

export function findRelease(
  db: Db,
  version: string,
  platform: ReleasePlatform,
): ReleaseRow | undefined {
  return db
    .prepare('SELECT * FROM releases WHERE version = ? AND platform = ?')
    .get(version, platform) as ReleaseRow | undefined;
}

export function releaseByFileName(db: Db, fileName: string): ReleaseRow | undefined {
  return db.prepare('SELECT * FROM releases WHERE file_name = ?').get(fileName) as
    ReleaseRow | undefined;
}

export function listReleases(db: Db): ReleaseRow[] {
  return db
    .prepare('SELECT * FROM releases ORDER BY uploaded_at DESC, version DESC, platform')
    .all() as ReleaseRow[];
}

export function releaseFile(db: Db, row: ReleaseRow): { path: string; open(): Readable } {
  const path = join(releasesDir(db), row.file_name);
  return { path, open: () => createReadStream(path) };
}

export interface ReceivedUpload {
  size: number;
  sha512: string;
  /** Moves the file under the release's name (only once its row is to be written). */
  keep(fileName: string): void;
  /** Deletes the received file (a refused or repeated upload). */
  drop(): void;
}

/**
 * Streams an uploaded installer to disk while hashing it (sha512, base64 as electron-updater
 * checks it): never the whole file in memory. Written under a temporary name, so a broken or
 * refused upload never replaces a release's file.
 */
export async function receiveUpload(
  db: Db,
  body: Readable,
  maxBytes = MAX_RELEASE_BYTES,
): Promise<ReceivedUpload> {
  const dir = releasesDir(db);
  mkdirSync(dir, { recursive: true });
  const partial = join(dir, `.upload-${randomUUID()}`);
  const drop = () => rmSync(partial, { force: true });
  const hash = createHash('sha512');
  let size = 0;
  const out = createWriteStream(partial);
  try {
    await new Promise<void>((resolve, reject) => {
      body.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          body.destroy();
          reject(new ApiError(413, 'payload_too_large', 'An installer is at most 600 MB'));
          return;
        }
        hash.update(chunk);
        if (!out.write(chunk)) {
          body.pause();
          out.once('drain', () => body.resume());
        }
      });
      let ended = false;
      body.on('error', reject);
      body.on('end', () => {
        ended = true;
        out.end();
      });
      // A client that goes away mid-file: no 'end', maybe no 'error' either.
      body.on('close', () => {
        if (!ended)
          reject(new ApiError(400, 'upload_aborted', 'The upload stopped before its end'));
      });
      out.on('error', reject);
      out.on('finish', resolve);
    });
    if (size === 0) throw new ApiError(400, 'empty_release', 'The installer file is empty');
  } catch (error) {
    // The file may still be opening: removed once the stream has closed, or it would reappear.
    if (!out.closed)
      await new Promise<void>((resolve) => {
        out.once('close', () => resolve());
        out.destroy();
      });
    drop();
    throw error;
  }
  return {
    size: statSync(partial).size,
    sha512: hash.digest('base64'),
    keep: (fileName) => renameSync(partial, join(dir, fileName)),
    drop,
  };
}

interface RolloutRow {
  version: string;
  percentage: number;
  agency_codes_json: string | null;
  updated_at: string;
}

export function currentRollout(db: Db): (Rollout & { updatedAt: string }) | undefined {
  const row = db.prepare('SELECT * FROM update_rollout WHERE id = 1').get() as
    RolloutRow | undefined;
  if (!row) return undefined;
  return {
    version: row.version,
    percentage: row.percentage,
    agencyCodes:
      row.agency_codes_json === null ? null : (JSON.parse(row.agency_codes_json) as string[]),
    updatedAt: row.updated_at,
  };
}

export function saveRollout(db: Db, rollout: Rollout, staffId: number, at: Date): void {
  db.prepare(
    `INSERT INTO update_rollout (id, version, percentage, agency_codes_json, updated_by, updated_at)
     VALUES (1, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, percentage = excluded.percentage,
       agency_codes_json = excluded.agency_codes_json, updated_by = excluded.updated_by,
       updated_at = excluded.updated_at`,
  ).run(
    rollout.version,
    rollout.percentage,
    rollout.agencyCodes === null ? null : JSON.stringify(rollout.agencyCodes),
    staffId,
    at.toISOString(),
  );
}

/** How many terminals reported each version in their heartbeat (the fleet's real state). */
export function versionCounts(db: Db): Array<{ version: string; terminals: number }> {
  return db
    .prepare(
      `SELECT app_version AS version, COUNT(*) AS terminals FROM terminals
       WHERE app_version IS NOT NULL GROUP BY app_version ORDER BY terminals DESC, version`,
    )
    .all() as Array<{ version: string; terminals: number }>;
}
