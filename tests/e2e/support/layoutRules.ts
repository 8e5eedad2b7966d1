/**
 * The layout rules every screen keeps at every kiosk screen profile, checked in the page on what a
 * person sees (boxes as laid out), not on the DOM's structure:
 * - no sideways scrolling;
 * - the main content uses the screen: at least min(viewport − 96 px, 1000 px) wide, centred;
 * - no text clipped or running out of its button, tile, card or label; no word broken in two;
 * - the step's main action (a primary button) visible without scrolling, unless the screen is
 *   listed as one where the content cannot allow it (docs/decisions.md says why for each);
 * - touch targets at least 44 × 44 px, with at least 8 px between neighbours;
 * - on a portrait screen, the header's actions below the top 5 % (in a seated person's reach).
 *
 * `checkLayout` runs inside the page (Playwright serialises it), so it may use nothing from here.
 */
export interface LayoutOptions {
  /** The main action may sit below the fold: long content a person scrolls through first. */
  mainActionMayScroll?: boolean;
}

export function checkLayout(options: LayoutOptions): string[] {
  const MIN_TARGET = 44;
  const MIN_GAP = 8;
  const problems: string[] = [];
  const viewportWidth = document.documentElement.clientWidth;
  const viewportHeight = window.innerHeight;

  const describe = (el: Element): string => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    const id = el.id ? `#${el.id}` : '';
    return `${el.tagName.toLowerCase()}${id} «${text.slice(0, 40)}»`;
  };
  const shown = (el: Element): boolean => {
    if (el.closest('[inert], [aria-hidden="true"], .fr-sr-only')) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const box = el.getBoundingClientRect();
    return box.width > 1 && box.height > 1;
  };

  // Sideways scrolling.
  const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
  if (scrollWidth > viewportWidth + 1)
    problems.push(`the page scrolls sideways (${scrollWidth} px wide for ${viewportWidth} px)`);

  // The main content uses the screen, centred.
  const main = document.querySelector('main');
  if (!main) problems.push('no <main> element');
  else {
    const box = main.getBoundingClientRect();
    const wanted = Math.min(viewportWidth - 96, 1000);
    if (box.width + 1 < wanted)
      problems.push(`the main content is ${Math.round(box.width)} px wide (at least ${wanted} px)`);
    const off = Math.abs(box.left - (viewportWidth - box.right));
    if (off > 2) problems.push(`the main content is off centre by ${Math.round(off / 2)} px`);
  }

  // Text clipped, running out of its box, or a word broken across two lines.
  const boxes = document.querySelectorAll(
    'button, .fr-btn, .fr-tile, .fr-card, .fr-tag, .fr-badge, label, legend, h1, h2, h3, dt, dd, th, td',
  );
  for (const container of boxes) {
    if (!shown(container)) continue;
    const outer = container.getBoundingClientRect();
    const style = getComputedStyle(container);
    const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    if (clips && parseFloat(style.fontSize) > 0) {
      if (container.scrollWidth > container.clientWidth + 1)
        problems.push(`text cut off sideways in ${describe(container)}`);
      if (container.scrollHeight > container.clientHeight + 1)
        problems.push(`text cut off at the bottom of ${describe(container)}`);
    }
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !shown(parent) || parseFloat(getComputedStyle(parent).fontSize) === 0)
        continue;
      const text = node.textContent ?? '';
      // A word may break at a hyphen or a slash ("e-mail", "jj/mm/aaaa"), never inside letters.
      for (const match of text.matchAll(/[^\s\-‐‑/]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size > 1)
          problems.push(`the word «${match[0]}» is broken in ${describe(container)}`);
        for (const r of rects) {
          // Sideways only: a glyph's ascent may exceed a tight line height without being cut.
          if (r.right > outer.right + 1 || r.left < outer.left - 1) {
            problems.push(`«${match[0]}» runs out of ${describe(container)}`);
            break;
          }
        }
      }
    }
  }

  // The main action, seen as the person arrives (scrolled to the top).
  if (!options.mainActionMayScroll && main) {
    const primaries = [...main.querySelectorAll('.fr-btn')].filter(
      (el) =>
        shown(el) &&
        !/fr-btn--(secondary|tertiary)/.test(el.className) &&
        !el.closest('[role="dialog"]'),
    );
    const scrolled = window.scrollY;
    window.scrollTo(0, 0);
    const seen = primaries.some((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= viewportHeight + 1;
    });
    if (primaries.length > 0 && !seen)
      problems.push(`the main action ${describe(primaries[0]!)} is below the fold`);
    window.scrollTo(0, scrolled);
  }

  // On a screen taller than wide (a totem), the header's actions are out of a seated person's
  // reach in the top 5 % of the screen.
  if (viewportHeight > viewportWidth) {
    const scrolled = window.scrollY;
    window.scrollTo(0, 0);
    for (const el of document.querySelectorAll('header [role="group"] .fr-btn')) {
      if (!shown(el)) continue;
      const top = el.getBoundingClientRect().top;
      if (top < viewportHeight * 0.05)
        problems.push(`${describe(el)} sits in the top 5 % of the screen (${Math.round(top)} px)`);
    }
    window.scrollTo(0, scrolled);
  }

  // Touch targets: size and spacing. A radio or checkbox is reached through its label.
  // A bar stuck to an edge (sticky or fixed), or a panel hung over the screen, is its own layer: the content scrolling under it is
  // not its neighbour, so spacing is measured within a layer only.
  const layerOf = (el: Element): Element | null => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      const position = style.position;
      if (position === 'sticky' || position === 'fixed') return node;
      // A panel hung over the screen (« Affichage ») covers what lies under it: its own layer.
      if (position === 'absolute' && style.zIndex !== 'auto' && Number(style.zIndex) > 0)
        return node;
    }
    return null;
  };
  const targets: { el: Element; box: DOMRect; layer: Element | null }[] = [];
  // While a modal dialog is open its overlay takes every touch: only its own targets count.
  const modal = document.querySelector('[aria-modal="true"]') ?? document;
  const controls = modal.querySelectorAll(
    'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="link"], [role="tab"]',
  );
  for (const el of controls) {
    let target: Element = el;
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) {
      const label = el.labels?.[0];
      if (label) target = label;
    }
    if (!shown(target)) continue;
    // A link inside running text is exempt (WCAG 2.5.8), as on paper.
    if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
    if (targets.some((t) => t.el === target)) continue;
    targets.push({ el: target, box: target.getBoundingClientRect(), layer: layerOf(target) });
  }
  for (const { el, box } of targets) {
    if (box.width + 0.5 < MIN_TARGET || box.height + 0.5 < MIN_TARGET)
      problems.push(
        `target ${describe(el)} is ${Math.round(box.width)}×${Math.round(box.height)} px`,
      );
  }
  for (let i = 0; i < targets.length; i += 1) {
    for (let j = i + 1; j < targets.length; j += 1) {
      const a = targets[i]!;
      const b = targets[j]!;
      if (a.el.contains(b.el) || b.el.contains(a.el) || a.layer !== b.layer) continue;
      const dx = Math.max(0, Math.max(a.box.left, b.box.left) - Math.min(a.box.right, b.box.right));
      const dy = Math.max(0, Math.max(a.box.top, b.box.top) - Math.min(a.box.bottom, b.box.bottom));
      const gap = Math.hypot(dx, dy);
      if (gap + 0.5 < MIN_GAP)
        problems.push(
          `${describe(a.el)} and ${describe(b.el)} are ${Math.round(gap)} px apart (at least ${MIN_GAP})`,
        );
    }
  }
  return [...new Set(problems)];
}
