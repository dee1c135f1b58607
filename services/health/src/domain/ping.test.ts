import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createPing, isReadableBy, PingMessage, receive } from './ping.ts';

const recorded = createPing({
  pingId: '5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a',
  message: 'hello',
  recordedBy: 'user-1',
  recordedAt: '2026-05-01T10:00:00.000Z',
});

describe('createPing', () => {
  it('creates a ping not yet received', () => {
    expect(recorded).toStrictEqual({
      pingId: '5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a',
      message: 'hello',
      recordedBy: 'user-1',
      recordedAt: '2026-05-01T10:00:00.000Z',
    });
  });
});

describe('isReadableBy', () => {
  it.each([
    ['the caller who recorded it', { id: 'user-1', roles: ['candidate'] }, true],
    ['HQ staff, who recorded another', { id: 'staff-1', roles: ['hq-staff'] }, true],
    ['a finance user who did not record it', { id: 'fin-1', roles: ['finance'] }, false],
    ['a caller with no role who did not record it', { id: 'user-2', roles: [] }, false],
  ])('lets %s read a ping: %p', (_who, reader, readable) => {
    expect(isReadableBy(recorded, reader)).toBe(readable);
  });
});

describe('PingMessage', () => {
  it.each([
    ['one character', 'a', true],
    ['200 characters', 'a'.repeat(200), true],
    ['no characters', '', false],
    ['201 characters', 'a'.repeat(201), false],
  ])('accepts a message of %s: %p', (_what, message, accepted) => {
    expect(PingMessage.safeParse(message).success).toBe(accepted);
  });
});

describe('receive', () => {
  it('stamps a ping received the first time', () => {
    expect(receive(recorded, '2026-05-01T10:00:02.000Z')).toStrictEqual({
      outcome: 'received',
      ping: { ...recorded, receivedAt: '2026-05-01T10:00:02.000Z' },
    });
  });

  it('leaves a ping already received as it was', () => {
    const received = { ...recorded, receivedAt: '2026-05-01T10:00:02.000Z' };
    expect(receive(received, '2026-05-01T10:05:00.000Z')).toStrictEqual({ outcome: 'already-received', ping: received });
  });

  it('keeps the first reception, however many follow', () => {
    const instant = fc.date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
    fc.assert(
      fc.property(fc.array(instant, { minLength: 1, maxLength: 20 }), (instants) => {
        const ping = instants.reduce((current, at) => receive(current, at).ping, recorded);
        expect(ping).toStrictEqual({ ...recorded, receivedAt: instants[0] });
      }),
    );
  });
});
