import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Reads a file of the built renderer. Paths are normalised and must stay inside the root; a path
 * without an extension is a screen of the single-page app and gets index.html.
 */
export async function readRendererFile(
  root: string,
  urlPath: string,
): Promise<StaticFile | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const wanted = extname(relative) ? relative : 'index.html';
  const absolute = join(root, wanted);
  if (absolute !== root && !absolute.startsWith(root.endsWith(sep) ? root : root + sep))
    return undefined;
  try {
    const body = await readFile(absolute);
    return { body, contentType: TYPES[extname(absolute)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

/** The host writes its per-launch token into the page it serves; no inline script is needed. */
export function injectToken(html: Buffer, metaName: string, token: string): Buffer {
  const meta = `<meta name="${metaName}" content="${token}">`;
  return Buffer.from(html.toString('utf8').replace('</head>', `${meta}</head>`), 'utf8');
}
