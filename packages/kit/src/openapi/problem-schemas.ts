import * as z from 'zod';

const problemShape = {
  type: z.string().meta({ description: '`about:blank`: the status says what kind of problem it is (RFC 9457, 4.2.1).', example: 'about:blank' }),
  title: z.string().meta({ description: 'The status’s reason phrase.', example: 'Not Found' }),
  status: z.int().meta({ description: 'The HTTP status, repeated.', example: 404 }),
  detail: z.string().meta({ description: 'What went wrong, in plain words.', example: 'there is no donation d-1' }),
  instance: z.string().meta({ description: 'The path of the request.', example: '/fund/donations/d-1' }),
};

/**
 * The `application/problem+json` body (RFC 9457) of every refusal and failure but a 400; a 409 may carry
 * `details`, such as the id of the record already there.
 *
 * @example
 * ```ts
 * Problem.parse({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'no ping 1', instance: '/health/pings/1' });
 * ```
 */
export const Problem = z
  .object({
    ...problemShape,
    details: z.record(z.string(), z.unknown()).optional().meta({ description: 'Facts about the conflict, e.g. `{ "availablePence": 1200 }`.' }),
  })
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details.',
    example: { type: 'about:blank', title: 'Not Found', status: 404, detail: 'there is no donation d-1', instance: '/fund/donations/d-1' },
  });

/**
 * The 400 body: a {@link Problem} listing every issue of the request, each at its path (first `path`,
 * `query` or `body`), so that a form can put each message beside its field.
 *
 * @example
 * ```ts
 * ValidationProblem.parse({ ...problem, status: 400, errors: [{ path: ['body', 'amountPence'], message: 'Too small' }] });
 * ```
 */
export const ValidationProblem = z
  .object({
    ...problemShape,
    errors: z
      .array(
        z.object({
          path: z.array(z.union([z.string(), z.number()])).meta({ description: 'Where: `path`, `query` or `body`, then the field.', example: ['body', 'amountPence'] }),
          message: z.string().meta({ example: 'Too small: expected number to be >0' }),
        }),
      )
      .meta({ description: 'Every issue of the request, not just the first.' }),
  })
  .meta({
    id: 'ValidationProblem',
    description: 'RFC 9457 problem details listing every issue of the request.',
    example: {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'the request body is invalid: body.amountPence: Too small: expected number to be >0',
      instance: '/fund/donations',
      errors: [{ path: ['body', 'amountPence'], message: 'Too small: expected number to be >0' }],
    },
  });
