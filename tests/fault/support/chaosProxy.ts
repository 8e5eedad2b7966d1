import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the proxy does with one request to a chaos-targeted path:
 *  - pass: forward, relay the answer;
 *  - reply: answer itself, never forwarding (500, 503, 429 + Retry-After, a 200 failing the schema…);
 *  - drop: close the connection without forwarding;
 *  - commit-then-drop: forward (the server commits), then close the client's connection;
 *  - commit-then-reply: forward, then answer something else (invalid JSON, a 200 off-schema…);
 *  - truncate: forward, relay the headers and half the body, then cut;
 *  - hang: never answer (the client times out).
 */
export type ChaosAction =
  | { do: 'pass' }
  | { do: 'reply'; status: number; body: string; headers?: Record<string, string> }
  | { do: 'drop' }
  | { do: 'commit-then-drop' }
  | { do: 'commit-then-reply'; status: number; body: string }
  | { do: 'truncate' }
  | { do: 'hang' };

export interface ChaosProxy {
  url: string;
  /** Decides for each request to `targetPath`; other paths (enrolment…) always pass. */
  plan: (n: number) => ChaosAction;
  /** Requests seen on the target path. */
  seen: number;
  /** Closes the listening socket: connections are refused, as when the API host is down. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startChaosProxy(
  upstream: () => string,
  targetPath: string,
): Promise<ChaosProxy> {
  let server: Server | undefined;
  let port = 0;
  const sockets = new Set<Socket>();

  const forward = (req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }>(
      (resolve, reject) => {
        const target = new URL(req.url ?? '/', upstream());
        const out = httpRequest(
          target,
          { method: req.method, headers: { ...req.headers, host: target.host } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 502,
                headers: res.headers,
                body: Buffer.concat(chunks),
              }),
            );
            res.on('error', reject);
          },
        );
        out.on('error', reject);
        out.end(body);
      },
    );

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const targeted = (req.url ?? '').startsWith(targetPath);
    const action: ChaosAction = targeted ? proxy.plan(proxy.seen++) : { do: 'pass' };
    const relay = (r: { status: number; headers: IncomingMessage['headers']; body: Buffer }) => {
      const headers = { ...r.headers };
      delete headers['transfer-encoding'];
      res.writeHead(r.status, { ...headers, 'content-length': String(r.body.length) });
      res.end(r.body);
    };
    switch (action.do) {
      case 'pass':
        return relay(await forward(req, body));
      case 'reply':
        res.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
        return void res.end(action.body);
      case 'drop':
        return void req.socket.destroy();
      case 'commit-then-drop':
        await forward(req, body);
        return void req.socket.destroy();
      case 'commit-then-reply':
        await forward(req, body);
        res.writeHead(action.status, { 'content-type': 'application/json' });
        return void res.end(action.body);
      case 'truncate': {
        const r = await forward(req, body);
        res.writeHead(r.status, {
          'content-type': 'application/json',
          'content-length': String(r.body.length),
        });
        res.write(r.body.subarray(0, Math.floor(r.body.length / 2)));
        return void setTimeout(() => req.socket.destroy(), 5);
      }
      case 'hang':
        return;
    }
  };

  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          handle(req, res, Buffer.concat(chunks)).catch(() => req.socket.destroy());
        });
      });
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });

  await listen();
  const proxy: ChaosProxy = {
    url: `http://127.0.0.1:${port}`,
    plan: () => ({ do: 'pass' }),
    seen: 0,
    down: stop,
    up: listen,
    close: stop,
  };
  return proxy;
}
