/**
 * What kind of failure a {@link DomainError} reports. Domain code says only this; the HTTP edge alone turns
 * a kind into a status code.
 *
 * @example
 * ```ts
 * const kind: ErrorKind = 'conflict';
 * ```
 */
export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' | 'unprocessable' | 'too-large';

/**
 * The base of every expected failure. Services subclass it for their own errors, naming the values involved.
 *
 * @example
 * ```ts
 * export class FundOverdrawnError extends DomainError {
 *   readonly kind = 'conflict';
 *   constructor(requestedPence: number, availablePence: number) {
 *     super(`a grant of ${requestedPence}p exceeds the ${availablePence}p left in the fund`);
 *     this.name = 'FundOverdrawnError';
 *   }
 * }
 * ```
 */
export abstract class DomainError extends Error {
  abstract readonly kind: ErrorKind;
}

/**
 * One problem with a request's input: where it is (`['body', 'message']`) and what is wrong.
 *
 * @example
 * ```ts
 * const issue: InputIssue = { path: ['body', 'message'], message: 'Too small: expected string to have >=1 characters' };
 * ```
 */
export interface InputIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The input was malformed or broke its schema; carries every issue found, not just the first.
 *
 * @example
 * ```ts
 * throw new InvalidInputError('invalid body', [{ path: ['body', 'message'], message: 'Required' }]);
 * ```
 */
export class InvalidInputError extends DomainError {
  readonly kind = 'invalid';
  readonly issues: InputIssue[];

  constructor(message: string, issues: InputIssue[], options?: ErrorOptions) {
    super(message, options);
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}

/**
 * The caller is not identified.
 *
 * @example
 * ```ts
 * throw new UnauthenticatedError('this route needs a signed-in caller');
 * ```
 */
export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UnauthenticatedError';
  }
}

/**
 * The caller is identified but may not do this. Answer {@link NotFoundError} instead when a 403 would
 * confirm that someone else's record exists.
 *
 * @example
 * ```ts
 * throw new ForbiddenError('approving a grant needs the role finance');
 * ```
 */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ForbiddenError';
  }
}

/**
 * The thing asked for does not exist (or the caller may not know that it does).
 *
 * @example
 * ```ts
 * throw new NotFoundError(`no ping ${pingId}`);
 * ```
 */
export class NotFoundError extends DomainError {
  readonly kind = 'not-found';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'NotFoundError';
  }
}

/**
 * The request clashes with the current state, such as a duplicate. `details` (e.g. the existing id) are
 * returned to the client in the problem body, so put nothing private there.
 *
 * @example
 * ```ts
 * throw new ConflictError('this candidate already applied', { applicationId: existing.id });
 * ```
 */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
  readonly details: Record<string, unknown> | undefined;

  constructor(message: string, details?: Record<string, unknown>, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ConflictError';
    this.details = details;
  }
}

/**
 * The input is well-formed but a domain rule refuses it.
 *
 * @example
 * ```ts
 * throw new UnprocessableError('a selection cannot close before it opens');
 * ```
 */
export class UnprocessableError extends DomainError {
  readonly kind = 'unprocessable';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'UnprocessableError';
  }
}

/**
 * The request is larger than a route can take in one go (more bytes or rows than it can store or process
 * within its time). Say the limit in the message, so the caller knows how to split what they send.
 *
 * @example
 * ```ts
 * throw new PayloadTooLargeError('the CSV is 3,145,728 bytes; send at most 2,097,152 (2 MB) in one import');
 * ```
 */
export class PayloadTooLargeError extends DomainError {
  readonly kind = 'too-large';

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PayloadTooLargeError';
  }
}

/**
 * Thrown by an SQS consumer's `handle` for an event that passed its schema but can never be processed, such
 * as one that contradicts what is already stored: no retry would change the outcome, so `sqsConsumer` sends
 * it straight to the dead-letter queue with this message as its `failureReason`. The reason is logged, so
 * name ids and rules, never personal data.
 *
 * @example
 * ```ts
 * throw new UnprocessableEventError(`donation ${donationId} was already received with a different amount`);
 * ```
 */
export class UnprocessableEventError extends Error {
  constructor(reason: string, options?: ErrorOptions) {
    super(reason, options);
    this.name = 'UnprocessableEventError';
  }
}

/**
 * A function was deployed without an environment variable it needs: a wiring bug, not a domain failure.
 *
 * @example
 * ```ts
 * throw new MissingEnvironmentVariableError('TABLE_NAME');
 * ```
 */
export class MissingEnvironmentVariableError extends Error {
  readonly variable: string;

  constructor(variable: string) {
    super(`the environment variable ${variable} is not set (or is empty); set it on the function in its CDK construct`);
    this.name = 'MissingEnvironmentVariableError';
    this.variable = variable;
  }
}

/**
 * An outbox stream record the relay cannot send: its `event` attribute is missing or not a valid envelope.
 * Outbox items are written only by `outboxPut`, so this is a bug, and the record is retried until the
 * stream's retry policy gives up on it.
 *
 * @example
 * ```ts
 * throw new MalformedOutboxRecordError('49668…', 'the event attribute is missing');
 * ```
 */
export class MalformedOutboxRecordError extends Error {
  readonly sequenceNumber: string | undefined;

  constructor(sequenceNumber: string | undefined, reason: string) {
    super(`outbox stream record ${sequenceNumber ?? '(no sequence number)'} cannot be relayed: ${reason}`);
    this.name = 'MalformedOutboxRecordError';
    this.sequenceNumber = sequenceNumber;
  }
}

/**
 * The `EVENT_ROUTES` configuration is not a JSON object of event types to lists of queue URLs.
 *
 * @example
 * ```ts
 * throw new InvalidEventRoutesError('EVENT_ROUTES is not JSON');
 * ```
 */
export class InvalidEventRoutesError extends Error {
  constructor(reason: string, options?: ErrorOptions) {
    super(`${reason}; expected JSON such as {"health.ping-recorded": ["https://sqs…/health-events"]}`, options);
    this.name = 'InvalidEventRoutesError';
  }
}

/**
 * A redrive that would do the wrong thing, refused with why and what to do instead (a relay's failed
 * stream batch has no queue to go back to; a dead-letter queue fed by several queues needs to be told
 * which). Through the API it is a 409: the queue's state, not the request, forbids it.
 *
 * @example
 * ```ts
 * throw new RedriveRefusedError('FundOutboxRelayDeadLetterQueue', 'it holds failed stream batches, not events');
 * ```
 */
export class RedriveRefusedError extends DomainError {
  readonly kind = 'conflict';
  readonly queueName: string;

  constructor(queueName: string, why: string, options?: ErrorOptions) {
    super(`not redriving ${queueName}: ${why}`, options);
    this.name = 'RedriveRefusedError';
    this.queueName = queueName;
  }
}
