import type { ServerResponse } from 'node:http';
import { HOST_PAGE_REFUSED_EVENT, type KioskEvent } from '../../shared/contract';

/** The main → renderer events of browser mode, as one Server-Sent Events stream per open page. */
export class EventStream {
  /** Each open stream and the page (its random id) it belongs to. */
  private readonly clients = new Map<ServerResponse, string>();
  private readonly keepAlive: ReturnType<typeof setInterval>;

  /** Told when a page's stream opens or closes (PageWatch). */
  constructor(private readonly watcher?: { attached(): void; detached(): void }) {
    this.keepAlive = setInterval(() => this.write(': keep-alive\n\n'), 15_000);
    this.keepAlive.unref();
  }

  /** Streams open for `pageId` (PageLease: is the driving page still there?). */
  liveStreams(pageId: string): number {
    let count = 0;
    for (const id of this.clients.values()) if (id === pageId) count += 1;
    return count;
  }

  attach(response: ServerResponse, pageId = ''): void {
    // Gone while its page's claim was being decided: its 'close' has passed, it would never leave.
    if (!response.socket || response.socket.destroyed) return;
    this.open(response);
    this.clients.set(response, pageId);
    this.watcher?.attached();
    response.on('close', () => {
      if (this.clients.delete(response)) this.watcher?.detached();
    });
  }

  /** Another page drives the kiosk: this one is told so once and its stream is closed for good. */
  refuse(response: ServerResponse): void {
    this.open(response);
    // retry 24 h: EventSource reconnects after a closed stream; a refused page must not keep trying.
    response.end(`retry: 86400000\nevent: ${HOST_PAGE_REFUSED_EVENT}\ndata: {}\n\n`);
  }

  send(event: KioskEvent): void {
    this.write(`data: ${JSON.stringify(event)}\n\n`);
  }

  close(): void {
    clearInterval(this.keepAlive);
    const clients = [...this.clients.keys()];
    // Cleared first: a stream closed by the host going away is not a page lost.
    this.clients.clear();
    for (const client of clients) client.end();
  }

  private open(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write('retry: 1000\n\n');
  }

  private write(chunk: string): void {
    for (const client of this.clients.keys()) client.write(chunk);
  }
}
