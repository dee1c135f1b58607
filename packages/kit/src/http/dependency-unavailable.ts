// What the AWS SDK throws when the service it calls is out of reach or refusing work for a moment, rather than
// refusing the request itself: the names of the services' own throttling and internal errors, the SDK's
// timeout, and Node's errors for a connection that failed.
const UNAVAILABLE_NAMES = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'InternalServerError',
  'ServiceUnavailable',
  'TimeoutError',
  'RequestTimeout',
]);
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ENOTFOUND']);

const codeOf = (error: object): unknown => ('code' in error ? error.code : undefined);

/**
 * Whether an error says a service the platform depends on (DynamoDB, SQS) is unavailable for a moment, so that
 * the same request sent again later may succeed: answered 503 with `Retry-After`, not 500.
 *
 * @example
 * ```ts
 * isDependencyUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' })); // true
 * ```
 */
export const isDependencyUnavailable = (error: unknown): boolean => {
  for (let cause: unknown = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    if (UNAVAILABLE_NAMES.has(cause.name) || UNAVAILABLE_CODES.has(String(codeOf(cause)))) return true;
  }
  return false;
};
