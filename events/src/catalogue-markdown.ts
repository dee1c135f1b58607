import * as z from 'zod';
import type { AnyEventDefinition } from './define-event.ts';
import type { UnpublishedEvent } from './unpublished-events.ts';

/**
 * Renders the human-readable catalogue checked in as `events/catalogue.md`: per event its contract and the
 * JSON Schema of its `data`, then the events weighed and not published, each with why. Sorted by type and
 * version so that the output only changes when a contract or a decision does.
 *
 * @example
 * ```ts
 * writeFileSync('events/catalogue.md', renderCatalogue(eventCatalogue, unpublishedEvents));
 * ```
 */
export const renderCatalogue = (events: readonly AnyEventDefinition[], unpublished: readonly UnpublishedEvent[] = []): string => {
  const published = unpublished.filter((decision) => events.some((event) => event.type === decision.type));
  if (published.length > 0) throw new Error(`listed as unpublished but in the catalogue: ${published.map((decision) => decision.type).join(', ')}`);
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
    ...(unpublished.length === 0
      ? []
      : [
          '## Not published',
          '',
          'Facts weighed as events and not published, and why:',
          '',
          ...[...unpublished].sort((a, b) => a.type.localeCompare(b.type)).map((decision) => `- \`${decision.type}\` (${decision.producer}): ${decision.why}`),
          '',
        ]),
  ].join('\n');
};
