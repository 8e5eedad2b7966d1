import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScanStatus, ScannedPage } from '../../../shared/contract/documents';
import { previewImage, type Rotation } from '../imaging';
import { ScanCancelled, ScannerError, type ScanJob, type ScanSource } from '../scanner';
import type { Logger } from '../logging';
import type { ScanningSetup } from './scanning';

export interface SessionPage {
  id: string;
  file: string;
  rotation: Rotation;
  preview: string;
}

/**
 * One visit's scanned pages and the scan in progress. Files live under the visit's temp folder;
 * the visit's wipe deletes them whatever happens here.
 */
export class ScanSession {
  pages: SessionPage[] = [];
  private status: Omit<ScanStatus, 'pages'> = {
    state: 'idle',
    source: 'flatbed',
    page: 0,
    percent: 0,
  };
  private job: ScanJob | undefined;
  private pending: Promise<void> = Promise.resolve();
  private scans = 0;
  private photos = 0;

  constructor(
    private readonly dir: string,
    private readonly scanning: ScanningSetup,
    private readonly logger: Logger,
  ) {}

  snapshot(): ScanStatus {
    return { ...this.status, pages: this.pages.map(publicPage) };
  }

  get busy(): boolean {
    return this.status.state === 'scanning' || this.status.state === 'cancelling';
  }

  async start(requested?: ScanSource): Promise<ScanStatus> {
    if (this.busy) return this.snapshot();
    const source = requested ?? this.scanning.source;
    this.scans += 1;
    const outDir = join(this.dir, `scan-${this.scans}`);
    mkdirSync(outDir, { recursive: true, mode: 0o700 });
    this.status = { state: 'scanning', source, page: 1, percent: 0 };
    let device = this.scanning.device;
    if (!device) {
      const devices = await this.scanning.scanner.list().catch(() => []);
      device = devices[0]?.id;
      if (!device) {
        this.status = { ...this.status, state: 'failed', problem: 'no_scanner' };
        return this.snapshot();
      }
    }
    const started = Date.now();
    // "done" means every page the scanner handed over is in the list: one that cannot be read
    // ends the scan as failed (the pages read stay), never as a batch silently a page short.
    let unreadable = 0;
    const job = this.scanning.scanner.scan(
      { device, resolution: this.scanning.resolution, mode: this.scanning.mode, source, outDir },
      {
        onProgress: (page, percent) => {
          if (this.status.state === 'scanning') this.status = { ...this.status, page, percent };
        },
        onPage: (_n, file) => {
          this.pending = this.pending.then(async () => {
            if (!(await this.addPage(file))) unreadable += 1;
          });
        },
      },
    );
    this.job = job;
    void job.done.then(
      async () => {
        await this.pending;
        if (unreadable > 0) {
          this.logger.warn('scan.failed', { source, problem: 'failed', unreadable });
          if (this.job === job)
            this.status = { ...this.status, state: 'failed', problem: 'failed' };
          return;
        }
        this.logger.info('scan.done', {
          source,
          ms: Date.now() - started,
          pages: this.pages.length,
        });
        if (this.job === job) this.status = { ...this.status, state: 'done', percent: 100 };
      },
      async (error: unknown) => {
        await this.pending;
        if (this.job !== job) return;
        if (error instanceof ScanCancelled) {
          this.status = { ...this.status, state: 'cancelled' };
        } else {
          const problem = error instanceof ScannerError ? error.problem : 'failed';
          this.logger.warn('scan.failed', { source, problem });
          this.status = { ...this.status, state: 'failed', problem };
        }
      },
    );
    return this.snapshot();
  }

  /** A straightened camera photo becomes a page like a scanned one (same pipeline at sending). */
  async addPhoto(jpeg: Buffer): Promise<ScannedPage> {
    await this.pending;
    this.photos += 1;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const file = join(this.dir, `camera-${this.photos}.jpg`);
    writeFileSync(file, jpeg, { mode: 0o600 });
    const page = await newPage(file);
    this.pages.push(page);
    return publicPage(page);
  }

  async cancel(): Promise<ScanStatus> {
    const job = this.job;
    if (!job || !this.busy) return this.snapshot();
    this.status = { ...this.status, state: 'cancelling' };
    await job.cancel();
    await job.done.catch(() => undefined);
    await this.pending;
    this.status = { ...this.status, state: 'cancelled' };
    return this.snapshot();
  }

  rotate(pageId: string, rotation: Rotation): void {
    const page = this.find(pageId);
    page.rotation = rotation;
    this.pending = this.pending.then(async () => {
      page.preview = await previewData(page.file, rotation);
    });
  }

  async settled(): Promise<void> {
    await this.pending;
  }

  remove(pageId: string): void {
    const page = this.find(pageId);
    this.pages = this.pages.filter((p) => p !== page);
    rmSync(page.file, { force: true });
  }

  move(pageId: string, to: number): void {
    const page = this.find(pageId);
    const rest = this.pages.filter((p) => p !== page);
    rest.splice(Math.min(to, rest.length), 0, page);
    this.pages = rest;
  }

  /** Forgets the pages and deletes their files (after sending, or "Recommencer"). */
  discard(): void {
    for (const page of this.pages) rmSync(page.file, { force: true });
    this.pages = [];
    this.status = { state: 'idle', source: this.status.source, page: 0, percent: 0 };
  }

  async dispose(): Promise<void> {
    if (this.busy) await this.cancel().catch(() => undefined);
    this.discard();
  }

  private find(pageId: string): SessionPage {
    const page = this.pages.find((p) => p.id === pageId);
    if (!page) throw new ScannerError('failed', 'no such page');
    return page;
  }

  /** False when the page file cannot be read (it is then not added). */
  private async addPage(file: string): Promise<boolean> {
    try {
      this.pages.push(await newPage(file));
      return true;
    } catch (error) {
      this.logger.warn('scan.page_unreadable', { error });
      return false;
    }
  }
}

/** A page as it enters the session, scanned or photographed: upright, with its thumbnail. */
async function newPage(file: string): Promise<SessionPage> {
  return { id: randomUUID().slice(0, 8), file, rotation: 0, preview: await previewData(file, 0) };
}

async function previewData(file: string, rotation: Rotation): Promise<string> {
  const jpeg = await previewImage(file, rotation, 240);
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

const publicPage = (page: SessionPage): ScannedPage => ({
  id: page.id,
  rotation: page.rotation,
  preview: page.preview,
});
