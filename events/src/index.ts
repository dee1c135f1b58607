export { eventCatalogue, eventRoutes, findEvent } from './catalogue.ts';
export { defineEvent } from './define-event.ts';
export type { AnyEventDefinition, CreateEventOptions, EventDefinition, EventOf, TypedEvent } from './define-event.ts';
export { EventEnvelope } from './envelope.ts';
export { InvalidEventError } from './errors.ts';
export { pingRecorded } from './health/ping-recorded.ts';
export { ServiceName } from './service-name.ts';
