import type { Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { RENDERER_SECURITY_HEADERS } from '../core/csp';
import type { Logger } from '../core/logging';
import { originOf } from './origin';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererFilesOptions {
  /** dist/renderer: index.html and its assets. */
  root: string;
  /** config.shell.origin, e.g. https://kiosque.localhost */
  origin: string;
  logger: Logger;
}

export type ProtocolHandler = (request: Request) => Promise<Response>;

const refuse = (status: number): Response =>
  new Response(null, {
    status,
    headers: { ...RENDERER_SECURITY_HEADERS, 'Cache-Control': 'no-store' },
  });

/**
 * Serves the built renderer for requests to the kiosk's origin, and refuses everything else: the
 * renderer never talks to the network (main does, on its behalf). A path without an extension is a
 * screen of the single-page app and gets index.html.
 */
export function createRendererHandler(options: RendererFilesOptions): ProtocolHandler {
  const root = resolve(options.root);
  const origin = originOf(options.origin);
  return async (request) => {
    const url = new URL(request.url);
    if (url.origin !== origin) {
      options.logger.warn('shell.request_refused', { scheme: url.protocol });
      return refuse(403);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return refuse(400);
    }
    // The URL parser already folds plain '../'; these are the encoded forms (%2F, %5C, %00).
    if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) {
      options.logger.warn('shell.traversal_refused');
      return refuse(403);
    }
    const relative = path.replace(/^\/+/, '');
    const absolute = resolve(root, extname(relative) ? relative : 'index.html');
    if (!absolute.startsWith(root + sep)) return refuse(403);
    let body: Buffer;
    try {
      body = await readFile(absolute);
    } catch {
      return refuse(404);
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        ...RENDERER_SECURITY_HEADERS,
        'Content-Type': TYPES[extname(absolute)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      },
    });
  };
}

/**
 * Installs the handler on a visit's session for both web schemes. Intercepting them on the
 * partition keeps every request of that renderer inside this process: no file://, no network
 * (the handler answers 403 to anything but the kiosk's origin).
 */
export function serveRenderer(session: Session, handler: ProtocolHandler): void {
  for (const scheme of ['https', 'http']) session.protocol.handle(scheme, handler);
}
