import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildCentralApi } from '../src/app';
import { openDatabase } from '../src/db/open';

export const OPENAPI_JSON_PATH = 'shared/api/openapi.json';
export const OPENAPI_DTS_PATH = 'shared/api/openapi.d.ts';

const DTS_HEADER = `/**
 * Generated from shared/api/openapi.json by \`npm run openapi\` (openapi-typescript).
 * Do not edit: change the routes in central-api/src/routes and regenerate.
 */

`;

/** The OpenAPI document as the reference server describes itself, and its TypeScript types. */
export async function generateOpenApi(): Promise<{ json: string; dts: string }> {
  const db = openDatabase(':memory:');
  // No password is ever hashed here; cheap parameters keep the export fast.
  const app = await buildCentralApi({ db, passwordHashing: { memoryCost: 1024, timeCost: 1 } });
  try {
    await app.ready();
    const document = app.swagger() as unknown as OpenAPI3;
    const json = `${JSON.stringify(document, null, 2)}\n`;
    // Parse our own serialisation so the types come from exactly the committed JSON.
    const ast = await openapiTS(JSON.parse(json) as OpenAPI3, { silent: true });
    return { json, dts: DTS_HEADER + astToString(ast) };
  } finally {
    await app.close();
    db.close();
  }
}
