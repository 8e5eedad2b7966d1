import type { ServerResponse } from 'node:http';
import type { KioskEvent } from '../../shared/contract';

/** The main → renderer events of browser mode, as one Server-Sent Events stream per open page. */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly keepAlive: ReturnType<typeof setInterval>;

  /** Told when a page's stream opens or closes (PageWatch). */
  constructor(private readonly watcher?: { attached(): void; detached(): void }) {
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
    this.watcher?.attached();
    response.on('close', () => {
      if (this.clients.delete(response)) this.watcher?.detached();
    });
  }

  send(event: KioskEvent): void {
    this.write(`data: ${JSON.stringify(event)}\n\n`);
  }

  close(): void {
    clearInterval(this.keepAlive);
    const clients = [...this.clients];
    // Cleared first: a stream closed by the host going away is not a page lost.
    this.clients.clear();
    for (const client of clients) client.end();
  }

  private write(chunk: string): void {
    for (const client of this.clients) client.write(chunk);
  }
}
