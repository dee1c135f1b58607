import * as z from 'zod';

/**
 * The services that produce or consume events; an event's `source` and its consumers are drawn from here.
 *
 * @example
 * ```ts
 * ServiceName.parse('health'); // 'health'
 * ```
 */
export const ServiceName = z.enum(['health', 'selections', 'emeritus', 'fund']);

/**
 * The name of a service that produces or consumes events.
 *
 * @example
 * ```ts
 * const producer: ServiceName = 'fund';
 * ```
 */
export type ServiceName = z.infer<typeof ServiceName>;
