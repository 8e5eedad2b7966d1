import { createHash } from 'node:crypto';

/** The platforms a release carries an installer for, and the feed file each one's updater reads. */
export const releasePlatforms = ['win', 'linux'] as const;
export type ReleasePlatform = (typeof releasePlatforms)[number];

/**
 * electron-updater's generic provider asks for `latest.yml` on Windows and `latest-linux.yml`
 * (`latest-linux-arm64.yml` on ARM) on Linux: the channel file names which platform's installer
 * the terminal can run.
 */
export function platformOfChannelFile(name: string): ReleasePlatform | undefined {
  if (name === 'latest.yml') return 'win';
  if (name === 'latest-linux.yml' || name === 'latest-linux-arm64.yml') return 'linux';
  return undefined;
}

/** Semantic Versioning 2.0.0 (its own regular expression): what electron-updater compares. */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

export interface Rollout {
  version: string;
  /** 0-100: the share of terminals (of the chosen agencies) offered the version. */
  percentage: number;
  /** null: every agency. */
  agencyCodes: readonly string[] | null;
}

/**
 * A terminal's place in a release's rollout, 0-99, stable for that terminal and release: raising
 * the percentage only adds terminals (none that had it loses it), and the version in the hash
 * makes each release start on a different set of terminals, so the same few are not always first.
 */
export function rolloutBucket(terminalId: string, version: string): number {
  return createHash('sha256').update(`${version}\0${terminalId}`).digest().readUInt32BE(0) % 100;
}

/** Whether a terminal (its id and agency) is offered the rollout's version. */
export function isInRollout(
  rollout: Rollout,
  terminal: { id: string; agencyCode: string | null },
): boolean {
  if (rollout.agencyCodes !== null) {
    if (terminal.agencyCode === null || !rollout.agencyCodes.includes(terminal.agencyCode))
      return false;
  }
  return rolloutBucket(terminal.id, rollout.version) < rollout.percentage;
}

export interface FeedRelease {
  version: string;
  fileName: string;
  size: number;
  sha512: string;
  releaseDate: string;
}

/**
 * The channel file electron-updater's generic provider parses (the shape electron-builder writes:
 * files with url, sha512 and size; path and sha512 repeated at the top for older updaters).
 * Without a release, only the version: the updater compares it with its own and stops there.
 * Every value is quoted: a version such as 1.10 must not become a number.
 */
export function channelFile(release: FeedRelease | { version: string }): string {
  const q = (value: string) => JSON.stringify(value);
  if (!('fileName' in release)) return `version: ${q(release.version)}\n`;
  return [
    `version: ${q(release.version)}`,
    'files:',
    `  - url: ${q(release.fileName)}`,
    `    sha512: ${q(release.sha512)}`,
    `    size: ${release.size}`,
    `path: ${q(release.fileName)}`,
    `sha512: ${q(release.sha512)}`,
    `releaseDate: ${q(release.releaseDate)}`,
    '',
  ].join('\n');
}
