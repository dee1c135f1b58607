import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { pingRecorded } from '@platform/events';
import { lambdaContext, sqsEvent } from '@platform/kit/testing';
import { pingRecordedConsumer } from '../src/handlers/ping-recorded-consumer.ts';
import { InMemoryPingStore } from './in-memory-ping-store.ts';

const PING_ID = '5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a';
const EVENT_ID = '9f8e7d6c-5b4a-4321-8fed-cba987654321';

const recorded = {
  pingId: PING_ID,
  message: 'hello',
  recordedBy: 'user-1',
  recordedAt: '2026-05-01T10:00:00.000Z',
};

const delivery = (eventId = EVENT_ID) =>
  sqsEvent(
    JSON.stringify(
      pingRecorded.create(
        { pingId: PING_ID, message: 'hello', recordedBy: 'user-1' },
        { correlationId: 'corr-1', id: eventId, occurredAt: recorded.recordedAt },
      ),
    ),
  );

const storeWithPing = () => {
  const pings = new InMemoryPingStore();
  pings.pings.set(PING_ID, { ...recorded });
  return pings;
};

describe('health.ping-recorded consumer', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-05-01T10:00:02.000Z') });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('marks the ping received, with the delivery in the inbox', async () => {
    // Prepare
    const pings = storeWithPing();
    // Act
    const result = await pingRecordedConsumer(pings)(delivery(), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(pings.pings.get(PING_ID)).toStrictEqual({ ...recorded, receivedAt: '2026-05-01T10:00:02.000Z' });
    expect([...pings.inbox]).toStrictEqual([`${EVENT_ID}/ping-recorded-consumer`]);
  });

  it('changes nothing when the same event is delivered again', async () => {
    // Prepare
    const pings = storeWithPing();
    const consumer = pingRecordedConsumer(pings);
    await consumer(delivery(), lambdaContext());
    jest.setSystemTime(new Date('2026-05-01T10:05:00.000Z'));
    // Act
    const result = await consumer(delivery(), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(pings.pings.get(PING_ID)).toStrictEqual({ ...recorded, receivedAt: '2026-05-01T10:00:02.000Z' });
    expect([...pings.inbox]).toStrictEqual([`${EVENT_ID}/ping-recorded-consumer`]);
  });

  it('treats a delivery that lost the race to a concurrent one as a duplicate', async () => {
    // Prepare: the other delivery committed after this one read the ping
    const pings = storeWithPing();
    pings.inbox.add(`${EVENT_ID}/ping-recorded-consumer`);
    // Act
    const result = await pingRecordedConsumer(pings)(delivery(), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(pings.pings.get(PING_ID)).toStrictEqual(recorded);
  });

  it('fails the message when its ping does not exist, so that it is retried', async () => {
    // Act
    const result = await pingRecordedConsumer(new InMemoryPingStore())(delivery(), lambdaContext());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [{ itemIdentifier: 'message-1' }] });
  });
});
