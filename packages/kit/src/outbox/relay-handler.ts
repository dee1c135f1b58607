import { sqsClient } from '../aws/sqs-client.ts';
import { requiredEnv } from '../aws/env.ts';
import { parseEventQueueRoutes } from './event-queue-routes.ts';
import { outboxRelay } from './relay.ts';

/**
 * The outbox relay's Lambda entry point, one per producing service, on its outbox table's stream (INSERT
 * records, with `reportBatchItemFailures`). Reads `EVENT_ROUTES`: JSON `{ "<type>": ["<queueUrl>", …] }`.
 *
 * @example
 * ```ts
 * // infra: new NodejsFunction(this, 'OutboxRelay', { entry: 'packages/kit/src/outbox/relay-handler.ts' })
 * ```
 */
export const handler = outboxRelay({ sqs: sqsClient(), routes: parseEventQueueRoutes(requiredEnv('EVENT_ROUTES')) });
