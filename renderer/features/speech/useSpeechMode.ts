import { useEffect } from 'react';
import { describeElement, describeScreen, type DescribeWords } from './describe';

export type Say = (text: string, queue?: boolean) => void;

const DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"]';
const LIVE = '[role="alert"], [role="status"], [aria-live]';

/** The open dialog if any, else the screen: what « Écouter » reads. */
export function readingRoot(doc: Document): Element | null {
  return doc.querySelector(DIALOG) ?? doc.getElementById('contenu') ?? doc.querySelector('main');
}

/**
 * The speech mode: whatever gets the focus is said (a screen's heading: the whole screen; the
 * first focus inside a dialog: the dialog), and messages of live regions (errors, the idle
 * warning's countdown, statuses) are said after what is being said.
 */
export function useSpeechMode(on: boolean, say: Say, words: DescribeWords): void {
  useEffect(() => {
    if (!on) return;
    let dialog: Element | null = null;
    const onFocus = (event: FocusEvent) => {
      const el = event.target;
      if (!(el instanceof Element)) return;
      // A widget that says its own parts (the on-screen keyboard's keys, by their spoken names).
      if (el.closest('[data-kiosk-speaks-itself]')) return;
      const inDialog = el.closest(DIALOG);
      const parts: string[] = [];
      if (inDialog && inDialog !== dialog) parts.push(...describeScreen(inDialog, words));
      else if (el.matches('h1')) {
        const root = el.closest(DIALOG) ?? el.closest('main') ?? el;
        parts.push(...describeScreen(root, words));
      } else parts.push(describeElement(el, words));
      dialog = inDialog;
      say(parts.join(' '));
    };
    const pending = new Set<Element>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      for (const region of pending) {
        const text = region.textContent?.replace(/\s+/g, ' ').trim();
        if (text) say(text, true);
      }
      pending.clear();
    };
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const target =
          mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
        const region = target?.closest(LIVE);
        if (region) pending.add(region);
        mutation.addedNodes.forEach((node) => {
          if (node instanceof Element && node.matches(LIVE)) pending.add(node);
        });
      }
      clearTimeout(timer);
      timer = setTimeout(flush, 100);
    });
    document.addEventListener('focusin', onFocus);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => {
      document.removeEventListener('focusin', onFocus);
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [on, say, words]);
}
