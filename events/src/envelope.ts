import * as z from 'zod';
import { Instant } from './primitives.ts';

/**
 * The envelope every event travels in, whatever its type: what a queue consumer can check before it knows
 * which event it holds. `data` is left open here; each event definition narrows it.
 *
 * @example
 * ```ts
 * const result = EventEnvelope.safeParse(JSON.parse(record.body));
 * if (result.success) console.log(result.data.type, result.data.version);
 * ```
 */
export const EventEnvelope = z.object({
  id: z.uuid(),
  type: z.string().min(1),
  version: z.int().positive(),
  // UTC only (a trailing `Z`), so that instants compare as strings across services.
  occurredAt: Instant,
  source: z.string().min(1),
  correlationId: z.string().min(1),
  data: z.unknown(),
});

/**
 * An event of any type, as validated by {@link EventEnvelope}.
 *
 * @example
 * ```ts
 * const describe = (event: EventEnvelope) => `${event.type} v${event.version} from ${event.source}`;
 * ```
 */
export type EventEnvelope = z.infer<typeof EventEnvelope>;
