import { describe, expect, it } from '@jest/globals';
import { createPing } from './ping.ts';
import { pingRecordedEvent } from './ping-recorded-event.ts';

describe('pingRecordedEvent', () => {
  it('announces the ping, as occurring when it was recorded', () => {
    // Prepare
    const ping = createPing({
      pingId: '5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a',
      message: 'hello',
      recordedBy: 'user-1',
      recordedAt: '2026-05-01T10:00:00.000Z',
    });
    // Act
    const event = pingRecordedEvent(ping, 'corr-1');
    // Assess
    expect(event).toStrictEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'health.ping-recorded',
      version: 1,
      occurredAt: '2026-05-01T10:00:00.000Z',
      source: 'health',
      correlationId: 'corr-1',
      data: { pingId: '5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a', message: 'hello', recordedBy: 'user-1' },
    });
  });
});
