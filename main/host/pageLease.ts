import type { Logger } from '../core/logging';
import type { KioskCore } from '../core/types';

export interface PageLeaseOptions {
  core: Pick<KioskCore, 'hasVisit' | 'endVisit'>;
  logger: Logger;
  /** How long a newcomer waits for the driving page's stream to close (a reload) before refusal. */
  settleMs?: number;
  /** Streams currently open, per page id (EventStream). */
  liveStreams(pageId: string): number;
}

export type Claim = 'granted' | 'refused';

/**
 * Browser mode's "one page drives the kiosk". Every loaded page has its own random id. The page
 * whose event stream is open holds the lease; another page (a second tab or window on the kiosk's
 * address) is refused, so that it can neither end nor use the visit of the first. A reload is a new
 * page whose predecessor's stream has closed: it takes the lease, and the visit the old page left
 * open ends and is wiped at once, so that the next "Commencer" starts a visit nobody else ends.
 */
export class PageLease {
  private driver: string | undefined;
  private readonly settleMs: number;

  constructor(private readonly options: PageLeaseOptions) {
    this.settleMs = options.settleMs ?? 1_000;
  }

  /**
   * A call from `pageId`: refused while another page holds the lease with a live stream. A
   * reloaded page's first calls may reach the host a moment before its predecessor's stream is
   * seen closing, hence the short wait before deciding.
   */
  async call(pageId: string): Promise<Claim> {
    return (await this.settled(pageId)) ? 'granted' : 'refused';
  }

  /**
   * `pageId` opens its event stream; `open` attaches it once granted, before an old visit ends,
   * so that the new page hears that end and goes through the wipe.
   * A new page taking the lease ends the visit left open by the page before it: that page is gone
   * with everything the user saw, and the new one must not inherit a visit it knows nothing of.
   */
  async attach(pageId: string, open: () => void): Promise<Claim> {
    if (!(await this.settled(pageId))) return 'refused';
    open();
    if (this.driver === pageId) return 'granted';
    const previous = this.driver;
    this.driver = pageId;
    if (previous !== undefined && this.options.core.hasVisit()) {
      this.options.logger.warn('host.page_replaced', {});
      await this.options.core.endVisit('crash');
    }
    return 'granted';
  }

  private async settled(pageId: string): Promise<boolean> {
    const deadline = Date.now() + this.settleMs;
    while (this.heldByAnother(pageId)) {
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return true;
  }

  private heldByAnother(pageId: string): boolean {
    return (
      this.driver !== undefined &&
      this.driver !== pageId &&
      this.options.liveStreams(this.driver) > 0
    );
  }
}
