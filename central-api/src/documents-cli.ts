/**
 * Back-office stand-in: changes the status of a document sent from a kiosk.
 *   npx tsx central-api/src/documents-cli.ts --db ./.kiosk-data/central-api.db DOC-20260301-ABC234 traite
 *   npx tsx central-api/src/documents-cli.ts --db … DOC-… refuse "Document illisible"
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from './db/open';
import { documentStatuses, type DocumentStatus } from '../../shared/domain/documents';
import { setDocumentStatus } from './routes/documents';

const { values, positionals } = parseArgs({
  options: { db: { type: 'string', default: './.kiosk-data/central-api.db' } },
  allowPositionals: true,
});
const [reference, status, reason] = positionals;
if (!reference || !status || !(documentStatuses as readonly string[]).includes(status)) {
  console.error(`usage: --db <file> <reference> <${documentStatuses.join('|')}> [reason]`);
  process.exit(2);
}
const db = openDatabase(resolve(values.db));
try {
  const found = setDocumentStatus(db, reference, status as DocumentStatus, reason);
  console.log(found ? `${reference}: ${status}` : `${reference}: no such document`);
  process.exitCode = found ? 0 : 1;
} finally {
  db.close();
}
