import * as z from 'zod';
import { requiredEnv } from '../aws/env.ts';
import type { DeadLetterQueue } from './dead-letter-queues.ts';

/**
 * One of a service's own dead-letter queues, as its dead-letter routes know it: the id the API names it
 * by, what kind it is, and (for an inbox's) the queue a redrive sends its messages back to.
 */
export interface ServiceDeadLetterQueue extends DeadLetterQueue {
  /** The id in the route's path: `<service>-inbox` or `<service>-outbox-relay`. */
  queue: string;
  kind: 'inbox' | 'outbox-relay';
}

const QueueConfig = z.strictObject({ url: z.url(), arn: z.string().min(1) });
const Config = z.array(
  z.strictObject({
    queue: z.string().min(1),
    kind: z.enum(['inbox', 'outbox-relay']),
    ...QueueConfig.shape,
    source: QueueConfig.optional(),
  }),
);

const nameOf = (url: string): string => url.split('/').at(-1) ?? url;

/**
 * Reads the service's dead-letter queues from `DEAD_LETTER_QUEUES`, which the CDK app writes (a JSON list
 * of `{ queue, kind, url, arn, source? }`). A handler knows only these: there is no listing of the
 * account's queues, so no route can reach another service's. Call it at module scope, so that a wiring
 * mistake fails the cold start.
 *
 * @example
 * ```ts
 * const queues = serviceDeadLetterQueues(); // [{ queue: 'fund-inbox', kind: 'inbox', name, url, arn, sources: [...] }, ...]
 * ```
 */
export const serviceDeadLetterQueues = (json: string = requiredEnv('DEAD_LETTER_QUEUES')): ServiceDeadLetterQueue[] =>
  Config.parse(JSON.parse(json)).map(({ queue, kind, url, arn, source }) => ({
    queue,
    kind,
    name: nameOf(url),
    url,
    arn,
    sources: source === undefined ? [] : [{ name: nameOf(source.url), url: source.url, arn: source.arn }],
  }));
