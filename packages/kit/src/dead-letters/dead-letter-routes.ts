import * as z from 'zod';
import { defineRoute } from '../http/route-contract.ts';
import type { Role } from '../http/types.ts';

/** The most messages a listing shows of one queue; `more` says there are others behind them. */
export const MAX_LISTED_DEAD_LETTERS = 100;

/** The most messages one redrive names. */
export const MAX_REDRIVE_IDS = 100;

// A queue's id in the path is its service and role (`fund-inbox`, `fund-outbox-relay`): a name the console
// can link to that says which queue it is, and which no other service's handler knows (so, a 404 there).
const QueueId = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/).meta({ description: "The queue's id, as the listing gives it: `<service>-inbox` or `<service>-outbox-relay`.", example: 'fund-inbox' });
// SQS message ids are UUIDs; an event's id (which also names its message) is a UUID too.
const MessageId = z.string().regex(/^[A-Za-z0-9-]{1,100}$/).meta({ description: "The message's id on the dead-letter queue, or the id of the event it holds.", example: '6f1c2d3e-0a1b-4c5d-8e9f-0123456789ab' });

/** One dead letter, as a listing shows it. */
export const DeadLetterSummaryResponse = z
  .strictObject({
    messageId: z.string(),
    kind: z.enum(['event', 'stream-batch', 'unreadable']).meta({ description: '`event`: an event envelope; `stream-batch`: a relay\'s description of a stream batch it gave up on; `unreadable`: neither.' }),
    failureReason: z.string().optional().meta({ description: 'Why it failed, as the consumer recorded it (absent when it failed by running out of receives).' }),
    eventType: z.string().optional(),
    eventId: z.string().optional(),
    ageSeconds: z.int().nonnegative().optional().meta({ description: 'Seconds since it reached the dead-letter queue.' }),
  })
  .meta({ id: 'DeadLetterSummary' });

/** One of a service's dead-letter queues, with its messages. */
export const DeadLetterQueueResponse = z
  .strictObject({
    queue: QueueId,
    name: z.string().meta({ description: "The queue's name in SQS, as the alarm and `pnpm ops dlq` name it." }),
    kind: z.enum(['inbox', 'outbox-relay']).meta({ description: "`inbox`: the service's inbound queue's dead letters, which can be replayed; `outbox-relay`: stream batches the relay gave up on, which cannot." }),
    replayable: z.boolean(),
    redrivesTo: z.string().optional().meta({ description: 'The queue a replay sends its messages back to.' }),
    messageCount: z.int().nonnegative().meta({ description: `The messages read, at most ${MAX_LISTED_DEAD_LETTERS}.` }),
    more: z.boolean().meta({ description: `\`true\` when the queue holds more than the ${MAX_LISTED_DEAD_LETTERS} listed.` }),
    messages: z.array(DeadLetterSummaryResponse),
  })
  .meta({ id: 'DeadLetterQueue' });

/** `GET /<service>/dead-letters`. */
export const DeadLetterQueuesResponse = z.strictObject({ queues: z.array(DeadLetterQueueResponse) }).meta({
  id: 'DeadLetterQueues',
  description: "The service's dead-letter queues and what waits in them.",
  example: {
    queues: [
      {
        queue: 'fund-inbox',
        name: 'Platform-dev-FundInboxDeadLetterQueue',
        kind: 'inbox',
        replayable: true,
        redrivesTo: 'Platform-dev-FundInboxQueue',
        messageCount: 1,
        more: false,
        messages: [{ messageId: '6f1c2d3e-0a1b-4c5d-8e9f-0123456789ab', kind: 'event', failureReason: 'invalid event fund.donation-received v1: data.amountPence: Too small', eventType: 'fund.donation-received', eventId: '0d7e3c9a-51a2-4b8e-9a77-3f0f3c1d2e4b', ageSeconds: 120 }],
      },
    ],
  },
});

/** `GET /<service>/dead-letters/{queue}/{messageId}`. */
export const DeadLetterResponse = DeadLetterSummaryResponse.extend({
  queue: QueueId,
  replayable: z.boolean(),
  sentAt: z.iso.datetime().optional().meta({ description: 'When it reached the dead-letter queue.' }),
  receiveCount: z.int().nonnegative().optional().meta({ description: 'How often it has been received, each reading included.' }),
  attributes: z.record(z.string(), z.string()).meta({ description: 'Its message attributes (text values), `failureReason` among them.' }),
  body: z.string().meta({ description: 'The message body: JSON pretty-printed, anything else as it came.' }),
}).meta({ id: 'DeadLetter', description: 'One dead letter: its summary, attributes and body.' });

/** The body of a redrive: some messages by id, or every message on the queue. */
export const RedriveRequest = z
  .union([
    z.strictObject({ messageIds: z.array(MessageId).min(1).max(MAX_REDRIVE_IDS) }),
    z.strictObject({ all: z.literal(true) }),
  ])
  .meta({ id: 'RedriveRequest', description: 'The messages to replay, by id (the message\'s or its event\'s), or `all`.' });

/** What a redrive moved. */
export const RedriveResponse = z
  .strictObject({
    queue: QueueId,
    movedTo: z.string().meta({ description: 'The queue the messages were sent back to.' }),
    moved: z.array(z.string()).meta({ description: 'The ids (on the dead-letter queue) of the messages sent back.' }),
    notFound: z.array(z.string()).meta({ description: 'The ids asked for that no message on the queue has (replayed already, perhaps).' }),
  })
  .meta({ id: 'Redrive', example: { queue: 'fund-inbox', movedTo: 'Platform-dev-FundInboxQueue', moved: ['6f1c2d3e-0a1b-4c5d-8e9f-0123456789ab'], notFound: [] } });

/**
 * The three dead-letter routes of one service, under its own path and for its own roles: the listing, one
 * message, and the redrive. Each service declares them in its `src/api/`; the kit's handlers serve them.
 *
 * @example
 * ```ts
 * export const { listDeadLetters, getDeadLetter, redriveDeadLetters } = deadLetterRoutes({ service: 'fund', access: ['finance'], who: 'finance' });
 * ```
 */
export const deadLetterRoutes = <const S extends string>({ service, access, who }: { service: S; access: readonly [Role, ...Role[]]; who: string }) => {
  const denied = { 401: { description: 'No valid token' }, 403: { description: `The caller is not in ${who}` } } as const;
  const params = z.strictObject({ queue: QueueId });
  return {
    listDeadLetters: defineRoute({
      method: 'GET',
      path: `/${service}/dead-letters` as `/${S}/dead-letters`,
      summary: `List the ${service} service's dead-letter queues, with their messages`,
      access,
      responses: { 200: { description: `Each queue with up to ${MAX_LISTED_DEAD_LETTERS} of its messages`, body: DeadLetterQueuesResponse }, ...denied },
    }),
    getDeadLetter: defineRoute({
      method: 'GET',
      path: `/${service}/dead-letters/{queue}/{messageId}` as `/${S}/dead-letters/{queue}/{messageId}`,
      summary: `Read one dead letter of the ${service} service: its reason, attributes and body`,
      access,
      params: params.extend({ messageId: MessageId }),
      responses: {
        200: { description: 'The message', body: DeadLetterResponse },
        400: { description: 'The request is invalid; every problem is listed' },
        ...denied,
        404: { description: 'No such queue of this service, or no such message on it' },
      },
    }),
    redriveDeadLetters: defineRoute({
      method: 'POST',
      path: `/${service}/dead-letters/{queue}/redrive` as `/${S}/dead-letters/{queue}/redrive`,
      summary: `Replay dead letters of the ${service} service: send them back to the queue they came from`,
      access,
      params,
      body: RedriveRequest,
      responses: {
        200: { description: 'What was moved, and the ids not found', body: RedriveResponse },
        400: { description: 'The request is invalid; every problem is listed' },
        ...denied,
        404: { description: 'No such queue of this service' },
        409: { description: "The queue cannot be replayed (a relay's on-failure queue); the detail says what to do instead" },
      },
    }),
  };
};
