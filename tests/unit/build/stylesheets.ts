/**
 * The renderer's CSS scoping rules, as a checker that works on file contents so a test can feed it
 * broken sheets as well as the real ones:
 *
 * - only renderer/ui has global stylesheets (plain `.css`); everywhere else a stylesheet is a CSS
 *   module (`*.module.css`), whose classes the build renames per file;
 * - our global classes all start with `kiosk-`, and each is written in one global sheet only: two
 *   sheets styling the same global class is how one screen broke another's layout;
 * - a global rule may reach DSFR classes (`fr-*`) only under a kiosk- class, except icon
 *   definitions (`fr-icon-*`), which complete the icon families the kiosk does not import whole;
 * - in a module, `:global(…)` wraps DSFR classes only, and every selector has a local class (a
 *   selector without one, such as `body` or `:global(.fr-btn)`, would style the whole app);
 * - every `styles.x` a component reads is declared by its module, and every class a module declares
 *   is read by some component (a typo gives an unstyled element, not an error).
 */
export interface SourceFile {
  /** From the repository root, with forward slashes. */
  path: string;
  text: string;
}

const isModule = (path: string) => path.endsWith('.module.css');
const isUiSheet = (path: string) => path.startsWith('renderer/ui/');
const isDsfr = (name: string) => name.startsWith('fr-');
const ownPrefix = 'kiosk-';

/** Selectors of every style rule, at any @media/@supports depth; @font-face, @keyframes skipped. */
export function selectors(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  // What each open block is: a rule's declarations, a grouping at-rule, or one to skip whole.
  const stack: ('rule' | 'group' | 'skip')[] = [];
  let prelude = '';
  for (const char of text) {
    if (char === '{') {
      const head = prelude.trim();
      const inside = stack.at(-1);
      if (inside === 'skip' || inside === 'rule') stack.push('skip');
      else if (/^@(media|supports|layer|container)\b/.test(head)) stack.push('group');
      else if (head.startsWith('@')) stack.push('skip');
      else {
        found.push(...splitTopLevel(head));
        stack.push('rule');
      }
      prelude = '';
    } else if (char === '}') {
      stack.pop();
      prelude = '';
    } else if (char === ';') prelude = '';
    else prelude += char;
  }
  return found;
}

/** Splits a selector list at the commas outside parentheses (`:is(a, b)` stays whole). */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of list) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

const classNames = (selector: string) =>
  [...selector.replace(/\[[^\]]*\]/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map(([, n]) => n!);

/** A module selector's classes: local ones, and the ones inside `:global(…)`. */
export function moduleClasses(selector: string): {
  local: string[];
  global: string[];
  bareGlobal: boolean;
} {
  const global: string[] = [];
  let rest = '';
  let i = 0;
  while (i < selector.length) {
    const start = selector.indexOf(':global(', i);
    if (start < 0) {
      rest += selector.slice(i);
      break;
    }
    rest += selector.slice(i, start);
    let depth = 1;
    let end = start + ':global('.length;
    while (end < selector.length && depth > 0) {
      if (selector[end] === '(') depth++;
      if (selector[end] === ')') depth--;
      end++;
    }
    global.push(...classNames(selector.slice(start + ':global('.length, end - 1)));
    i = end;
  }
  return { local: classNames(rest), global, bareGlobal: /:global(?!\()/.test(rest) };
}

/** Every broken rule, one sentence each, naming the file and the class. */
export function scopingProblems(sheets: SourceFile[], components: SourceFile[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, Set<string>>();
  const declared = new Map<string, Set<string>>();
  for (const { path, text } of sheets) {
    if (isModule(path)) {
      const local = new Set<string>();
      for (const selector of selectors(text)) {
        const classes = moduleClasses(selector);
        classes.local.forEach((name) => local.add(name));
        if (classes.bareGlobal)
          problems.push(`${path}: "${selector}" switches to global mode; use :global(.fr-…)`);
        for (const name of classes.global.filter((n) => !isDsfr(n)))
          problems.push(`${path}: "${selector}" declares the global class .${name} in a module`);
        if (classes.local.length === 0)
          problems.push(`${path}: "${selector}" has no local class, so it styles the whole app`);
      }
      declared.set(path, local);
      continue;
    }
    if (!isUiSheet(path))
      problems.push(`${path}: a global stylesheet outside renderer/ui (make it a .module.css)`);
    for (const selector of selectors(text)) {
      const classes = classNames(selector);
      const own = classes.filter((name) => !isDsfr(name));
      for (const name of own) {
        if (!name.startsWith(ownPrefix))
          problems.push(`${path}: the global class .${name} lacks the ${ownPrefix} prefix`);
        owners.set(name, (owners.get(name) ?? new Set()).add(path));
      }
      const dsfr = classes.filter(isDsfr);
      if (dsfr.length > 0 && own.length === 0 && !dsfr.every((n) => n.startsWith('fr-icon-')))
        problems.push(
          `${path}: "${selector}" restyles the DSFR everywhere; scope it under a kiosk- class`,
        );
    }
  }
  for (const [name, paths] of owners)
    if (paths.size > 1) problems.push(`.${name} is declared in ${[...paths].sort().join(' and ')}`);
  problems.push(...moduleUsageProblems(declared, components));
  // One line per broken rule and class, however many selectors repeat it.
  return [...new Set(problems)];
}

/** `styles.x` read by components against the classes their modules declare, both ways. */
function moduleUsageProblems(declared: Map<string, Set<string>>, components: SourceFile[]) {
  const problems: string[] = [];
  const read = new Map<string, Set<string>>();
  for (const { path, text } of components) {
    for (const [, binding, spec] of text.matchAll(
      /^import (\w+) from '(\.[^']+\.module\.css)';$/gm,
    )) {
      const sheet = joinPath(path, spec!);
      const names = [
        ...text.matchAll(new RegExp(`\\b${binding}(?:\\.(\\w+)|\\['([\\w-]+)'\\])`, 'g')),
      ].map(([, dot, bracket]) => (dot ?? bracket)!);
      const own = declared.get(sheet);
      if (!own) {
        problems.push(`${path}: imports ${spec}, which is not a stylesheet here`);
        continue;
      }
      for (const name of names) {
        if (!own.has(name))
          problems.push(`${path}: ${binding}.${name} is not declared in ${sheet}`);
        read.set(sheet, (read.get(sheet) ?? new Set()).add(name));
      }
    }
  }
  for (const [sheet, names] of declared)
    for (const name of names)
      if (!read.get(sheet)?.has(name)) problems.push(`${sheet}: .${name} is used by no component`);
  return problems;
}

/** `renderer/a/B.tsx` + `./c.module.css` → `renderer/a/c.module.css` (also `../`). */
function joinPath(from: string, spec: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const segment of spec.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}
