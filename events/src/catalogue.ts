import type { AnyEventDefinition } from './define-event.ts';
import { retirementAnnounced } from './emeritus/retirement-announced.ts';
import { retirementWithdrawn } from './emeritus/retirement-withdrawn.ts';
import { donationReceived } from './fund/donation-received.ts';
import { donationRefunded } from './fund/donation-refunded.ts';
import { grantApproved } from './fund/grant-approved.ts';
import { grantDisbursed } from './fund/grant-disbursed.ts';
import { pingRecorded } from './health/ping-recorded.ts';
import { selectionCancelled } from './selections/selection-cancelled.ts';
import { selectionScheduled } from './selections/selection-scheduled.ts';
import type { ServiceName } from './service-name.ts';

/**
 * Every event definition of the platform. A new event is not published or routed until it is listed here.
 *
 * @example
 * ```ts
 * for (const event of eventCatalogue) console.log(`${event.type} v${event.version}`);
 * ```
 */
export const eventCatalogue: readonly AnyEventDefinition[] = [
  pingRecorded,
  retirementAnnounced,
  retirementWithdrawn,
  selectionScheduled,
  selectionCancelled,
  donationReceived,
  donationRefunded,
  grantApproved,
  grantDisbursed,
];

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
  for (const event of events.filter((definition) => definition.producer === producer && definition.consumers.length > 0)) {
    const consumers = new Set([...(routes[event.type] ?? []), ...event.consumers]);
    routes[event.type] = [...consumers];
  }
  return routes;
};
