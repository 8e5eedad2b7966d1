import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testEngine } from './helpers';
import {
  OPENAPI_DTS_PATH,
  OPENAPI_JSON_PATH,
  generateOpenApi,
} from '../../../central-api/scripts/openapi';

const root = resolve(import.meta.dirname, '../../..');
const committed = (path: string): string => {
  try {
    return readFileSync(resolve(root, path), 'utf8');
  } catch {
    return '(missing)';
  }
};

// The document comes from the route schemas, not the database: checked once, on SQLite.
describe.skipIf(testEngine === 'postgres')(
  'shared/api is in step with the reference server',
  () => {
    it('has the committed OpenAPI document and types the routes produce', async () => {
      const { json, dts } = await generateOpenApi();
      const stale = [
        [OPENAPI_JSON_PATH, json],
        [OPENAPI_DTS_PATH, dts],
      ]
        .filter(([path, fresh]) => committed(path!) !== fresh)
        .map(([path]) => path);
      expect(
        stale,
        `${stale.join(' and ')} out of date: run npm run openapi and commit the result`,
      ).toEqual([]);
    });

    it('describes every route with its error responses and security', async () => {
      const document = JSON.parse((await generateOpenApi()).json) as {
        paths: Record<
          string,
          Record<
            string,
            {
              responses: Record<string, unknown>;
              security?: unknown;
              parameters?: Array<{ name: string }>;
            }
          >
        >;
      };
      expect(Object.keys(document.paths).sort()).toEqual([
        '/v1/actualisations',
        '/v1/actualisations/current',
        '/v1/actualisations/history',
        '/v1/adviser',
        '/v1/anti-robot/challenges',
        '/v1/anti-robot/challenges/{challengeId}/answer',
        '/v1/appointments',
        '/v1/assist-requests',
        '/v1/assist-requests/{requestId}',
        '/v1/assist-requests/{requestId}/cancel',
        '/v1/attestations',
        '/v1/attestations/{reference}/pdf',
        '/v1/attestations/{reference}/verify',
        '/v1/cvs',
        '/v1/cvs/{cvId}',
        '/v1/cvs/{cvId}/delete',
        '/v1/cvs/{cvId}/email',
        '/v1/cvs/{cvId}/status',
        '/v1/dashboard-summary',
        '/v1/documents',
        '/v1/email-confirmations',
        '/v1/employer-sessions',
        '/v1/employer-sessions/logout',
        '/v1/employer/me',
        '/v1/employer/offres',
        '/v1/employer/offres/{numero}/candidatures',
        '/v1/employer/offres/{numero}/candidatures/{id}/cv',
        '/v1/employer/password',
        '/v1/employers/entreprise',
        '/v1/employers/particulier',
        '/v1/establishments/lookup',
        '/v1/health',
        '/v1/identifiant-reminders',
        '/v1/identifiants/availability',
        '/v1/letters',
        '/v1/letters/{letterId}/pdf',
        '/v1/me',
        '/v1/me/alertes',
        '/v1/me/alertes/{id}/delete',
        '/v1/me/candidatures',
        '/v1/me/classeur',
        '/v1/me/classeur/{numero}/delete',
        '/v1/me/password',
        '/v1/me/profil',
        '/v1/me/profil/changes',
        '/v1/offres/search',
        '/v1/offres/{numero}',
        '/v1/password-resets',
        '/v1/password-resets/question',
        '/v1/payments',
        '/v1/registrations',
        '/v1/registrations/mine',
        '/v1/registrations/resume',
        '/v1/registrations/{reference}/appointment',
        '/v1/registrations/{reference}/appointment-slots',
        '/v1/registrations/{reference}/draft',
        '/v1/registrations/{reference}/submit',
        '/v1/rome/index',
        '/v1/rome/version',
        '/v1/sessions',
        '/v1/sessions/logout',
        '/v1/situation-changes',
        '/v1/staff/assist-requests/events',
        '/v1/staff/assist-requests/{requestId}/close',
        '/v1/staff/assist-requests/{requestId}/take',
        '/v1/staff/enrolment-alerts',
        '/v1/staff/enrolment-codes',
        '/v1/staff/fleet/stream',
        '/v1/staff/fleet/terminals',
        '/v1/staff/fleet/terminals/{terminalId}',
        '/v1/staff/fleet/terminals/{terminalId}/commands',
        '/v1/staff/fleet/terminals/{terminalId}/config',
        '/v1/staff/kiosk-actions',
        '/v1/staff/kiosk-advisers',
        '/v1/staff/kiosk-unlock',
        '/v1/staff/me',
        '/v1/staff/offres/{numero}/validate',
        '/v1/staff/releases/{platform}/{version}',
        '/v1/staff/sessions',
        '/v1/staff/sessions/current',
        '/v1/staff/updates',
        '/v1/staff/updates/rollout',
        '/v1/terminals/commands',
        '/v1/terminals/commands/{commandId}/ack',
        '/v1/terminals/enrol',
        '/v1/terminals/heartbeat',
        '/v1/terminals/token',
        '/v1/updates/{file}',
        '/v1/uploads/{uploadId}',
        '/v1/uploads/{uploadId}/chunks/{index}',
        '/v1/uploads/{uploadId}/complete',
        '/v1/webauthn/authentication/options',
        '/v1/webauthn/authentication/verify',
        '/v1/webauthn/registration/options',
        '/v1/webauthn/registration/verify',
      ]);
      for (const [path, item] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(item)) {
          if (method !== 'post') continue;
          expect(
            operation.parameters?.map((p) => p.name),
            `${path} declares Idempotency-Key`,
          ).toContain('idempotency-key');
          expect(Object.keys(operation.responses), path).toEqual(
            expect.arrayContaining(['400', '409', '422']),
          );
          // Signing in is what gets a credential: the sign-ins without one (the terminal's
          // secret is in the body of /v1/terminals/token).
          const signIns = ['/v1/terminals/enrol', '/v1/terminals/token', '/v1/staff/sessions'];
          if (!signIns.includes(path)) expect(operation.security, path).toBeDefined();
        }
      }
    });
  },
);
