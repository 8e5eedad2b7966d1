/**
 * Import cycles between the project's own modules. A cycle makes load order decide whether a value
 * is defined yet (a `const` read before its module ran is `undefined` under CommonJS bundles) and
 * keeps features from being read or tested alone. Imports that vanish at compile time (`import
 * type`, or every name marked `type`) cannot cause that, so they are not edges; nor is a dynamic
 * `import()`, which runs after every module has loaded.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const sourceExtensions = ['.ts', '.tsx', '.mts'];
const skippedFolders = new Set(['node_modules', 'dist', 'release', 'coverage', 'reports']);

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return skippedFolders.has(name) ? [] : sourceFiles(path);
    const isSource = sourceExtensions.some((ext) => name.endsWith(ext)) && !name.endsWith('.d.ts');
    return isSource ? [path] : [];
  });
}

/** The relative specifiers a file needs at run time, in source order. */
export function runtimeImports(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly && ts.isStringLiteral(statement.moduleSpecifier))
        found.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      const clause = statement.exportClause;
      const typeOnly =
        statement.isTypeOnly ||
        (clause !== undefined &&
          ts.isNamedExports(clause) &&
          clause.elements.length > 0 &&
          clause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly && ts.isStringLiteral(statement.moduleSpecifier))
        found.push(statement.moduleSpecifier.text);
    }
  }
  return found.filter((specifier) => specifier.startsWith('.'));
}

function resolveImport(from: string, specifier: string, files: Set<string>): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\.(m?js)$/, ''));
  const candidates = [
    base,
    ...sourceExtensions.map((ext) => base + ext),
    ...sourceExtensions.map((ext) => join(base, `index${ext}`)),
  ];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Every cycle among the source files under `folders` (absolute paths), each as the list of its
 * files relative to `root`, sorted; strongly connected components found with Tarjan's algorithm.
 */
export function findImportCycles(root: string, folders: string[]): string[][] {
  const files = new Set(folders.flatMap((folder) => sourceFiles(resolve(root, folder))));
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const targets = runtimeImports(file, readFileSync(file, 'utf8'))
      .map((specifier) => resolveImport(file, specifier, files))
      .filter((target): target is string => target !== undefined);
    edges.set(file, targets);
  }

  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;

  const visit = (file: string): void => {
    index.set(file, counter);
    lowLink.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of edges.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(target)!));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(target)!));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfImport = edges.get(file)?.includes(file) ?? false;
    if (component.length > 1 || selfImport)
      cycles.push(component.map((path) => relative(root, path)).sort());
  };

  for (const file of [...files].sort()) if (!index.has(file)) visit(file);
  return cycles;
}
