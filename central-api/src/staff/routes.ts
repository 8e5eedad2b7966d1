import type { Deps } from '../deps';
import { ApiError } from '../errors';
import type { ApiApp } from '../apiSchemas';
import type { StaffLockoutOptions } from './limits';
import { consoleFileRoutes, defaultConsoleDir } from './consoleFiles';
import { staffSessionRoutes } from './sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every staff route (/v1/staff/...). A state-changing request authenticated by the console's
 * cookie must carry `X-Staff-Console: 1`: with the SameSite=Strict cookie this is the CSRF guard
 * (no other site can send that header without a CORS preflight this API never grants). Requests
 * carrying an Authorization header (a terminal's bearer token) are not cookie-authenticated, so
 * the header is not asked of them.
 */
export function staffRoutes(
  app: ApiApp,
  deps: Deps,
  options: { lockout?: StaffLockoutOptions; consoleDir?: string } = {},
): void {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/v1/staff/') || SAFE_METHODS.has(request.method)) return;
    if (request.headers.authorization !== undefined) return;
    if (request.headers['x-staff-console'] !== '1')
      throw new ApiError(
        403,
        'staff_console_header_required',
        'State-changing staff requests must carry X-Staff-Console: 1',
      );
  });
  staffSessionRoutes(app, deps, options.lockout);
  consoleFileRoutes(app, options.consoleDir ?? defaultConsoleDir());
}
