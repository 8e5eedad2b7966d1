import type { Deps } from '../deps';
import { ApiError } from '../errors';
import { answer, type ApiApp, noContent, refusal, refusals } from '../apiSchemas';
import { assistRequestIdParams } from '../routes/assistSchemas';
import { sha256Hex } from '../tokens';
import { authenticateStaff, canSeeAgency, staffScope, staffSessionToken } from './auth';
import { auditStaff } from './audit';
import { assistView, openAssistViews, publishAssist, type AssistView } from './assistView';
import { ASSIST_TOPIC } from './events';
import { staffAssistRequest } from './assistSchemas';
import { staffConsoleHeaders } from './schemas';
import { staffSecurity } from './sessions';
import { openEventStream } from './sse';

/** Who may take and close a help request: the agency's advisers and its manager. */
const ADVISERS = ['conseiller', 'responsable'] as const;

const seconds = (from: string | null, to: string): number | null =>
  from === null ? null : Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 1000));

const notFound = (): ApiError =>
  new ApiError(404, 'assist_request_not_found', 'No open assist request with this id');

/**
 * The advisers' side of "Appeler un conseiller": the live list of their agency's open requests
 * (IT: every agency), "J'arrive" (the first adviser wins, the others see who) and "Terminer",
 * which records how long it took, requested → taken → closed.
 */
export function staffAssistRoutes(app: ApiApp, { db, now, idempotency, events }: Deps): void {
  // Other API instances get the request's id only and read its view from the database.
  events.share(ASSIST_TOPIC, {
    toWire: (event) => (event.data as AssistView).requestId,
    fromWire: (wire) => {
      const view = typeof wire === 'string' ? assistView(db, wire) : undefined;
      return view && { type: 'assist-request', data: view };
    },
  });
  app.get(
    '/v1/staff/assist-requests/events',
    {
      schema: {
        operationId: 'staffAssistEvents',
        tags: ['staff'],
        summary: 'Live help requests (text/event-stream)',
        description:
          'Server-sent events, each `data:` a JSON `{ type, data }`: first `snapshot` ({ now, requests }: the open requests the staff member may see, oldest first), then `assist-request` (a StaffAssistRequest) whenever one is created, taken, closed or withdrawn. The stream ends when the session does.',
        security: staffSecurity,
        response: {
          200: noContent('text/event-stream'),
          401: refusal('staff_auth_required'),
        },
      },
    },
    async (request, reply) => {
      const staff = authenticateStaff(db, request, now());
      const tokenHash = sha256Hex(staffSessionToken(request) ?? '');
      const live = db.prepare(
        'SELECT 1 FROM staff_sessions WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?',
      );
      const stream = openEventStream(reply, events);
      const at = now();
      stream.send('snapshot', {
        now: at.toISOString(),
        requests: openAssistViews(db, at).filter((v) => canSeeAgency(staff, v.agencyCode)),
      });
      const leave = events.subscribe(ASSIST_TOPIC, (event) => {
        const view = event.data as AssistView;
        if (!canSeeAgency(staff, view.agencyCode)) return;
        // A session signed out or expired since the stream opened gets nothing more.
        if (!live.get(tokenHash, now().toISOString())) return;
        stream.send(event.type, view);
      });
      stream.onClose(leave);
    },
  );

  const action = (kind: 'take' | 'close') =>
    app.post(
      `/v1/staff/assist-requests/:requestId/${kind}`,
      {
        schema: {
          operationId: kind === 'take' ? 'staffTakeAssistRequest' : 'staffCloseAssistRequest',
          tags: ['staff'],
          summary:
            kind === 'take'
              ? '"J\'arrive": take a help request (the first adviser wins)'
              : '"Terminer": close a help request (records how long it took)',
          description:
            kind === 'take'
              ? "The terminal then shows that an adviser is coming, with their first name. Taking again one's own request answers it unchanged; one taken by someone else answers 409 assist_request_taken; closed or withdrawn, 409 assist_request_closed."
              : 'Closes a waiting or taken request (the person may have left). Closing again answers it unchanged; a withdrawn one is 409 assist_request_closed.',
          security: staffSecurity,
          headers: staffConsoleHeaders,
          params: assistRequestIdParams,
          response: {
            200: answer('The request as it now stands', staffAssistRequest),
            ...refusals.badRequest,
            401: refusal('staff_auth_required'),
            403: refusal('staff_role_forbidden or staff_console_header_required'),
            404: refusal('assist_request_not_found (or of another agency)'),
            409: refusal(
              'assist_request_taken, assist_request_closed, or idempotency_request_in_flight',
            ),
            422: refusal('idempotency_key_reused'),
            ...refusals.unsupported,
          },
        },
      },
      async (request, reply) => {
        const at = now();
        const staff = authenticateStaff(db, request, at, ADVISERS);
        const { requestId } = request.params;
        let changed = false;
        const sent = await idempotency.execute(request, reply, staffScope(staff), () => ({
          status: 200,
          commit: () => {
            const view = assistView(db, requestId);
            // Another agency's request is "not found": its existence is none of their business.
            if (!view || !canSeeAgency(staff, view.agencyCode)) throw notFound();
            if (view.state === 'cancelled') throw closedError();
            if (kind === 'take') {
              if (view.state === 'closed') throw closedError();
              if (view.takenBy && view.takenBy.identifiant !== staff.identifiant)
                throw new ApiError(409, 'assist_request_taken', 'Another adviser has taken it');
              if (view.state === 'taken') return view;
              db.prepare('UPDATE assist_requests SET taken_at = ?, taken_by = ? WHERE id = ?').run(
                at.toISOString(),
                staff.staffId,
                requestId,
              );
              auditStaff(db, {
                staffId: staff.staffId,
                action: 'assist_take',
                target: requestId,
                detail: {
                  terminal: view.terminalLabel,
                  screen: view.screen,
                  waitSeconds: seconds(view.receivedAt, at.toISOString()),
                },
                at,
              });
            } else {
              if (view.state === 'closed') return view;
              db.prepare('UPDATE assist_requests SET closed_at = ? WHERE id = ?').run(
                at.toISOString(),
                requestId,
              );
              auditStaff(db, {
                staffId: staff.staffId,
                action: 'assist_close',
                target: requestId,
                detail: {
                  terminal: view.terminalLabel,
                  screen: view.screen,
                  waitSeconds: view.takenAt ? seconds(view.receivedAt, view.takenAt) : null,
                  handlingSeconds: seconds(view.takenAt, at.toISOString()),
                  totalSeconds: seconds(view.receivedAt, at.toISOString()),
                },
                at,
              });
            }
            changed = true;
            return assistView(db, requestId);
          },
        }));
        if (changed) publishAssist(db, events, requestId);
        return sent;
      },
    );
  action('take');
  action('close');
}

const closedError = (): ApiError =>
  new ApiError(409, 'assist_request_closed', 'This request is closed or was withdrawn');

/** What GET /v1/assist-requests/:requestId answers the terminal (assist-requests.ts). */
export const adviserPrenom = (nom: string | undefined): string | null =>
  nom ? (nom.trim().split(/\s+/)[0] ?? null) : null;
