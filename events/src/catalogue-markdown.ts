import * as z from 'zod';
import type { AnyEventDefinition } from './define-event.ts';

/**
 * Renders the human-readable catalogue checked in as `events/catalogue.md`: per event its contract and the
 * JSON Schema of its `data`. Sorted by type and version so that the output only changes when a contract does.
 *
 * @example
 * ```ts
 * writeFileSync('events/catalogue.md', renderCatalogue(eventCatalogue));
 * ```
 */
export const renderCatalogue = (events: readonly AnyEventDefinition[]): string => {
  const sorted = [...events].sort((a, b) => a.type.localeCompare(b.type) || a.version - b.version);
  const sections = sorted.map((event) =>
    [
      `## ${event.type} v${event.version}`,
      '',
      event.description,
      '',
      `- Producer: ${event.producer}`,
      `- Consumers: ${event.consumers.join(', ')}`,
      '',
      '`data`:',
      '',
      '```json',
      JSON.stringify(z.toJSONSchema(event.data), null, 2),
      '```',
    ].join('\n'),
  );
  return [
    '# Event catalogue',
    '',
    '<!-- Generated from events/src/catalogue.ts by `pnpm events:catalogue`. Do not edit by hand. -->',
    '',
    'Every event travels in the same envelope: `id` (UUID), `type`, `version`, `occurredAt` (ISO instant, UTC),',
    '`source` (the producing service), `correlationId` and `data`, described below per event.',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
};
