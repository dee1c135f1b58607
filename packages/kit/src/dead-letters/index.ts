// Reading and replaying dead letters: shared by `pnpm ops dlq` (any queue the operator's credentials
// reach) and the services' dead-letter routes (only the service's own queues). Kept apart from the kit's
// index so that a function without these routes does not bundle them.
export { findDeadLetterQueues, ON_FAILURE_EXPLANATION, receiveAll, redrive, release } from './dead-letter-queues.ts';
export type { DeadLetterQueue, QueueRef, RedriveOutcome } from './dead-letter-queues.ts';
export { describeDeadLetter, isNamedBy, prettyBody, redriveAttributes } from './dead-letter-summary.ts';
export type { DeadLetterSummary } from './dead-letter-summary.ts';
export { getDeadLetterHandler, listDeadLettersHandler, redriveDeadLettersHandler } from './dead-letter-handlers.ts';
export type { DeadLetterHandlerDependencies } from './dead-letter-handlers.ts';
export { serviceDeadLetterQueues } from './service-dead-letter-queues.ts';
export type { ServiceDeadLetterQueue } from './service-dead-letter-queues.ts';
export { RedriveRefusedError } from '../errors.ts';
