import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { landscape, screenProfiles } from '../../fixtures/screenProfiles';
import { expectNoViolations } from './axe';
import { expect } from './fixtures';
import { checkLayout, type LayoutOptions } from './layoutRules';

export interface ScreenOptions extends LayoutOptions {
  /**
   * Compare the landscape profile against its committed baseline (default). Off for screens whose
   * pixels depend on the day or on timing beyond what masks can hide (a live camera picture).
   */
  pixels?: boolean;
  /** More to mask in the baseline than the dynamic text found by its wording. */
  mask?: Locator[];
}

/**
 * Text that changes from one run or one day to the next, masked in the pixel baselines: dates in
 * figures or words, years, times and countdowns (any case), and references (ACT-…, DOC-…, INS-…:
 * capitals only, so that « Avez-vous » or « Maître-nageuse » stay in the picture).
 */
const DYNAMIC_TEXT = [
  /\d{1,2}\/\d{1,2}\/\d{2,4}|\b\d{4}\b|\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b|\b\d{1,2} ?[h:] ?\d{2}\b|\b\d+ secondes?\b/i,
  /\b[A-Z]{2,4}-[A-Z0-9]{4,}/,
].map((r) => ({ source: r.source, flags: r.flags }));

/** Where `npm run screens` collects the gallery; unset in `npm test`. */
const galleryDir = process.env.KIOSK_SCREENS_DIR;

/**
 * Everything a person sees on this screen, as it stands: axe-core clean, the layout rules at the
 * three kiosk screen profiles (and at the largest text size in landscape and portrait), and the landscape profile against its pixel baseline. In gallery mode
 * (`npm run screens`) the three profiles are also written as PNGs for the contact sheet.
 */
export async function expectScreen(
  page: Page,
  screen: string,
  state = 'default',
  options: ScreenOptions = {},
): Promise<void> {
  const title = state === 'default' ? screen : `${screen} (${state})`;
  // The gallery is for looking: it records what the rules find instead of stopping at it.
  if (!galleryDir) await expectNoViolations(page, title);
  const original = page.viewportSize();
  const textSize = await page.evaluate(() => document.documentElement.dataset.kioskTextSize);
  const problems: string[] = [];
  for (const profile of screenProfiles) {
    await page.setViewportSize(profile.viewport);
    await settle(page);
    const found = await page.evaluate(checkLayout, {
      mainActionMayScroll: options.mainActionMayScroll,
    });
    problems.push(...found.map((p) => `${profile.name}: ${p}`));
    if (galleryDir) await saveToGallery(page, screen, state, profile.name, found);
  }
  // The largest text size (« Affichage », A++) must hold too: one more layout evaluation at the
  // two orientations, where lines wrap most and the header takes the most height. At twice the
  // text a screen may need scrolling down to its main action (as WCAG's reflow allows); what must
  // hold is everything else: no sideways scroll, nothing cut, targets large and apart.
  await page.evaluate(setTextSize, 'larger');
  for (const profile of largestTextProfiles) {
    await page.setViewportSize(profile.viewport);
    await settle(page);
    const found = await page.evaluate(checkLayout, { mainActionMayScroll: true });
    problems.push(...found.map((p) => `${profile.name} A++: ${p}`));
    if (galleryDir) await saveToGallery(page, screen, state, `${profile.name}-largest`, found);
  }
  await page.evaluate(setTextSize, textSize);
  if (!galleryDir) expect(problems, `layout rules on ${title}`).toEqual([]);
  await page.setViewportSize(landscape.viewport);
  await settle(page);
  if (!galleryDir && options.pixels !== false) {
    await page.evaluate(markDynamicText, DYNAMIC_TEXT);
    await expect(page).toHaveScreenshot(`${slug(screen)}--${slug(state)}.png`, {
      mask: [page.locator(`[${MASK}]`), ...(options.mask ?? [])],
      maxDiffPixelRatio: 0.01,
      animations: 'disabled',
      caret: 'hide',
    });
  }
  if (original) await page.setViewportSize(original);
}

const MASK = 'data-screen-mask';

/** The profiles checked again at the largest text size: the two orientations. */
const largestTextProfiles = screenProfiles.filter((p) => p.name !== 'square');

/**
 * Draws the screen at a text size, as the « Affichage » control does (the attribute kiosk.css
 * reads), without opening the panel; `undefined` puts back the default. Runs in the page.
 */
function setTextSize(size: string | undefined): void {
  if (size) document.documentElement.dataset.kioskTextSize = size;
  else delete document.documentElement.dataset.kioskTextSize;
}

/**
 * Marks the smallest element around each piece of changing text (a select for its options), so
 * the mask covers that text and not the form it stands in. Runs in the page; the attribute changes
 * nothing a person sees.
 */
function markDynamicText(sources: { source: string; flags: string }[]): void {
  window.scrollTo(0, 0);
  const patterns = sources.map(({ source, flags }) => new RegExp(source, flags));
  const pattern = { test: (text: string) => patterns.some((p) => p.test(text)) };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !pattern.test(node.textContent ?? '')) continue;
    (parent.closest('select') ?? parent).setAttribute('data-screen-mask', '');
  }
  for (const input of document.querySelectorAll('input')) {
    if (pattern.test(input.value)) input.setAttribute('data-screen-mask', '');
  }
}

/**
 * The layout rules (touch targets among them) on the screen as it stands, at the current viewport
 * only: for a moment inside a flow that `expectScreen` does not photograph.
 */
export async function expectLayoutRules(page: Page, screen: string): Promise<void> {
  expect(await page.evaluate(checkLayout, {}), `layout rules on ${screen}`).toEqual([]);
}

/** Two frames after a resize: layout, fonts and React's resize effects have run. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

async function saveToGallery(
  page: Page,
  screen: string,
  state: string,
  profile: string,
  problems: string[],
): Promise<void> {
  const dir = galleryDir!;
  mkdirSync(join(dir, 'png'), { recursive: true });
  const file = `png/${slug(screen)}--${slug(state)}--${profile}.png`;
  await page.screenshot({ path: join(dir, file), fullPage: true, animations: 'disabled' });
  const entry = { screen, state, profile, file, problems };
  appendFileSync(join(dir, 'screens.jsonl'), `${JSON.stringify(entry)}\n`);
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
