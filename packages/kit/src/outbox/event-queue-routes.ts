import * as z from 'zod';
import { InvalidEventRoutesError } from '../errors.ts';
import { describeIssues, inputIssues } from '../issues.ts';

const EventQueueRoutesSchema = z.record(z.string().min(1), z.array(z.url()));

/**
 * For each event type, the URLs of the queues it is sent to (those of its consumers).
 *
 * @example
 * ```ts
 * const routes: EventQueueRoutes = { 'health.ping-recorded': ['https://sqs.eu-west-2.amazonaws.com/1/health-events'] };
 * ```
 */
export type EventQueueRoutes = z.infer<typeof EventQueueRoutesSchema>;

/**
 * Reads the relay's routes from their JSON form (the `EVENT_ROUTES` environment variable, which the CDK app
 * builds from `eventRoutes(producer)` and the consumers' queues). Throws {@link InvalidEventRoutesError}.
 *
 * @example
 * ```ts
 * const routes = parseEventQueueRoutes(requiredEnv('EVENT_ROUTES'));
 * ```
 */
export const parseEventQueueRoutes = (json: string): EventQueueRoutes => {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new InvalidEventRoutesError('EVENT_ROUTES is not JSON', { cause: error });
  }
  const result = EventQueueRoutesSchema.safeParse(value);
  if (!result.success) {
    throw new InvalidEventRoutesError(`EVENT_ROUTES is invalid: ${describeIssues(inputIssues(result.error.issues))}`);
  }
  return result.data;
};
