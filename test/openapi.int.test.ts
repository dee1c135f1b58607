import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { localCloud } from '@platform/testing';

const cloud = localCloud();
const committed = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8')) as unknown;

describe('GET /openapi.json through the local cloud', () => {
  it('answers 200 with the committed document, without a token', async () => {
    // Act
    const response = await cloud.request('GET', '/openapi.json');
    // Assess
    expect({ status: response.status, contentType: response.contentType, body: response.body }).toStrictEqual({
      status: 200,
      contentType: 'application/json',
      body: committed,
    });
  });
});
