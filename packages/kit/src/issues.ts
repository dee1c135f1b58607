import type { z } from 'zod';
import type { InputIssue } from './errors.ts';

/**
 * zod's issues as {@link InputIssue}s, each path prefixed (e.g. with `'body'`) so that it says where in the
 * request or message the problem is.
 *
 * @example
 * ```ts
 * const result = schema.safeParse(event.body);
 * if (!result.success) inputIssues(result.error.issues, ['body']); // [{ path: ['body', 'message'], message: '…' }]
 * ```
 */
export const inputIssues = (issues: readonly z.core.$ZodIssue[], prefix: (string | number)[] = []): InputIssue[] =>
  issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))],
    message: issue.message,
  }));

/**
 * Issues as one line, `path: message` separated by `; `, for error messages and dead-letter reasons.
 *
 * @example
 * ```ts
 * describeIssues([{ path: ['body', 'message'], message: 'Required' }]); // 'body.message: Required'
 * ```
 */
export const describeIssues = (issues: readonly InputIssue[]): string =>
  issues.map(({ path, message }) => `${path.length > 0 ? path.join('.') : '(root)'}: ${message}`).join('; ');
