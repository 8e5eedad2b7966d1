/**
 * What the kiosk says about a screen or an element, built from the DOM as a screen reader would:
 * accessible names (aria-labelledby, aria-label, <label>), values, descriptions (hints and error
 * messages linked by aria-describedby). One function for « Écouter » and for the speech mode.
 */
export interface DescribeWords {
  /** "vide": a field with nothing typed. */
  empty: string;
  /** "8 caractères saisis": a password is never read out, only its length. */
  passwordTyped(count: number): string;
  checked: string;
  unchecked: string;
  /** "Actions : …": the buttons of the screen, named after its text. */
  actions(list: string): string;
}

const HIDDEN = '[hidden], [aria-hidden="true"], [inert], template, script, style';
const FIELD = 'input:not([type="hidden"]), select, textarea';

function isHidden(el: Element): boolean {
  if (el.closest(HIDDEN)) return true;
  // display:none hides from screen readers too; jsdom and Chromium both compute it.
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement)
    if (view?.getComputedStyle(node).display === 'none') return true;
  return false;
}

/** Visible text with the words of separate elements kept apart ("Identifiant" + hint). */
export function textOf(node: Node, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.textContent ?? '');
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (el.matches(HIDDEN) || skip?.(el)) return;
      if (el.tagName === 'IMG') parts.push(' ', el.getAttribute('alt') ?? '', ' ');
      parts.push(' ');
      el.childNodes.forEach(walk);
      parts.push(' ');
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function byIds(el: Element, attribute: string): Element[] {
  const ids = el.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? [];
  return ids.flatMap((id) => {
    const found = el.ownerDocument.getElementById(id);
    return found ? [found] : [];
  });
}

const isHint = (el: Element) => el.classList.contains('fr-hint-text');

/** The accessible name: aria-labelledby, aria-label, the field's <label> (without its hint), text. */
export function accessibleName(el: Element): string {
  const labelledBy = byIds(el, 'aria-labelledby');
  if (labelledBy.length) return labelledBy.map((l) => textOf(l)).join(' ');
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return Array.from(labels, (l) => textOf(l, isHint)).join(' ');
  return textOf(el);
}

/** Hints inside the label and everything aria-describedby points at (the error message). */
function descriptionOf(el: Element): string[] {
  const hints = Array.from((el as HTMLInputElement).labels ?? []).flatMap((l) =>
    Array.from(l.querySelectorAll('.fr-hint-text'), (h) => textOf(h)),
  );
  const described = byIds(el, 'aria-describedby').map((d) => textOf(d));
  return [...new Set([...hints, ...described])].filter(Boolean);
}

function valueOf(el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, w: DescribeWords) {
  if (el instanceof HTMLSelectElement)
    return el.selectedOptions[0] ? textOf(el.selectedOptions[0]) || w.empty : w.empty;
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio'))
    return el.checked ? w.checked : w.unchecked;
  // A password stays a password when shown (type=text): the show button is for the eyes only.
  if (el instanceof HTMLInputElement && (el.type === 'password' || el.dataset.kioskSecret))
    return el.value ? w.passwordTyped(el.value.length) : w.empty;
  return el.value || w.empty;
}

/** One field: "Identifiant : 1234567A. <hint>. <error>." */
export function describeField(
  el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  w: DescribeWords,
): string {
  return sentence([`${accessibleName(el)} : ${valueOf(el, w)}`, ...descriptionOf(el)]);
}

function sentence(parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/[.!?:…]$/.test(p) ? p : `${p}.`))
    .join(' ');
}

/** What the focus landed on, for the speech mode. */
export function describeElement(el: Element, w: DescribeWords): string {
  if (el.matches(FIELD)) return describeField(el as HTMLInputElement, w);
  const pressed = el.getAttribute('aria-pressed');
  const name = accessibleName(el);
  if (pressed === 'true') return sentence([name, w.checked]);
  if (pressed === 'false') return sentence([name, w.unchecked]);
  return sentence([name]);
}

/**
 * A screen (or an open dialog) read from top to bottom: headings, the question and instructions,
 * messages, each field with its value, then the names of its buttons in one sentence.
 */
export function describeScreen(root: Element, w: DescribeWords): string[] {
  const said: string[] = [];
  const actions: string[] = [];
  // Hints and error messages are read with their field, not a second time on their own.
  const withField = new Set(
    Array.from(root.querySelectorAll(FIELD)).flatMap((f) => byIds(f, 'aria-describedby')),
  );
  const blocks = root.querySelectorAll(
    `h1, h2, h3, legend, p, li, [role="alert"], ${FIELD}, button, a[href]`,
  );
  for (const el of Array.from(blocks)) {
    if (isHidden(el) || withField.has(el)) continue;
    if (el.matches(FIELD)) said.push(describeField(el as HTMLInputElement, w));
    else if (el.matches('button, a[href]')) {
      const name = accessibleName(el);
      if (name) actions.push(name);
    }
    // A paragraph inside a label, a button or an already-read block is read with it.
    else if (
      !el.parentElement?.closest('label, button, a, p, li, legend, h1, h2, h3, [role="alert"]')
    ) {
      const text = textOf(
        el,
        (child) => child.matches(`${FIELD}, button, label, [role="alert"]`) && child !== el,
      );
      if (text) said.push(sentence([text]));
    }
  }
  if (actions.length) said.push(sentence([w.actions(actions.join(', '))]));
  return said;
}
