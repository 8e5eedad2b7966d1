import type { KioskConfig } from '../config';

/** What the shell needs to point electron-updater at the central API. */
export interface UpdateFeed {
  /** The generic provider's base URL: latest.yml and the installers are read under it. */
  url: string;
  /** Headers for the next check and download: a live terminal token and the running version. */
  headers(): Promise<Record<string, string>>;
  firstCheckMs: number;
  checkIntervalMs: number;
  /** Windows: the signers an installer must carry (electron-updater checks it before installing). */
  publisherNames?: readonly string[];
}

/**
 * Updates come from the central API the terminal talks to. On unless the config says otherwise
 * when a central API is configured; off for the embedded demo (no fleet, nobody uploads releases).
 */
export function updatesEnabled(config: Pick<KioskConfig, 'updates' | 'centralApi'>): boolean {
  return config.updates.enabled ?? Boolean(config.centralApi.url);
}

export function createUpdateFeed(options: {
  config: Pick<KioskConfig, 'updates' | 'centralApi'>;
  apiBaseUrl: string;
  appVersion: string;
  authorization(): Promise<string>;
}): UpdateFeed | undefined {
  const { config } = options;
  if (!updatesEnabled(config)) return undefined;
  return {
    url: `${options.apiBaseUrl.replace(/\/+$/, '')}/v1/updates/`,
    async headers() {
      return {
        Authorization: await options.authorization(),
        'X-Kiosk-Version': options.appVersion,
      };
    },
    firstCheckMs: config.updates.firstCheckSeconds * 1000,
    checkIntervalMs: config.updates.checkIntervalMinutes * 60_000,
    publisherNames: config.updates.publisherNames,
  };
}
