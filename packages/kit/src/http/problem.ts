import { STATUS_CODES } from 'node:http';
import { HttpError } from '@middy/util';
import { ConflictError, DomainError, InvalidInputError } from '../errors.ts';
import type { ErrorKind, InputIssue } from '../errors.ts';
import { isDependencyUnavailable } from './dependency-unavailable.ts';

/**
 * An RFC 9457 problem details body, sent as `application/problem+json`. A 400 lists every input issue in
 * `errors`; a 409 may carry `details` such as the id of the existing record.
 *
 * @example
 * ```ts
 * const problem: Problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: 'no ping 1', instance: '/health/pings/1' };
 * ```
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: InputIssue[];
  details?: Record<string, unknown>;
}

// The only place where a kind of failure becomes a status code.
const statusOfKind: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  unprocessable: 422,
  'too-large': 413,
};

const problemOf = (status: number, detail: string, instance: string): Problem => ({
  // about:blank: the status says what kind of problem it is (RFC 9457, section 4.2.1).
  type: 'about:blank',
  title: STATUS_CODES[status] ?? 'Error',
  status,
  detail,
  instance,
});

/**
 * The problem any thrown error becomes. {@link DomainError}s map by kind; middy's own client errors (such as
 * 415 for a body that is not JSON) keep their status; a dependency out of reach for a moment (DynamoDB or SQS
 * throttling, timing out or refusing connections) is a 503; anything else is a 500. Neither detail says
 * anything of the error, since its message or stack may hold internals or personal data.
 *
 * @example
 * ```ts
 * toProblem(new NotFoundError('no ping 1'), '/health/pings/1').status; // 404
 * ```
 */
export const toProblem = (error: unknown, instance: string): Problem => {
  if (error instanceof DomainError) {
    const problem = problemOf(statusOfKind[error.kind], error.message, instance);
    if (problem.status === 400) return { ...problem, errors: error instanceof InvalidInputError ? error.issues : [] };
    if (error instanceof ConflictError && error.details !== undefined) return { ...problem, details: error.details };
    return problem;
  }
  if (error instanceof HttpError && error.expose && error.statusCode >= 400 && error.statusCode < 500) {
    return problemOf(error.statusCode, error.message, instance);
  }
  if (isDependencyUnavailable(error)) {
    return problemOf(503, 'A service the platform depends on is unavailable for a moment. Send the same request again shortly.', instance);
  }
  return problemOf(500, 'The server could not complete the request.', instance);
};
