import type { IncomingMessage } from 'node:http';

export type BodyRead = { ok: true; text: string } | { ok: false; tooLarge: true };

/**
 * Reads a request body of at most `limit` bytes. A larger one is refused without closing the
 * connection: a declared length is refused at once (Node drains the rest once the answer is sent),
 * an undeclared one is read to its end and dropped. Destroying the socket mid-upload would show
 * the page a connection reset instead of a 413 it can explain.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  if (Number(req.headers['content-length'] ?? 0) > limit)
    return Promise.resolve({ ok: false, tooLarge: true });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(
        size > limit
          ? { ok: false, tooLarge: true }
          : { ok: true, text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    req.on('error', reject);
  });
}
