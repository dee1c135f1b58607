import { SingleLineText } from '../primitives.ts';
import * as z from 'zod';
import { defineEvent } from '../define-event.ts';

/**
 * `health.ping-recorded` v1: the foundation's proving event. The health service publishes it through its
 * outbox when a ping is recorded, and consumes it itself from its queue to mark the ping received.
 *
 * @example
 * ```ts
 * const event = pingRecorded.create({ pingId, message: 'hello', recordedBy: caller.id }, { correlationId });
 * ```
 */
export const pingRecorded = defineEvent({
  type: 'health.ping-recorded',
  version: 1,
  producer: 'health',
  consumers: ['health'],
  description: 'A ping was recorded through the health API; it proves that events flow from outbox to queue to consumer.',
  data: z.object({
    pingId: z.uuid(),
    message: SingleLineText(200),
    recordedBy: z.string(),
  }),
});
