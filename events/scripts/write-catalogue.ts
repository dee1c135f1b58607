// Regenerates events/catalogue.md from the definitions; run `pnpm events:catalogue` after changing an event.
import { writeFileSync } from 'node:fs';
import { eventCatalogue } from '../src/catalogue.ts';
import { renderCatalogue } from '../src/catalogue-markdown.ts';
import { unpublishedEvents } from '../src/unpublished-events.ts';

const target = new URL('../catalogue.md', import.meta.url);
writeFileSync(target, renderCatalogue(eventCatalogue, unpublishedEvents));
console.log(`wrote ${target.pathname}`);
