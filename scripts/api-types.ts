/**
 * Writes the web app's API types (apps/web/src/api/schema.d.ts) from the API's OpenAPI document,
 * built from the controllers without PostgreSQL or Redis. `--check` only says whether the committed
 * file is stale (exit 1), as the test of the same name does in `npm test`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describeApiOffline } from '../apps/api/src/openapi';

export const API_TYPES_FILE = join(__dirname, '..', 'apps', 'web', 'src', 'api', 'schema.d.ts');

const HEADER = "// Written by `npm run api:types` from the API's OpenAPI document: change the DTOs and run it again.\n";

export async function renderApiTypes(): Promise<string> {
  const document = await describeApiOffline();
  return HEADER + astToString(await openapiTS(document as Parameters<typeof openapiTS>[0]));
}

async function main(check: boolean): Promise<void> {
  const fresh = await renderApiTypes();
  if (!check) {
    writeFileSync(API_TYPES_FILE, fresh);
    return;
  }
  if (readFileSync(API_TYPES_FILE, 'utf8') !== fresh) {
    console.error(`${API_TYPES_FILE} is stale: run \`npm run api:types\``);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main(process.argv.includes('--check')).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
