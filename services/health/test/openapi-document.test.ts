import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { platformDocument } from '../src/openapi/platform-document.ts';
import { serialisedDocument } from '../src/openapi/serialised-document.ts';

type Operation = { operationId: string; responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };

const document = platformDocument();
const operations = Object.values(document.paths ?? {}).flatMap((item) =>
  (['get', 'post', 'put', 'patch', 'delete'] as const).flatMap((method) => (item[method] === undefined ? [] : [item[method] as unknown as Operation])),
);

describe('the platform OpenAPI document', () => {
  it('is what openapi.json holds (run `pnpm openapi` after changing a route)', () => {
    // Act
    const committed = readFileSync(new URL('../../../openapi.json', import.meta.url), 'utf8');
    // Assess
    expect(committed).toBe(serialisedDocument(document));
  });

  it('gives every JSON success answer of every route a schema', () => {
    // Act
    const missing = operations.flatMap(({ operationId, responses }) =>
      Object.entries(responses)
        .filter(([status, response]) => Number(status) < 400 && response.content?.['application/json'] !== undefined && response.content['application/json'].schema === undefined)
        .map(([status]) => `${operationId} ${status}`),
    );
    const withoutBody = operations.flatMap(({ operationId, responses }) =>
      Object.entries(responses)
        .filter(([status, response]) => Number(status) < 300 && response.content === undefined)
        .map(([status]) => `${operationId} ${status}`),
    );
    // Assess
    expect({ missing, withoutBody }).toStrictEqual({ missing: [], withoutBody: [] });
  });
});
