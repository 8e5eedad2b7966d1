import type { ServerResponse } from 'node:http';
import type { KioskEvent } from '../../shared/contract';

/** The main → renderer events of browser mode, as one Server-Sent Events stream per open page. */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly keepAlive: ReturnType<typeof setInterval>;

  constructor() {
    this.keepAlive = setInterval(() => this.write(': keep-alive\n\n'), 15_000);
    this.keepAlive.unref();
  }

  attach(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write('retry: 1000\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  send(event: KioskEvent): void {
    this.write(`data: ${JSON.stringify(event)}\n\n`);
  }

  close(): void {
    clearInterval(this.keepAlive);
    for (const client of this.clients) client.end();
    this.clients.clear();
  }

  private write(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }
}
