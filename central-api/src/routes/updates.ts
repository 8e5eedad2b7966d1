import { z } from 'zod';
import { authenticateTerminal } from '../auth';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { type ApiApp, refusal, refusals, terminalSecurity } from '../apiSchemas';
import {
  findRelease,
  releaseByFileName,
  releaseFile,
  currentRollout,
  toFeedRelease,
} from '../updates/releaseStore';
import { channelFile, isInRollout, platformOfChannelFile, SEMVER } from '../updates/rollout';
import { kioskVersionHeaders, updateFileParams } from './updatesSchemas';

/**
 * The update feed of electron-updater's generic provider, per terminal: the channel file
 * (latest.yml, latest-linux.yml) and the installers it names, both with the terminal's token.
 * The server decides who is offered a release (the staged rollout), so a terminal outside it is
 * told the version it already runs and its updater finds nothing to do.
 */
export function updateRoutes(app: ApiApp, { db, now }: Deps): void {
  app.get(
    '/v1/updates/:file',
    {
      schema: {
        operationId: 'getUpdateFile',
        tags: ['updates'],
        summary: "electron-updater's generic feed: the channel file or a release's installer",
        description:
          'latest.yml (Windows) or latest-linux.yml: the rollout release when this terminal is in the staged rollout (a stable hash of its id below the percentage, its agency among the chosen ones), otherwise the version it runs. Any other name: the installer of that name.',
        security: terminalSecurity,
        params: updateFileParams,
        headers: kioskVersionHeaders,
        response: {
          200: {
            description: 'The channel file (text/yaml) or the installer (application/octet-stream)',
            content: {
              'text/yaml': { schema: z.string() },
              'application/octet-stream': { schema: z.string().describe('binary') },
            },
          },
          ...refusals.badRequest,
          ...refusals.terminalAuth,
          404: refusal('release_not_found'),
        },
      },
    },
    async (request, reply) => {
      const { terminalId } = authenticateTerminal(db, request, now());
      const { file } = request.params;
      const platform = platformOfChannelFile(file);
      if (platform) {
        const terminal = db
          .prepare('SELECT agency_code, app_version FROM terminals WHERE id = ?')
          .get(terminalId) as { agency_code: string | null; app_version: string | null };
        const rollout = currentRollout(db);
        const offered = rollout && findRelease(db, rollout.version, platform);
        const body =
          offered && isInRollout(rollout, { id: terminalId, agencyCode: terminal.agency_code })
            ? channelFile(toFeedRelease(offered))
            : channelFile({ version: runningVersion(request.headers, terminal.app_version) });
        return reply
          .type('text/yaml; charset=utf-8')
          .header('cache-control', 'no-store')
          .send(body);
      }
      const release = releaseByFileName(db, file);
      if (!release) throw new ApiError(404, 'release_not_found', 'No release has this file');
      return reply
        .type('application/octet-stream')
        .header('content-length', release.size)
        .send(releaseFile(db, release).open());
    },
  );
}

/**
 * The version to answer a terminal outside the rollout: the one it says it runs, else its last
 * heartbeat's; 0.0.0 when neither is a version (an updater never goes down to it).
 */
function runningVersion(headers: { 'x-kiosk-version'?: string }, heartbeat: string | null): string {
  const said = headers['x-kiosk-version'];
  if (said && SEMVER.test(said)) return said;
  if (heartbeat && SEMVER.test(heartbeat)) return heartbeat;
  return '0.0.0';
}
