import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiApp } from '../apiSchemas';

/**
 * The staff console's own policy: everything from this origin only, no inline script or style,
 * no frames (no clickjacking of "J'arrive" or a remote action), nothing sent elsewhere.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
};

/**
 * Where Vite put the console (central-api/console/dist): beside the sources when the API runs
 * from them (tsx), two folders up from dist/main when it runs from main's bundle.
 */
export function defaultConsoleDir(): string | undefined {
  const candidates = ['../../console/dist/', '../../central-api/console/dist/'].map((relative) =>
    fileURLToPath(new URL(relative, import.meta.url)),
  );
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

/**
 * Serves the console's files at /console/ with the strict CSP. A path that is not a file is one
 * of the console's own pages (the browser was reloaded on /console/demandes): index.html.
 * Without a built console (npm run build not run), /console/ says so in one line.
 */
export function consoleFileRoutes(app: ApiApp, dir: string | undefined): void {
  app.get('/console', { schema: { hide: true } }, async (_request, reply) =>
    reply.redirect('/console/', 301),
  );
  app.get('/console/*', { schema: { hide: true } }, async (request, reply) => {
    reply
      .header('content-security-policy', CONSOLE_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('cross-origin-opener-policy', 'same-origin')
      .header('x-frame-options', 'DENY');
    if (!dir)
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send('Console not built: run npm run build');
    const wanted = decodeURIComponent((request.params as { '*': string })['*'] ?? '');
    const path = normalize(join(dir, wanted));
    const inside = path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
    const type = TYPES[extname(path)];
    if (inside && type && existsSync(path)) {
      // Vite names assets by their hash: they never change under the same name.
      const immutable = wanted.startsWith('assets/');
      return reply
        .type(type)
        .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
        .send(await readFile(path));
    }
    if (extname(wanted) !== '')
      return reply.code(404).send({ code: 'not_found', message: 'No such file' });
    return reply
      .type(TYPES['.html']!)
      .header('cache-control', 'no-cache')
      .send(await readFile(join(dir, 'index.html')));
  });
}
