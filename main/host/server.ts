import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  EVENTS_PATH,
  HOST_PAGE_HEADER,
  HOST_PAGE_PARAM,
  HOST_TOKEN_HEADER,
  HOST_TOKEN_META,
  RPC_PATH_PREFIX,
  VISIT_WIPE_PATH,
} from '../../shared/contract';
import { RENDERER_SECURITY_HEADERS } from '../core/csp';
import type { Logger } from '../core/logging';
import { readRendererFile } from '../core/rendererFiles';
import type { KioskCore } from '../core/types';
import { EventStream } from './events';
import { PageLease } from './pageLease';
import { PageWatch } from './pageWatch';
import { readBody } from './body';
import { injectToken } from './staticFiles';

export interface HostOptions {
  core: KioskCore;
  rendererRoot: string;
  port: number;
  logger: Logger;
  /** Seconds a visit may go without a connected page before it ends as a crash (default 5). */
  pageLostGraceSeconds?: number;
}

export interface RunningHost {
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 256 * 1024;
/** A camera photo (≤ 8 MB of JPEG as base64) is the one large body; its schema bounds it exactly. */
const LARGE_BODY_METHODS: Readonly<Record<string, number>> = {
  'documents.cameraCapture': 12 * 1024 * 1024,
  'documents.cameraDetect': 1024 * 1024,
};

/** Browser mode's wipe: Chromium drops every trace of the origin, then the page goes back to '/'. */
const WIPE_PAGE =
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/"><title>Borne France Travail</title></head><body></body></html>';

/**
 * Browser mode's transport: serves the built renderer on localhost and the contract as
 * POST /rpc/<method> plus an SSE stream, both behind a per-launch token that only the served page
 * knows; Host is checked so that no other site can reach it through DNS rebinding, and Origin
 * so that no other site's page can call it.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const { core, rendererRoot, logger } = options;
  const token = randomBytes(32).toString('base64url');
  const watch = new PageWatch({
    core,
    logger,
    graceMs: (options.pageLostGraceSeconds ?? 5) * 1000,
  });
  const stream = new EventStream(watch);
  const lease = new PageLease({
    core,
    logger,
    liveStreams: (pageId) => stream.liveStreams(pageId),
  });
  const unsubscribe = core.onEvent((event) => stream.send(event));
  // Set at every visit end, cleared once a page has been through the wipe URL: a page that did not
  // get there itself (crashed, closed, frozen) is sent there before anything else is served.
  let wipePending = false;
  const stopWipeHook = core.onWipe(() => {
    wipePending = true;
  });
  let allowedHosts = new Set<string>();
  let allowedOrigins = new Set<string>();

  const tokenMatches = (candidate: string | null | undefined): boolean => {
    if (!candidate) return false;
    const a = Buffer.from(candidate);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  const send = (
    res: ServerResponse,
    status: number,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      ...RENDERER_SECURITY_HEADERS,
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(body);
  };
  const sendJson = (res: ServerResponse, status: number, value: unknown) =>
    send(res, status, JSON.stringify(value), { 'Content-Type': 'application/json; charset=utf-8' });
  const sendWipePage = (res: ServerResponse) => {
    wipePending = false;
    send(res, 200, WIPE_PAGE, {
      'Content-Type': 'text/html; charset=utf-8',
      'Clear-Site-Data': '"cache", "cookies", "storage", "executionContexts"',
    });
  };

  const handleRpc = async (req: IncomingMessage, res: ServerResponse, method: string) => {
    if (req.method !== 'POST')
      return sendJson(res, 405, {
        ok: false,
        error: { code: 'invalid_input', message: 'POST only' },
      });
    if (!tokenMatches(req.headers[HOST_TOKEN_HEADER] as string | undefined)) {
      return sendJson(res, 403, {
        ok: false,
        error: { code: 'forbidden', message: 'missing or wrong host token' },
      });
    }
    const pageId = (req.headers[HOST_PAGE_HEADER] as string | undefined) ?? '';
    if ((await lease.call(pageId)) === 'refused')
      return sendJson(res, 409, {
        ok: false,
        error: { code: 'forbidden', message: 'another page drives the kiosk' },
      });
    const limit = LARGE_BODY_METHODS[method] ?? MAX_BODY_BYTES;
    const body = await readBody(req, limit);
    if (!body.ok)
      return sendJson(res, 413, {
        ok: false,
        error: { code: 'invalid_input', message: `body larger than ${limit} bytes` },
      });
    let input: unknown;
    try {
      input = JSON.parse(body.text || '{}');
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'invalid_input', message: 'body is not JSON' },
      });
    }
    sendJson(res, 200, await core.dispatch(method, input, { transport: 'http' }));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'Misdirected request');
    const url = new URL(req.url ?? '/', 'http://localhost');
    // A page of another site (or an opaque "null" origin) may not drive the kiosk, even with a
    // leaked token; the kiosk's own page sends its origin, a navigation sends none.
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins.has(origin)) {
      const reason = 'requests from another origin are refused';
      if (url.pathname.startsWith(RPC_PATH_PREFIX))
        return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: reason } });
      return send(res, 403, `Forbidden: ${reason}`, {
        'Content-Type': 'text/plain; charset=utf-8',
      });
    }
    if (url.pathname.startsWith(RPC_PATH_PREFIX))
      return handleRpc(req, res, url.pathname.slice(RPC_PATH_PREFIX.length));
    if (url.pathname === EVENTS_PATH) {
      if (!tokenMatches(url.searchParams.get('token'))) return send(res, 403, 'Forbidden');
      const pageId = url.searchParams.get(HOST_PAGE_PARAM) ?? '';
      const claim = await lease.attach(pageId, () => stream.attach(res, pageId));
      if (claim === 'refused') stream.refuse(res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    if (url.pathname === VISIT_WIPE_PATH) return sendWipePage(res);
    const file = await readRendererFile(rendererRoot, url.pathname);
    if (file.status !== 200) return send(res, file.status, STATUS_CODES[file.status] ?? 'Refused');
    if (file.contentType.startsWith('text/html')) {
      if (wipePending) return sendWipePage(res);
      return send(res, 200, injectToken(file.body, HOST_TOKEN_META, token), {
        'Content-Type': file.contentType,
      });
    }
    const immutable = url.pathname.startsWith('/assets/');
    send(res, 200, file.body, {
      'Content-Type': file.contentType,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error('host.request_failed', { error });
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`localhost:${port}`, `127.0.0.1:${port}`]);
  allowedOrigins = new Set([...allowedHosts].map((hostPort) => `http://${hostPort}`));
  logger.info('host.listening', { port });

  return {
    url: `http://localhost:${port}/`,
    close: async () => {
      unsubscribe();
      stopWipeHook();
      watch.close();
      stream.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
