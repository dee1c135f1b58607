import type { AnyEventDefinition } from './define-event.ts';
import { pingRecorded } from './health/ping-recorded.ts';
import type { ServiceName } from './service-name.ts';

/**
 * Every event definition of the platform. A new event is not published or routed until it is listed here.
 *
 * @example
 * ```ts
 * for (const event of eventCatalogue) console.log(`${event.type} v${event.version}`);
 * ```
 */
export const eventCatalogue: readonly AnyEventDefinition[] = [pingRecorded];

/**
 * The definition of an event type at a version, or `undefined` when the catalogue has none.
 *
 * @example
 * ```ts
 * findEvent('health.ping-recorded', 1); // pingRecorded
 * ```
 */
export const findEvent = (type: string, version: number): AnyEventDefinition | undefined =>
  eventCatalogue.find((event) => event.type === type && event.version === version);

/**
 * For the events a service produces, the services that consume each type (all versions together, since a
 * queue receives every version of a type it is routed).
 *
 * @example
 * ```ts
 * eventRoutes('health'); // { 'health.ping-recorded': ['health'] }
 * ```
 */
export const eventRoutes = (
  producer: ServiceName,
  events: readonly AnyEventDefinition[] = eventCatalogue,
): Record<string, ServiceName[]> => {
  const routes: Record<string, ServiceName[]> = {};
  for (const event of events.filter((definition) => definition.producer === producer)) {
    const consumers = new Set([...(routes[event.type] ?? []), ...event.consumers]);
    routes[event.type] = [...consumers];
  }
  return routes;
};
