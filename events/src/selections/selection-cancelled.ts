import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { GssCode, Identifier, PlainText } from '../primitives.ts';

/**
 * `selections.selection-cancelled` v1: a scheduled selection will not go ahead (for example
 * the sitting MP withdrew their retirement before the freeze date).
 *
 * @example
 * selectionCancelled.create({ selectionId, seatId, reason }, { correlationId });
 */
export const selectionCancelled = defineEvent({
  type: 'selections.selection-cancelled',
  version: 1,
  producer: 'selections',
  consumers: ['fund'],
  description: 'A scheduled selection was cancelled and will not go ahead.',
  data: z.object({
    selectionId: Identifier,
    seatId: GssCode,
    reason: PlainText(2_000),
  }),
});
