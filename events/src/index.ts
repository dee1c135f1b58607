export { eventCatalogue, eventRoutes, findEvent } from './catalogue.ts';
export { unpublishedEvents } from './unpublished-events.ts';
export type { UnpublishedEvent } from './unpublished-events.ts';
export { defineEvent } from './define-event.ts';
export type { AnyEventDefinition, CreateEventOptions, EventDefinition, EventOf, TypedEvent } from './define-event.ts';
export { EventEnvelope } from './envelope.ts';
export { InvalidEventError } from './errors.ts';
export { pingRecorded } from './health/ping-recorded.ts';
export { ServiceName } from './service-name.ts';
export { retirementAnnounced } from './emeritus/retirement-announced.ts';
export { retirementWithdrawn } from './emeritus/retirement-withdrawn.ts';
export { DonationSource, donationReceived } from './fund/donation-received.ts';
export { donationRefunded } from './fund/donation-refunded.ts';
export { GrantPurpose, grantApproved } from './fund/grant-approved.ts';
export { grantDisbursed } from './fund/grant-disbursed.ts';
export {
  CalendarDate,
  CalendarMonth,
  EARLIEST_CALENDAR_DATE,
  GssCode,
  Identifier,
  Instant,
  LATEST_CALENDAR_DATE,
  MAX_IDENTIFIER_LENGTH,
  PlainText,
  PositivePence,
  SingleLineText,
} from './primitives.ts';
export { selectionCancelled } from './selections/selection-cancelled.ts';
export { SelectionPhaseName, selectionScheduled } from './selections/selection-scheduled.ts';
