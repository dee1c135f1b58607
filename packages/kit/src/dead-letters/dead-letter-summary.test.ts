import { describe, expect, it } from '@jest/globals';
import type { Message } from '@aws-sdk/client-sqs';
import { describeDeadLetter, isNamedBy, prettyBody, redriveAttributes } from './dead-letter-summary.ts';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const event = { id: 'evt-1', type: 'fund.donation-received', version: 1, data: { donationId: 'd-1' } };
const deadLetter = (): Message => ({
  MessageId: 'msg-1',
  Body: JSON.stringify(event),
  Attributes: { SentTimestamp: String(NOW.getTime() - 90_000) },
  MessageAttributes: {
    failureReason: { DataType: 'String', StringValue: 'donation d-1 was already received with a different amount' },
    sourceQueueMessageId: { DataType: 'String', StringValue: 'orig-1' },
    traceparent: { DataType: 'String', StringValue: '00-abc-def-01' },
  },
});

describe('describeDeadLetter', () => {
  it("reads an event's reason, type, id and age", () => {
    expect(describeDeadLetter(deadLetter(), NOW)).toStrictEqual({
      messageId: 'msg-1',
      kind: 'event',
      failureReason: 'donation d-1 was already received with a different amount',
      eventType: 'fund.donation-received',
      eventId: 'evt-1',
      ageSeconds: 90,
    });
  });

  it("reads a relay's failed stream batch by its condition", () => {
    // Prepare: what a stream's on-failure destination receives
    const message: Message = {
      MessageId: 'msg-2',
      Body: JSON.stringify({ requestContext: { condition: 'RetryAttemptsExhausted' }, responseContext: { functionError: 'Unhandled' }, DDBStreamBatchInfo: { batchSize: 3 } }),
    };
    // Act / Assess
    expect(describeDeadLetter(message, NOW)).toStrictEqual({
      messageId: 'msg-2',
      kind: 'stream-batch',
      failureReason: 'RetryAttemptsExhausted (Unhandled)',
      eventType: undefined,
      eventId: undefined,
      ageSeconds: undefined,
    });
  });

  it('calls a body that is not an event unreadable', () => {
    expect(describeDeadLetter({ MessageId: 'msg-3', Body: 'not json {' }, NOW).kind).toBe('unreadable');
  });
});

describe('redriveAttributes', () => {
  it('keeps the original attributes and leaves the marks of the failure behind', () => {
    expect(redriveAttributes(deadLetter())).toStrictEqual({ traceparent: { DataType: 'String', StringValue: '00-abc-def-01' } });
  });

  it('sends none when only the marks of the failure were there', () => {
    const message = deadLetter();
    delete message.MessageAttributes?.traceparent;
    expect(redriveAttributes(message)).toBeUndefined();
  });
});

describe('isNamedBy', () => {
  it('matches the message id or the event id, and nothing else', () => {
    const summary = describeDeadLetter(deadLetter(), NOW);
    expect([isNamedBy(summary, ['msg-1']), isNamedBy(summary, ['evt-1']), isNamedBy(summary, ['orig-1'])]).toStrictEqual([true, true, false]);
  });
});

describe('prettyBody', () => {
  it('indents JSON and leaves other text as it came', () => {
    expect([prettyBody('{"a":1}'), prettyBody('plain')]).toStrictEqual(['{\n  "a": 1\n}', 'plain']);
  });
});
