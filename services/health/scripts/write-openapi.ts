// `pnpm openapi`: writes the platform API's OpenAPI document to openapi.json at the repository root, where
// `GET /openapi.json` and the console read it. A test fails while the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { platformDocument } from '../src/openapi/platform-document.ts';
import { serialisedDocument } from '../src/openapi/serialised-document.ts';

const target = fileURLToPath(new URL('../../../openapi.json', import.meta.url));
writeFileSync(target, serialisedDocument(platformDocument()));
console.log(`wrote ${target}`);
