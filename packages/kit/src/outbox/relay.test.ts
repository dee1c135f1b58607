import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@aws-lambda-powertools/logger';
import type { SendMessageCommand, SendMessageCommandInput } from '@aws-sdk/client-sqs';
import { pingRecorded } from '@platform/events';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { lambdaContext } from '../testing/index.ts';
import { outboxRelay } from './relay.ts';

const HEALTH_INBOX = 'https://sqs.eu-west-2.amazonaws.com/123456789012/health-inbox';
const AUDIT_INBOX = 'https://sqs.eu-west-2.amazonaws.com/123456789012/audit-inbox';

const pingEvent = (message: string) =>
  pingRecorded.create(
    { pingId: '5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a', message, recordedBy: 'user-1' },
    { correlationId: `corr-${message}`, occurredAt: '2026-05-01T10:00:00.000Z' },
  );

const streamRecord = (
  sequenceNumber: string,
  eventName: DynamoDBRecord['eventName'],
  newImage?: Record<string, { S: string }>,
): DynamoDBRecord => ({
  eventID: `event-${sequenceNumber}`,
  eventName,
  eventVersion: '1.1',
  eventSource: 'aws:dynamodb',
  awsRegion: 'eu-west-2',
  eventSourceARN: 'arn:aws:dynamodb:eu-west-2:123456789012:table/health-outbox/stream/2026-01-01T00:00:00.000',
  dynamodb: {
    Keys: { id: { S: 'id' } },
    SequenceNumber: sequenceNumber,
    SizeBytes: 100,
    StreamViewType: 'NEW_IMAGE',
    ...(newImage === undefined ? {} : { NewImage: newImage }),
  },
});

const inserted = (sequenceNumber: string, stored: string) => streamRecord(sequenceNumber, 'INSERT', { event: { S: stored } });

const fakeSqs = (failFor?: string) => {
  const sent: SendMessageCommandInput[] = [];
  const sqs = {
    send: async (command: SendMessageCommand) => {
      if (command.input.MessageBody?.includes(failFor ?? '\u0000')) throw new Error('throttled');
      sent.push(command.input);
      return {};
    },
  };
  return { sent, sqs };
};

const message = (queueUrl: string, stored: string, correlationId: string): SendMessageCommandInput => ({
  QueueUrl: queueUrl,
  MessageBody: stored,
  MessageAttributes: {
    eventType: { DataType: 'String', StringValue: 'health.ping-recorded' },
    correlationId: { DataType: 'String', StringValue: correlationId },
  },
});

const streamEvent = (...records: DynamoDBRecord[]): DynamoDBStreamEvent => ({ Records: records });

describe('outboxRelay', () => {
  beforeEach(() => {
    for (const level of ['info', 'warn', 'error'] as const) {
      jest.spyOn(Logger.prototype, level).mockImplementation(() => undefined);
    }
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('sends an inserted event, as stored, to every queue routed for its type', async () => {
    // Prepare
    const stored = JSON.stringify(pingEvent('hello'));
    const { sent, sqs } = fakeSqs();
    const relay = outboxRelay({ sqs, routes: { 'health.ping-recorded': [HEALTH_INBOX, AUDIT_INBOX] } });
    // Act
    const result = await relay(streamEvent(inserted('100', stored)), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(sent).toStrictEqual([
      message(HEALTH_INBOX, stored, 'corr-hello'),
      message(AUDIT_INBOX, stored, 'corr-hello'),
    ]);
  });

  it('sends an event whose text has Welsh and Gaelic letters and an emoji as plain ASCII JSON of the same event', async () => {
    // Prepare
    const event = pingEvent('Siân, Ealasaid NicDhòmhnaill, 🌹 Zoë');
    const stored = JSON.stringify(event);
    const { sent, sqs } = fakeSqs();
    const relay = outboxRelay({ sqs, routes: { 'health.ping-recorded': [HEALTH_INBOX] } });
    // Act
    const result = await relay(streamEvent(inserted('100', stored)), lambdaContext());
    // Assess
    const ascii = stored.replaceAll('Siân, Ealasaid NicDhòmhnaill, 🌹 Zoë', String.raw`Si\u00e2n, Ealasaid NicDh\u00f2mhnaill, \ud83c\udf39 Zo\u00eb`);
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(sent).toStrictEqual([message(HEALTH_INBOX, ascii, event.correlationId)]);
    expect(JSON.parse(sent[0]?.MessageBody ?? '')).toStrictEqual(event);
  });

  it('ignores records other than inserts, such as TTL deletions', async () => {
    // Prepare
    const { sent, sqs } = fakeSqs();
    const relay = outboxRelay({ sqs, routes: { 'health.ping-recorded': [HEALTH_INBOX] } });
    // Act
    const result = await relay(streamEvent(streamRecord('100', 'REMOVE'), streamRecord('101', 'MODIFY')), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(sent).toStrictEqual([]);
  });

  it('sends nothing for an event type routed nowhere', async () => {
    // Prepare
    const { sent, sqs } = fakeSqs();
    const relay = outboxRelay({ sqs, routes: {} });
    // Act
    const result = await relay(streamEvent(inserted('100', JSON.stringify(pingEvent('hello')))), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(sent).toStrictEqual([]);
  });

  it('fails only the record whose send failed, so that the stream retries it', async () => {
    // Prepare
    const first = JSON.stringify(pingEvent('first'));
    const second = JSON.stringify(pingEvent('second'));
    const { sent, sqs } = fakeSqs('second');
    const relay = outboxRelay({ sqs, routes: { 'health.ping-recorded': [HEALTH_INBOX] } });
    // Act
    const result = await relay(streamEvent(inserted('100', first), inserted('101', second)), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: '101' }] });
    expect(sent).toStrictEqual([message(HEALTH_INBOX, first, 'corr-first')]);
  });

  it.each([
    ['has no event attribute', streamRecord('100', 'INSERT', { id: { S: 'id' } })],
    ['holds text that is not JSON', inserted('100', '{"id":')],
    ['holds an invalid envelope', inserted('100', JSON.stringify({ ...pingEvent('hi'), id: 'not-a-uuid' }))],
  ])('fails a record that %s', async (_what, record) => {
    // Prepare
    const { sent, sqs } = fakeSqs();
    const relay = outboxRelay({ sqs, routes: { 'health.ping-recorded': [HEALTH_INBOX] } });
    // Act
    const result = await relay(streamEvent(record), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: '100' }] });
    expect(sent).toStrictEqual([]);
  });
});
