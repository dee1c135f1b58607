import type { ServiceName } from './service-name.ts';

/**
 * A fact a service records but deliberately does not publish, and why: listed so that the catalogue says
 * so, and so that whoever needs the event first knows it was weighed rather than forgotten.
 *
 * @example
 * ```ts
 * const decision: UnpublishedEvent = { type: 'fund.thing-happened', producer: 'fund', why: 'no other service acts on it' };
 * ```
 */
export interface UnpublishedEvent {
  type: string;
  producer: ServiceName;
  why: string;
}

// An event with no consumer would be a contract to keep, and an outbox item to relay, for nobody.
const NO_CONSUMER =
  'no other service acts on it, so it is not defined or published; the emeritus history records each change. ' +
  'Define it, with its consumers, when one needs it.';

/**
 * The events weighed and not published. `renderCatalogue` lists them after the published ones.
 *
 * @example
 * ```ts
 * unpublishedEvents.map((event) => event.type); // ['emeritus.consultation-opened', …]
 * ```
 */
export const unpublishedEvents: readonly UnpublishedEvent[] = [
  { type: 'emeritus.consultation-opened', producer: 'emeritus', why: NO_CONSUMER },
  { type: 'emeritus.consultation-closed', producer: 'emeritus', why: NO_CONSUMER },
  { type: 'emeritus.clause-v-meeting-flagged', producer: 'emeritus', why: NO_CONSUMER },
];
