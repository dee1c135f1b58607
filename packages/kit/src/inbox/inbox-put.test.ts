import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { inboxPut } from './inbox-put.ts';

describe('inboxPut', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('records the event as processed by the consumer, once, for thirty days', () => {
    // Prepare
    jest.useFakeTimers({ now: new Date('2026-05-01T10:00:00.000Z') });
    // Act
    const item = inboxPut('health', 'ping-recorded-consumer', '9f8e7d6c-5b4a-4321-8fed-cba987654321');
    // Assess
    expect(item).toStrictEqual({
      Put: {
        TableName: 'health',
        Item: {
          pk: 'INBOX#9f8e7d6c-5b4a-4321-8fed-cba987654321',
          sk: 'INBOX#ping-recorded-consumer',
          processedAt: '2026-05-01T10:00:00.000Z',
          expiresAt: Date.parse('2026-05-31T10:00:00.000Z') / 1000,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    });
  });
});
