import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import * as z from 'zod';
import { eventCatalogue } from './catalogue.ts';
import { renderCatalogue } from './catalogue-markdown.ts';
import { defineEvent } from './define-event.ts';

describe('renderCatalogue', () => {
  it('matches the checked-in events/catalogue.md', () => {
    // Prepare
    const checkedIn = readFileSync(new URL('../catalogue.md', import.meta.url), 'utf8');
    // Act
    const rendered = renderCatalogue(eventCatalogue);
    // Assess: a stale file fails with the fix in the message
    expect(checkedIn === rendered ? 'up to date' : 'stale: run `pnpm events:catalogue` and commit events/catalogue.md').toBe(
      'up to date',
    );
  });

  it('lists events by type, then version, each with its contract and data schema', () => {
    // Prepare
    const data = z.object({ n: z.int() });
    const event = (type: string, version: number) =>
      defineEvent({ type, version, producer: 'fund', consumers: ['selections', 'emeritus'], description: `About ${type}.`, data });
    // Act
    const markdown = renderCatalogue([event('fund.b', 1), event('fund.a', 2), event('fund.a', 1)]);
    // Assess
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toStrictEqual(['## fund.a v1', '## fund.a v2', '## fund.b v1']);
    const firstSection = markdown.slice(markdown.indexOf('## fund.a v1'), markdown.indexOf('## fund.a v2'));
    expect(firstSection).toBe(
      [
        '## fund.a v1',
        '',
        'About fund.a.',
        '',
        '- Producer: fund',
        '- Consumers: selections, emeritus',
        '',
        '`data`:',
        '',
        '```json',
        JSON.stringify(
          {
            $schema: 'https://json-schema.org/draft/2020-12/schema',
            type: 'object',
            properties: { n: { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 } },
            required: ['n'],
            additionalProperties: false,
          },
          null,
          2,
        ),
        '```',
        '',
        '',
      ].join('\n'),
    );
  });
});
