import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { waitForWelcome } from './turnover';

/** Resident memory of a process, in MB (Linux /proc; `ps` elsewhere). */
export function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    if (kb) return kb / 1024;
  } catch {
    // Not Linux: fall through to ps.
  }
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' })) / 1024;
}

/** The page renderer's used JS heap after a forced garbage collection, in MB. */
async function jsHeapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
}

/** A visit that types into the form and leaves (no sign-in: this measures the visit cycle). */
async function typedVisit(page: Page, n: number): Promise<void> {
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByLabel(/^Identifiant/).fill(`${1000000 + n}A`);
  await page.getByLabel(/^Mot de passe/).fill(`Visite-${n}!`);
  await page.getByRole('button', { name: 'Terminer' }).click();
  await waitForWelcome(page);
}

export interface MemoryFigures {
  early: number;
  late: number;
  hostRssEarly: number;
  hostRssLate: number;
  heapEarly: number;
  heapLate: number;
}

/**
 * Memory after `late` consecutive visits compared with after `early` (browser mode): the host
 * process's RSS and the renderer's JS heap (CDP Performance.getMetrics after a forced GC).
 */
export async function measureMemory(
  browser: Browser,
  kiosk: { url: string; pid: number },
  early = 10,
  late = 200,
): Promise<MemoryFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(kiosk.url);
  await waitForWelcome(page);
  const figures = { early, late } as MemoryFigures;
  for (let n = 1; n <= late; n += 1) {
    await typedVisit(page, n);
    if (n === early) {
      figures.hostRssEarly = rssMb(kiosk.pid);
      figures.heapEarly = await jsHeapMb(cdp);
    }
  }
  figures.hostRssLate = rssMb(kiosk.pid);
  figures.heapLate = await jsHeapMb(cdp);
  await context.close();
  return figures;
}

export function growth(before: number, after: number): string {
  const pct = ((after - before) / before) * 100;
  return `${before.toFixed(1)} → ${after.toFixed(1)} MB (${pct >= 0 ? '+' : ''}${pct.toFixed(1)} %)`;
}
