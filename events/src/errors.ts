import type { z } from 'zod';

/**
 * Thrown when an event would be created with values its schema rejects: a producer bug, caught before the
 * event is stored.
 *
 * @example
 * ```ts
 * try {
 *   pingRecorded.create({ pingId: 'not-a-uuid', message: 'hi', recordedBy: 'u-1' }, { correlationId: 'c-1' });
 * } catch (error) {
 *   if (error instanceof InvalidEventError) console.log(error.issues);
 * }
 * ```
 */
export class InvalidEventError extends Error {
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(type: string, version: number, issues: readonly z.core.$ZodIssue[]) {
    const problems = issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
    super(`${type} v${version} is invalid: ${problems.join('; ')}`);
    this.name = 'InvalidEventError';
    this.issues = issues;
  }
}
