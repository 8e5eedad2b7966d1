import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
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

export type RendererFile =
  | { status: 200; body: Buffer; contentType: string }
  | { status: 400 | 403 | 404; reason: 'bad_encoding' | 'traversal' | 'not_found' };

/**
 * Reads a file of the built renderer for a URL path, for the shell's protocol handler and the
 * browser-mode host alike. A path without an extension is a screen of the single-page app and gets
 * index.html; nothing outside the renderer folder is ever read.
 */
export async function readRendererFile(root: string, urlPathname: string): Promise<RendererFile> {
  let path: string;
  try {
    path = decodeURIComponent(urlPathname);
  } catch {
    return { status: 400, reason: 'bad_encoding' };
  }
  // The URL parser already folds plain '../'; these are the encoded forms (%2F, %5C, %00).
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) {
    return { status: 403, reason: 'traversal' };
  }
  const base = resolve(root);
  const relative = path.replace(/^\/+/, '');
  const absolute = resolve(base, extname(relative) ? relative : 'index.html');
  if (!absolute.startsWith(base + sep)) return { status: 403, reason: 'traversal' };
  try {
    const body = await readFile(absolute);
    const contentType = CONTENT_TYPES[extname(absolute)] ?? 'application/octet-stream';
    return { status: 200, body, contentType };
  } catch {
    return { status: 404, reason: 'not_found' };
  }
}
