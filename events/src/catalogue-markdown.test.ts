import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import * as z from 'zod';
import { eventCatalogue } from './catalogue.ts';
import { renderCatalogue } from './catalogue-markdown.ts';
import { defineEvent } from './define-event.ts';
import { unpublishedEvents } from './unpublished-events.ts';

describe('renderCatalogue', () => {
  it('matches the checked-in events/catalogue.md', () => {
    // Prepare
    const checkedIn = readFileSync(new URL('../catalogue.md', import.meta.url), 'utf8');
    // Act
    const rendered = renderCatalogue(eventCatalogue, unpublishedEvents);
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

  it('ends with the events not published, by type, each with its producer and why', () => {
    // Prepare
    const data = z.object({ n: z.int() });
    const published = defineEvent({ type: 'fund.a', version: 1, producer: 'fund', consumers: ['emeritus'], description: 'About fund.a.', data });
    // Act
    const markdown = renderCatalogue([published], [
      { type: 'fund.z', producer: 'fund', why: 'nobody reads it.' },
      { type: 'fund.b', producer: 'fund', why: 'nobody reads it either.' },
    ]);
    // Assess
    expect(markdown.slice(markdown.indexOf('## Not published'))).toBe(
      ['## Not published', '', 'Facts weighed as events and not published, and why:', '', '- `fund.b` (fund): nobody reads it either.', '- `fund.z` (fund): nobody reads it.', ''].join('\n'),
    );
  });

  it('fails when an event listed as not published is in the catalogue', () => {
    // Prepare
    const published = defineEvent({ type: 'fund.a', version: 1, producer: 'fund', consumers: ['emeritus'], description: 'About fund.a.', data: z.object({}) });
    // Act
    const rendering = () => renderCatalogue([published], [{ type: 'fund.a', producer: 'fund', why: 'nobody reads it.' }]);
    // Assess
    expect(rendering).toThrow(new Error('listed as unpublished but in the catalogue: fund.a'));
  });

  it('lists the emeritus consultation and meeting events as not published, none of them in the catalogue', () => {
    // Act
    const markdown = renderCatalogue(eventCatalogue, unpublishedEvents);
    // Assess
    expect(markdown.split('\n').filter((line) => line.startsWith('- `emeritus.')).map((line) => line.slice(0, line.indexOf(' (')))).toStrictEqual([
      '- `emeritus.clause-v-meeting-flagged`',
      '- `emeritus.consultation-closed`',
      '- `emeritus.consultation-opened`',
    ]);
  });
});
