import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { apiTypes, documentPath, typesPath } from './api-types.ts';

describe("the console's API types", () => {
  it('are those generated from the committed OpenAPI document (pnpm --filter @platform/console api:types)', async () => {
    expect(readFileSync(typesPath, 'utf8')).toBe(await apiTypes(readFileSync(documentPath, 'utf8')));
  });
});
