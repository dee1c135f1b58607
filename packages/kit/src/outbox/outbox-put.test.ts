import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { pingRecorded } from '@platform/events';
import { outboxPut } from './outbox-put.ts';

describe('outboxPut', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('stores the whole event once, to expire seven days after it was written', () => {
    // Prepare
    jest.useFakeTimers({ now: new Date('2026-05-01T10:00:00.000Z') });
    const event = pingRecorded.create(
      { pingId: '5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a', message: 'hello', recordedBy: 'user-1' },
      { correlationId: 'corr-1', id: '9f8e7d6c-5b4a-4321-8fed-cba987654321', occurredAt: '2026-05-01T09:59:59.000Z' },
    );
    // Act
    const item = outboxPut('health-outbox', event);
    // Assess
    expect(item).toStrictEqual({
      Put: {
        TableName: 'health-outbox',
        Item: {
          id: '9f8e7d6c-5b4a-4321-8fed-cba987654321',
          type: 'health.ping-recorded',
          version: 1,
          event: JSON.stringify(event),
          createdAt: '2026-05-01T10:00:00.000Z',
          expiresAt: Date.parse('2026-05-08T10:00:00.000Z') / 1000,
        },
        ConditionExpression: 'attribute_not_exists(id)',
      },
    });
  });
});
