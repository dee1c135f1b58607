import type { z } from 'zod';
import { InvalidInputError } from '../errors.ts';
import { describeIssues, inputIssues } from '../issues.ts';

/**
 * Where in the request a value comes from; it prefixes the path of every issue found in it.
 *
 * @example
 * ```ts
 * const where: RequestPart = 'query';
 * ```
 */
export type RequestPart = 'body' | 'path' | 'query';

/**
 * Validates part of a request against a zod schema and returns the parsed value. Throws
 * {@link InvalidInputError} (a 400) listing every issue, not only the first, each path prefixed by `where`.
 *
 * @example
 * ```ts
 * const { pingId } = parse(z.object({ pingId: z.uuid() }), event.pathParameters, 'path');
 * ```
 */
export const parse = <TSchema extends z.ZodType>(schema: TSchema, value: unknown, where: RequestPart): z.output<TSchema> => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = inputIssues(result.error.issues, [where]);
  throw new InvalidInputError(`the request ${where} is invalid: ${describeIssues(issues)}`, issues, { cause: result.error });
};
