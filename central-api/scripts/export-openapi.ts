/**
 * `npm run openapi`: writes shared/api/openapi.json and shared/api/openapi.d.ts from the reference
 * server's routes. Commit both; tests/unit/central-api/openapi-drift.test.ts fails when they are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { OPENAPI_DTS_PATH, OPENAPI_JSON_PATH, generateOpenApi } from './openapi';

const root = resolve(import.meta.dirname, '../..');
const { json, dts } = await generateOpenApi();
for (const [path, text] of [
  [OPENAPI_JSON_PATH, json],
  [OPENAPI_DTS_PATH, dts],
] as const) {
  const target = resolve(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${path}`);
}
