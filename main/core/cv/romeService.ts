import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  createRomeSearch,
  isNewerRomeVersion,
  type RomeIndexData,
  type RomeSearch,
} from '../../../shared/domain/rome';
import { findResource } from '../resources';

/** Shape check for an index received from the central API (a bad one must not replace a good one). */
const romeIndexSchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  attribution: z.string(),
  appellations: z.array(
    z.tuple([z.string(), z.string(), z.number(), z.union([z.literal(0), z.literal(1)])]),
  ),
  romes: z.record(z.string(), z.string()),
  skills: z.array(z.string()),
  romeSkills: z.record(z.string(), z.array(z.number().int())),
});

export interface RomeSource {
  version(): Promise<string>;
  index(): Promise<unknown>;
}

/** How often the terminal asks the central API whether it has a newer index. */
const CHECK_EVERY_MS = 10 * 60_000;

/**
 * The terminal's ROME search: the index shipped in resources/rome at first, replaced in memory by
 * the central API's when that one is newer. Lives for the app's life (not personal data).
 */
export class RomeService {
  private search: RomeSearch | undefined;
  private attribution = '';
  private lastCheck = 0;
  private checking: Promise<void> | undefined;

  constructor(private readonly loadLocal: () => RomeIndexData = loadShippedIndex) {}

  get(): RomeSearch {
    if (!this.search) this.use(this.loadLocal());
    return this.search!;
  }

  get source(): string {
    this.get();
    return this.attribution;
  }

  /** Asks the central API (at most every 10 minutes); never throws: the local index stays usable. */
  refresh(source: RomeSource, now = Date.now()): Promise<void> {
    if (this.checking) return this.checking;
    if (now - this.lastCheck < CHECK_EVERY_MS) return Promise.resolve();
    this.lastCheck = now;
    this.checking = (async () => {
      try {
        const version = await source.version();
        if (!isNewerRomeVersion(version, this.get().version)) return;
        const parsed = romeIndexSchema.safeParse(await source.index());
        if (parsed.success && parsed.data.version === version) this.use(parsed.data);
      } catch {
        // Offline or refused: keep the index we have.
      } finally {
        this.checking = undefined;
      }
    })();
    return this.checking;
  }

  private use(index: RomeIndexData): void {
    this.search = createRomeSearch(index);
    this.attribution = index.attribution;
  }
}

function loadShippedIndex(): RomeIndexData {
  return JSON.parse(readFileSync(findResource('rome/rome-index.json'), 'utf8')) as RomeIndexData;
}
