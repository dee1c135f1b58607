import type { Message, MessageAttributeValue } from '@aws-sdk/client-sqs';

/**
 * What an operator needs to decide about one dead letter: why it failed, which event it holds, and how long
 * it has waited. `kind` says what the body is: an event envelope (from an inbox), the description of a
 * stream batch (from a relay's on-failure destination), or neither.
 */
export interface DeadLetterSummary {
  messageId: string;
  kind: 'event' | 'stream-batch' | 'unreadable';
  failureReason: string | undefined;
  eventType: string | undefined;
  eventId: string | undefined;
  /** Seconds since the message was sent to this queue. */
  ageSeconds: number | undefined;
}

// Our own marks on a dead letter (see packages/kit/src/sqs/dead-letter.ts): they describe the failure, so a
// redriven copy leaves them behind, or a second failure would carry the first one's reason too.
const failureAttributes = new Set(['failureReason', 'sourceQueueMessageId']);

const parsed = (body: string | undefined): unknown => {
  try {
    return body === undefined ? undefined : (JSON.parse(body) as unknown);
  } catch {
    return undefined;
  }
};

const stringAt = (value: unknown, key: string): string | undefined => {
  const field = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return typeof field === 'string' ? field : undefined;
};

/**
 * Reads a dead letter's reason, event and age, without trusting its body to be JSON.
 *
 * @example
 * ```ts
 * describeDeadLetter(message, new Date()); // { kind: 'event', eventType: 'fund.donation-received', ... }
 * ```
 */
export const describeDeadLetter = (message: Message, now: Date): DeadLetterSummary => {
  const body = parsed(message.Body);
  const sentAt = Number(message.Attributes?.SentTimestamp);
  const batch = body !== null && typeof body === 'object' && 'DDBStreamBatchInfo' in body;
  const eventType = stringAt(body, 'type');
  const eventId = stringAt(body, 'id');
  return {
    messageId: message.MessageId ?? '',
    kind: batch ? 'stream-batch' : eventType !== undefined && eventId !== undefined ? 'event' : 'unreadable',
    failureReason:
      message.MessageAttributes?.failureReason?.StringValue ??
      // A relay's on-failure record says why in its own fields.
      (batch ? conditionOf(body) : undefined),
    eventType,
    eventId,
    ageSeconds: Number.isFinite(sentAt) && sentAt > 0 ? Math.max(0, Math.floor((now.getTime() - sentAt) / 1000)) : undefined,
  };
};

const conditionOf = (body: unknown): string | undefined => {
  const context = (body as { requestContext?: unknown }).requestContext;
  const condition = stringAt(context, 'condition');
  const functionError = stringAt((body as { responseContext?: unknown }).responseContext, 'functionError');
  return condition === undefined ? undefined : `${condition}${functionError ? ` (${functionError})` : ''}`;
};

/**
 * The attributes a redriven copy is sent with: the original's, less the marks of its failure.
 *
 * @example
 * ```ts
 * await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: m.Body, MessageAttributes: redriveAttributes(m) }));
 * ```
 */
export const redriveAttributes = (message: Message): Record<string, MessageAttributeValue> | undefined => {
  const kept = Object.entries(message.MessageAttributes ?? {}).filter(([name]) => !failureAttributes.has(name));
  return kept.length === 0 ? undefined : Object.fromEntries(kept);
};

/**
 * Whether `--id` names this message: by its id on the dead-letter queue or by the id of the event it holds.
 *
 * @example
 * ```ts
 * messages.filter((m) => isNamedBy(describeDeadLetter(m, now), ids));
 * ```
 */
export const isNamedBy = (summary: DeadLetterSummary, ids: readonly string[]): boolean =>
  ids.includes(summary.messageId) || (summary.eventId !== undefined && ids.includes(summary.eventId));

/**
 * A dead letter's body for reading: JSON pretty-printed, anything else as it came.
 *
 * @example
 * ```ts
 * console.log(prettyBody(message.Body));
 * ```
 */
export const prettyBody = (body: string | undefined): string => {
  const value = parsed(body);
  return value === undefined ? (body ?? '') : JSON.stringify(value, null, 2);
};
