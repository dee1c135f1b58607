import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

/** The API's OpenAPI document, committed at the repository root (`pnpm openapi` writes it). */
export const documentPath = fileURLToPath(new URL('../../../openapi.json', import.meta.url));
/** The console's client types, generated from it. */
export const typesPath = fileURLToPath(new URL('../src/api/schema.ts', import.meta.url));

/**
 * The TypeScript types openapi-fetch is typed with, from the API's document.
 *
 * @example
 * writeFileSync(typesPath, await apiTypes(readFileSync(documentPath, 'utf8')));
 */
export const apiTypes = async (document: string): Promise<string> => {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0], { alphabetize: false, exportType: false });
  return `// Generated from openapi.json by \`pnpm --filter @platform/console api:types\`: do not edit by hand.\n${astToString(ast)}`;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(typesPath, await apiTypes(readFileSync(documentPath, 'utf8')));
  console.log(`wrote ${typesPath}`);
}
