import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@aws-lambda-powertools/logger';
import type { SendMessageCommand, SendMessageCommandInput } from '@aws-sdk/client-sqs';
import { pingRecorded } from '@platform/events';
import type { EventOf } from '@platform/events';
import { UnprocessableEventError } from '../errors.ts';
import { lambdaContext, sqsEvent } from '../testing/index.ts';
import { sqsConsumer } from './sqs-consumer.ts';
import type { EventContext } from './sqs-consumer.ts';

const DLQ_URL = 'https://sqs.eu-west-2.amazonaws.com/123456789012/health-dlq';
const PING_ID = '5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a';

const event = (data: object = { pingId: PING_ID, message: 'hello', recordedBy: 'user-1' }, envelope: object = {}) =>
  JSON.stringify({
    id: '9f8e7d6c-5b4a-4321-8fed-cba987654321',
    type: 'health.ping-recorded',
    version: 1,
    occurredAt: '2026-05-01T10:00:00.000Z',
    source: 'health',
    correlationId: 'corr-1',
    data,
    ...envelope,
  });

const fakeSqs = (failWith?: Error) => {
  const sent: SendMessageCommandInput[] = [];
  const sqs = {
    send: async (command: SendMessageCommand) => {
      if (failWith !== undefined) throw failWith;
      sent.push(command.input);
      return { MessageId: `dlq-message-${sent.length}` };
    },
  };
  return { sent, sqs };
};

const deadLettered = (body: string, messageId: string, failureReason: string): SendMessageCommandInput => ({
  QueueUrl: DLQ_URL,
  MessageBody: body,
  MessageAttributes: {
    failureReason: { DataType: 'String', StringValue: failureReason },
    sourceQueueMessageId: { DataType: 'String', StringValue: messageId },
  },
});

type Handle = (event: EventOf<typeof pingRecorded>, context: EventContext) => Promise<void>;

// Every logger, including the per-event children the consumer makes.
const silenceLogs = () => ({
  warn: jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined),
  error: jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined),
});

describe('sqsConsumer', () => {
  beforeEach(() => {
    silenceLogs();
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('hands each valid event to the handler, with its correlation and message ids', async () => {
    // Prepare
    const handle = jest.fn<Handle>(async () => undefined);
    const { sent, sqs } = fakeSqs();
    const consumer = sqsConsumer({ events: [pingRecorded], handle, sqs, deadLetterQueueUrl: DLQ_URL });
    // Act
    const result = await consumer(sqsEvent(event()), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(handle.mock.calls.map(([received, { correlationId, messageId }]) => [received, { correlationId, messageId }])).toStrictEqual([
      [
        {
          id: '9f8e7d6c-5b4a-4321-8fed-cba987654321',
          type: 'health.ping-recorded',
          version: 1,
          occurredAt: '2026-05-01T10:00:00.000Z',
          source: 'health',
          correlationId: 'corr-1',
          data: { pingId: PING_ID, message: 'hello', recordedBy: 'user-1' },
        },
        { correlationId: 'corr-1', messageId: 'message-1' },
      ],
    ]);
    expect(sent).toStrictEqual([]);
  });

  it.each([
    ['a body that is not JSON', '{"id":', 'the body is not JSON'],
    [
      'an invalid envelope',
      event(undefined, { id: 'event-1', occurredAt: '2026-05-01 10:00' }),
      'the envelope is invalid: id: Invalid UUID; occurredAt: Invalid ISO datetime',
    ],
    [
      'an unknown type',
      event(undefined, { type: 'health.ping-deleted' }),
      'health.ping-deleted v1 is not an event this consumer handles (it handles health.ping-recorded v1)',
    ],
    [
      'an unknown version',
      event(undefined, { version: 2 }),
      'health.ping-recorded v2 is not an event this consumer handles (it handles health.ping-recorded v1)',
    ],
    [
      'data that breaks its schema',
      event({ pingId: PING_ID, message: '' }),
      'health.ping-recorded v1 is invalid: data.message: Too small: expected string to have >=1 characters; data.recordedBy: Invalid input: expected string, received undefined',
    ],
  ])('sends a message with %s straight to the dead-letter queue, and counts it handled', async (_what, body, reason) => {
    // Prepare
    const { warn } = silenceLogs();
    const handle = jest.fn<Handle>(async () => undefined);
    const { sent, sqs } = fakeSqs();
    const consumer = sqsConsumer({ events: [pingRecorded], handle, sqs, deadLetterQueueUrl: DLQ_URL });
    // Act
    const result = await consumer(sqsEvent(body), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(sent).toStrictEqual([deadLettered(body, 'message-1', reason)]);
    expect(handle).not.toHaveBeenCalled();
    expect(warn.mock.calls).toStrictEqual([
      ['poison message sent to the dead-letter queue', { messageId: 'message-1', reason }],
    ]);
  });

  it('fails only the message whose handler throws, so that SQS redelivers it', async () => {
    // Prepare
    const handle = jest.fn<Handle>(async (received) => {
      if (received.data.message === 'second') throw new Error('the table is throttled');
    });
    const { sqs } = fakeSqs();
    const consumer = sqsConsumer({ events: [pingRecorded], handle, sqs, deadLetterQueueUrl: DLQ_URL });
    const bodies = ['first', 'second', 'third'].map((message) => event({ pingId: PING_ID, message, recordedBy: 'u' }));
    // Act
    const result = await consumer(sqsEvent(...bodies), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'message-2' }] });
    expect(handle).toHaveBeenCalledTimes(3);
  });

  it('sends an event its handler finds unprocessable straight to the dead-letter queue, with the reason', async () => {
    // Prepare
    const { warn } = silenceLogs();
    const handle = jest.fn<Handle>(async () => {
      throw new UnprocessableEventError('ping 5b3c1a8e was recorded with another message');
    });
    const { sent, sqs } = fakeSqs();
    const consumer = sqsConsumer({ events: [pingRecorded], handle, sqs, deadLetterQueueUrl: DLQ_URL });
    // Act
    const result = await consumer(sqsEvent(event()), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(sent).toStrictEqual([deadLettered(event(), 'message-1', 'ping 5b3c1a8e was recorded with another message')]);
    expect(handle).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls).toStrictEqual([
      ['unprocessable event sent to the dead-letter queue', { reason: 'ping 5b3c1a8e was recorded with another message' }],
    ]);
  });

  it('fails a poison message when the dead-letter queue cannot take it', async () => {
    // Prepare
    const handle = jest.fn<Handle>(async () => undefined);
    const { sqs } = fakeSqs(new Error('AccessDenied'));
    const consumer = sqsConsumer({ events: [pingRecorded], handle, sqs, deadLetterQueueUrl: DLQ_URL });
    // Act
    const result = await consumer(sqsEvent('not json', event()), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'message-1' }] });
    expect(handle).toHaveBeenCalledTimes(1);
  });
});
