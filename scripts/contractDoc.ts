/**
 * docs/contract.md, written from shared/contract itself: the methods and events with their input
 * and output fields (from the zod schemas) and their descriptions (from the JSDoc beside each
 * declaration). A hand-written copy drifted; this one cannot, since a test compares it with the
 * contract (`npm run contract-doc` rewrites it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';
import { z } from 'zod';
import { actualisationMethods } from '../shared/contract/actualisation';
import {
  employerSpaceMethods,
  entrepriseMethods,
  particulierMethods,
  passwordMethods,
  registrationMethods,
  webauthnMethods,
} from '../shared/contract/account';
import { adminMethods } from '../shared/contract/admin';
import { speechMethods } from '../shared/contract/speech';
import { situationMethods } from '../shared/contract/situation';
import { profilMethods } from '../shared/contract/profil';
import { adviserMethods } from '../shared/contract/adviser';
import { employerDashboardMethods } from '../shared/contract/employerSpace';
import {
  EVENTS_PATH,
  IPC_EVENT_CHANNEL,
  RPC_PATH_PREFIX,
  ipcChannelOf,
} from '../shared/contract/channels';
import { cvMethods } from '../shared/contract/cv';
import { offresMethods } from '../shared/contract/offres';
import { offresCandidatMethods } from '../shared/contract/offresCandidat';
import { documentsMethods } from '../shared/contract/documents';
import { errorCodes } from '../shared/contract/errors';
import { events } from '../shared/contract/events';
import { coreMethods, methodNames, type MethodTable } from '../shared/contract/methods';
import { outboxMethods } from '../shared/contract/outbox';
import { paiementsMethods } from '../shared/contract/paiements';

export const CONTRACT_DOC_PATH = 'docs/contract.md';

const root = resolve(import.meta.dirname, '..');
const contractFolder = resolve(root, 'shared/contract');

/** One section per contract slice, in the order of `methods`; its intro is the slice's JSDoc. */
const sections: Array<[title: string, slice: string, table: MethodTable]> = [
  ['Settings, visit, sign-in, help', 'coreMethods', coreMethods],
  ['Actualisation', 'actualisationMethods', actualisationMethods],
  ['Outbox', 'outboxMethods', outboxMethods],
  ['Documents and Mes échanges', 'documentsMethods', documentsMethods],
  ['Admin exit', 'adminMethods', adminMethods],
  ['CV', 'cvMethods', cvMethods],
  ['Job offers', 'offresMethods', offresMethods],
  ['Classeur, alerts, applications', 'offresCandidatMethods', offresCandidatMethods],
  ['Registration', 'registrationMethods', registrationMethods],
  ['Password paths', 'passwordMethods', passwordMethods],
  ['Security key', 'webauthnMethods', webauthnMethods],
  ['Entreprise space', 'entrepriseMethods', entrepriseMethods],
  ['Particulier employeur space', 'particulierMethods', particulierMethods],
  ['Employer spaces at the kiosk', 'employerDashboardMethods', employerDashboardMethods],
  ['Speech', 'speechMethods', speechMethods],
  ['Both employer spaces', 'employerSpaceMethods', employerSpaceMethods],
  [
    'Change of situation, past declarations, forgotten identifiant',
    'situationMethods',
    situationMethods,
  ],
  ['Mes paiements and attestations', 'paiementsMethods', paiementsMethods],
  ['Mon profil', 'profilMethods', profilMethods],
  ['Adviser mode', 'adviserMethods', adviserMethods],
];

/** The JSDoc text of every declaration in shared/contract, by name (`'cv.list'`, `cvMethods`). */
function contractComments(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of readdirSync(contractFolder).filter((name) => name.endsWith('.ts'))) {
    const path = resolve(contractFolder, file);
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      const name =
        ts.isPropertyAssignment(node) && ts.isStringLiteral(node.name)
          ? node.name.text
          : ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)
            ? node.name.text
            : undefined;
      const holder = ts.isVariableDeclaration(node) ? node.parent.parent : node;
      const text = ts
        .getJSDocCommentsAndTags(holder)
        .filter(ts.isJSDoc)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ');
      if (name && text) found.set(name, text.replace(/\s+/g, ' ').trim());
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

/** The top level of a schema in a few words: field names (`?` when optional), not their types. */
function shape(schema: JsonSchema): string {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.map(shape))].join(' or ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' \\| ');
  if (schema.type === 'array') return `list of ${schema.items ? shape(schema.items) : 'items'}`;
  if (schema.properties) {
    const names = Object.keys(schema.properties);
    const required = new Set(schema.required ?? []);
    if (names.length === 0) return '{}';
    return `{ ${names.map((name) => (required.has(name) ? name : `${name}?`)).join(', ')} }`;
  }
  if (schema.type === 'object') return schema.additionalProperties ? 'record' : '{}';
  return Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any');
}

const describe = (schema: z.ZodType, io: 'input' | 'output'): string =>
  shape(z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema);

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The markdown, formatted by the project's prettier settings so `prettier --check` accepts it. */
export async function generateContractDoc(): Promise<string> {
  const comments = contractComments();
  const documented = new Set(sections.flatMap(([, , table]) => Object.keys(table)));
  const missing = methodNames.filter((name) => !documented.has(name));
  if (missing.length > 0)
    throw new Error(`contract slices missing from scripts/contractDoc.ts: ${missing.join(', ')}`);

  const lines = [
    '# The contract (renderer ↔ main)',
    '',
    '<!-- Generated from shared/contract by `npm run contract-doc`; edit the contract, not this file. -->',
    '',
    'Declared once in `shared/contract`, with zod schemas for every input and output. Calls return',
    '`{ ok: true, value }` or `{ ok: false, error: { code, message, fields?, retryAfterSeconds? } }`.',
    'Main validates the input before any handler runs and parses the output, which strips any field',
    'beyond the contract. Fields are listed by name (`?`: optional); the schemas hold their types.',
    '',
    `Transports: Electron IPC, one invoke channel per method (\`${ipcChannelOf('visit.start')}\`) and`,
    `one event channel (\`${IPC_EVENT_CHANNEL}\`), sender checked against the visit's window and origin;`,
    `browser mode, \`POST ${RPC_PATH_PREFIX}<method>\` and server-sent events on \`GET ${EVENTS_PATH}\`,`,
    'with the per-launch token.',
    '',
  ];
  for (const [title, slice, table] of sections) {
    lines.push(`## ${title}`, '');
    const intro = comments.get(slice);
    if (intro) lines.push(intro, '');
    lines.push('| method | input | output | what |', '| --- | --- | --- | --- |');
    for (const [name, spec] of Object.entries(table)) {
      const row = [
        `\`${name}\``,
        describe(spec.input, 'input'),
        describe(spec.output, 'output'),
        comments.get(name) ?? '',
      ];
      lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
    lines.push('');
  }
  lines.push(
    '## Events (main → renderer)',
    '',
    '| event | payload | what |',
    '| --- | --- | --- |',
  );
  for (const [name, schema] of Object.entries(events)) {
    const row = [`\`${name}\``, describe(schema, 'output'), comments.get(name) ?? ''];
    lines.push(`| ${row.map(cell).join(' | ')} |`);
  }
  lines.push(
    '',
    '## Error codes',
    '',
    'The closed list (`shared/contract/errors.ts`); the renderer shows the catalogue message',
    '`errors.<code>` for each: ' + errorCodes.map((code) => `\`${code}\``).join(', ') + '.',
    '',
  );

  const path = resolve(root, CONTRACT_DOC_PATH);
  const options = await prettier.resolveConfig(path);
  return prettier.format(lines.join('\n'), { ...options, filepath: path });
}
