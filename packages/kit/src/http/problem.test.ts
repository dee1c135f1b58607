import { describe, expect, it } from '@jest/globals';
import { createError } from '@middy/util';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  PayloadTooLargeError,
  UnauthenticatedError,
  UnprocessableError,
} from '../errors.ts';
import { toProblem } from './problem.ts';

class PlaylistFullError extends DomainError {
  readonly kind = 'unprocessable';

  constructor() {
    super('a playlist holds at most 4 songs');
    this.name = 'PlaylistFullError';
  }
}

describe('toProblem', () => {
  it('answers invalid input with a 400 listing every issue', () => {
    const error = new InvalidInputError('the request body is invalid', [{ path: ['body', 'message'], message: 'Required' }]);
    expect(toProblem(error, '/health/pings')).toStrictEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'the request body is invalid',
      instance: '/health/pings',
      errors: [{ path: ['body', 'message'], message: 'Required' }],
    });
  });

  it.each([
    [new UnauthenticatedError('no token'), 401, 'Unauthorized'],
    [new ForbiddenError('not yours'), 403, 'Forbidden'],
    [new NotFoundError('no such ping'), 404, 'Not Found'],
    [new ConflictError('already there'), 409, 'Conflict'],
    [new UnprocessableError('cannot close before opening'), 422, 'Unprocessable Entity'],
    [new PlaylistFullError(), 422, 'Unprocessable Entity'],
    [new PayloadTooLargeError('send at most 2 MB'), 413, 'Payload Too Large'],
  ])('answers %p with %p', (error, status, title) => {
    expect(toProblem(error, '/x')).toStrictEqual({ type: 'about:blank', title, status, detail: error.message, instance: '/x' });
  });

  it('adds the details of a conflict', () => {
    expect(toProblem(new ConflictError('already applied', { applicationId: 'a-1' }), '/applications')).toStrictEqual({
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'already applied',
      instance: '/applications',
      details: { applicationId: 'a-1' },
    });
  });

  it("keeps the status of middy's client errors", () => {
    expect(toProblem(createError(415, 'send JSON'), '/x')).toStrictEqual({
      type: 'about:blank',
      title: 'Unsupported Media Type',
      status: 415,
      detail: 'send JSON',
      instance: '/x',
    });
  });

  it.each([
    ['an unexpected error', new Error('connect ECONNREFUSED 10.0.0.1:443 for user jo@example.org')],
    ["middy's server error", createError(503, 'secret fetch failed')],
    ['a thrown string', 'boom'],
  ])('answers %s with a 500 that reveals nothing of it', (_what, error) => {
    expect(toProblem(error, '/x')).toStrictEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'The server could not complete the request.',
      instance: '/x',
    });
  });

  const named = (name: string) => Object.assign(new Error('rate exceeded for table fund'), { name });
  it.each([
    ['DynamoDB refusing connections', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' })],
    ['a connection reset, as the cause of the SDK error', new Error('socket hang up', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) })],
    ['DynamoDB throttling', named('ProvisionedThroughputExceededException')],
    ['SQS throttling', named('RequestLimitExceeded')],
    ["the SDK's timeout", named('TimeoutError')],
  ])('answers %s with a 503 to send again, revealing nothing of it', (_what, error) => {
    expect(toProblem(error, '/fund/donations')).toStrictEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'A service the platform depends on is unavailable for a moment. Send the same request again shortly.',
      instance: '/fund/donations',
    });
  });
});
