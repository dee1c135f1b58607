import type { DeadLetterQueue } from '@platform/kit/dead-letters';
import { EnvironmentError } from '../errors.ts';

/**
 * The one dead-letter queue that `NAME` names: its full name, or a part of it that only it holds (local
 * names end in a CDK hash, deployed ones start with the stack's).
 *
 * @example
 * ```ts
 * const queue = pickQueue(await findDeadLetterQueues(sqs), 'FundInboxDeadLetterQueue');
 * ```
 */
export const pickQueue = (queues: DeadLetterQueue[], name: string): DeadLetterQueue => {
  const exact = queues.find((queue) => queue.name === name);
  if (exact) return exact;
  const matches = queues.filter((queue) => queue.name.includes(name));
  if (matches.length === 1) return matches[0] as DeadLetterQueue;
  throw new EnvironmentError(
    `--queue ${name} names ${matches.length === 0 ? 'no' : `${matches.length}`} dead-letter queues; the dead-letter queues are: ${queues.map((queue) => queue.name).join(', ') || 'none'}`,
  );
};
