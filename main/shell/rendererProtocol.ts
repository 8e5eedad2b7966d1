import type { Session } from 'electron';
import { RENDERER_SECURITY_HEADERS } from '../core/csp';
import type { Logger } from '../core/logging';
import { readRendererFile } from '../core/rendererFiles';
import { originOf } from './origin';

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
  const origin = originOf(options.origin);
  return async (request) => {
    const url = new URL(request.url);
    if (url.origin !== origin) {
      options.logger.warn('shell.request_refused', { scheme: url.protocol });
      return refuse(403);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const file = await readRendererFile(options.root, url.pathname);
    if (file.status !== 200) {
      if (file.reason === 'traversal') options.logger.warn('shell.traversal_refused');
      return refuse(file.status);
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers: {
        ...RENDERER_SECURITY_HEADERS,
        'Content-Type': file.contentType,
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
