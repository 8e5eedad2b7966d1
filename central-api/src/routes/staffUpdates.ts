import type { Readable } from 'node:stream';
import { agencyByCode, agencyCodes } from '../agencies';
import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { answer, type ApiApp, refusal, refusals } from '../apiSchemas';
import { authenticateStaff } from '../staff/auth';
import { auditStaff } from '../staff/audit';
import { staffSecurity } from '../staff/sessions';
import { staffConsoleHeaders } from '../staff/schemas';
import {
  currentRollout,
  findRelease,
  listReleases,
  MAX_RELEASE_BYTES,
  receiveUpload,
  releaseFileName,
  saveRollout,
  versionCounts,
  type ReleaseRow,
} from '../updates/releaseStore';
import { isInRollout } from '../updates/rollout';
import { release, releaseParams, rolloutRequest, updatesOverview } from './updatesSchemas';

const IT_ONLY = ['it'] as const;

const releaseOf = (row: ReleaseRow) => ({
  version: row.version,
  platform: row.platform,
  fileName: row.file_name,
  size: row.size,
  sha512: row.sha512,
  uploadedAt: row.uploaded_at,
});

/**
 * IT's side of updates (/v1/staff/...): upload a release, set the staged rollout, see which
 * versions the terminals run. PUT, not POST: uploading the same file for a version again, or
 * setting the same rollout again, is harmless by nature, so a retry needs no Idempotency-Key.
 */
export function staffUpdateRoutes(app: ApiApp, deps: Deps): void {
  // Installers are raw bytes streamed to disk: a parser for them in this scope only, passing the
  // stream on (the release store counts and caps the size itself).
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/octet-stream', (_request, payload, done) =>
      done(null, payload),
    );
    routes(scope, deps);
  });
}

function routes(app: ApiApp, { db, now }: Deps): void {
  app.put(
    '/v1/staff/releases/:platform/:version',
    {
      schema: {
        operationId: 'uploadRelease',
        tags: ['staff', 'updates'],
        summary: 'Upload a kiosk installer (IT): the body is the file itself',
        description: `application/octet-stream, at most ${MAX_RELEASE_BYTES / 1024 / 1024} MB. The server names the file and computes its sha512. The same file again answers 200; another file for a version already uploaded, 409.`,
        security: staffSecurity,
        headers: staffConsoleHeaders,
        params: releaseParams,
        response: {
          200: answer('Already uploaded, the same file', release),
          201: answer('Uploaded', release),
          ...refusals.badRequest,
          401: refusal('staff_auth_required'),
          403: refusal('staff_role_forbidden (IT only) or staff_console_header_required'),
          409: refusal('release_exists: this version has another file'),
          413: refusal('payload_too_large'),
          415: refusal('unsupported_media_type: the body must be application/octet-stream'),
        },
      },
    },
    async (request, reply) => {
      const staff = authenticateStaff(db, request, now(), IT_ONLY);
      const { platform, version } = request.params;
      const body = request.body as Readable | undefined;
      if (!body || typeof body.pipe !== 'function')
        throw new ApiError(
          415,
          'unsupported_media_type',
          'Send the installer as application/octet-stream',
        );
      // Said before reading anything when the client announces the size.
      if (Number(request.headers['content-length'] ?? 0) > MAX_RELEASE_BYTES)
        throw new ApiError(413, 'payload_too_large', 'An installer is at most 600 MB');
      const upload = await receiveUpload(db, body);
      const existing = findRelease(db, version, platform);
      if (existing) {
        upload.drop();
        if (existing.sha512 !== upload.sha512)
          throw new ApiError(409, 'release_exists', 'This version already has another installer');
        return reply.code(200).send(releaseOf(existing));
      }
      const at = now();
      const fileName = releaseFileName(version, platform);
      upload.keep(fileName);
      db.transaction(() => {
        db.prepare(
          `INSERT INTO releases (version, platform, file_name, size, sha512, uploaded_by, uploaded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          version,
          platform,
          fileName,
          upload.size,
          upload.sha512,
          staff.staffId,
          at.toISOString(),
        );
        auditStaff(db, {
          staffId: staff.staffId,
          action: 'release_upload',
          target: version,
          detail: { platform, size: upload.size },
          at,
        });
      })();
      return reply.code(201).send(releaseOf(findRelease(db, version, platform)!));
    },
  );

  app.put(
    '/v1/staff/updates/rollout',
    {
      schema: {
        operationId: 'setRollout',
        tags: ['staff', 'updates'],
        summary: 'Set the staged rollout (IT): which version, to what share of which agencies',
        description:
          'A terminal is offered the version when a stable hash of its id (and the version) falls below the percentage and its agency is among agencyCodes (null: every agency). Raising the percentage only adds terminals.',
        security: staffSecurity,
        headers: staffConsoleHeaders,
        body: rolloutRequest,
        response: {
          200: answer('The rollout now in force', updatesOverview.shape.rollout.unwrap()),
          ...refusals.badRequest,
          401: refusal('staff_auth_required'),
          403: refusal('staff_role_forbidden (IT only) or staff_console_header_required'),
          404: refusal('release_not_found: no installer uploaded for this version'),
          ...refusals.unsupported,
        },
      },
    },
    async (request) => {
      const at = now();
      const staff = authenticateStaff(db, request, at, IT_ONLY);
      const { version, percentage, agencyCodes: agencies } = request.body;
      if (!db.prepare('SELECT 1 FROM releases WHERE version = ?').get(version))
        throw new ApiError(404, 'release_not_found', 'No installer was uploaded for this version');
      const unknown = agencies?.find((code) => !agencyCodes.includes(code));
      if (unknown !== undefined)
        throw new ApiError(400, 'unknown_agency', 'body/agencyCodes names an unknown agency');
      const chosen = agencies ? [...new Set(agencies)].sort() : null;
      db.transaction(() => {
        saveRollout(db, { version, percentage, agencyCodes: chosen }, staff.staffId, at);
        auditStaff(db, {
          staffId: staff.staffId,
          action: 'rollout_set',
          target: version,
          detail: { percentage, agencies: chosen ? chosen.join(',') : null },
          at,
        });
      })();
      return rolloutView(db)!;
    },
  );

  app.get(
    '/v1/staff/updates',
    {
      schema: {
        operationId: 'getUpdatesOverview',
        tags: ['staff', 'updates'],
        summary: 'Releases, the rollout in force and how many terminals run each version (IT)',
        security: staffSecurity,
        response: {
          200: answer('Overview', updatesOverview),
          401: refusal('staff_auth_required'),
          403: refusal('staff_role_forbidden (IT only)'),
        },
      },
    },
    async (request) => {
      authenticateStaff(db, request, now(), IT_ONLY);
      return {
        releases: listReleases(db).map(releaseOf),
        rollout: rolloutView(db) ?? null,
        versions: versionCounts(db),
        agencies: agencyCodes.map((code) => ({ code, nom: agencyByCode(code)?.nom ?? code })),
      };
    },
  );

  function rolloutView(database: typeof db) {
    const rollout = currentRollout(database);
    if (!rollout) return undefined;
    const terminals = database.prepare('SELECT id, agency_code FROM terminals').all() as Array<{
      id: string;
      agency_code: string | null;
    }>;
    const terminalsOffered = terminals.filter((t) =>
      isInRollout(rollout, { id: t.id, agencyCode: t.agency_code }),
    ).length;
    return {
      ...rollout,
      agencyCodes: rollout.agencyCodes ? [...rollout.agencyCodes] : null,
      terminalsOffered,
    };
  }
}
