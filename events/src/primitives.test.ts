import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { CalendarDate, CalendarMonth, Identifier, Instant } from './primitives.ts';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('CalendarDate', () => {
  it('takes the first and last days of the bounds', () => {
    expect([CalendarDate.parse('1900-01-01'), CalendarDate.parse('2199-12-31')]).toStrictEqual(['1900-01-01', '2199-12-31']);
  });

  it('fails on year 0000 and on the days just outside the bounds, with one issue each', () => {
    expect(['0000-01-01', '1899-12-31', '2200-01-01'].map((date) => messagesOf(CalendarDate.safeParse(date)))).toStrictEqual([
      ['must be from 1900-01-01 to 2199-12-31'],
      ['must be from 1900-01-01 to 2199-12-31'],
      ['must be from 1900-01-01 to 2199-12-31'],
    ]);
  });

  it('fails on a day that does not exist with one issue, not a bounds issue too', () => {
    expect(messagesOf(CalendarDate.safeParse('2029-02-30'))).toStrictEqual(['Invalid ISO date']);
  });
});

describe('CalendarMonth and Instant', () => {
  it('take a month and a UTC instant within the bounds, and fail outside them', () => {
    expect(CalendarMonth.parse('2029-05')).toBe('2029-05');
    expect(messagesOf(CalendarMonth.safeParse('0000-01'))).toStrictEqual(['must be from 1900-01-01 to 2199-12-31']);
    expect(messagesOf(CalendarMonth.safeParse('2029-13'))).toStrictEqual(['a month is YYYY-MM, e.g. 2029-05']);
    expect(Instant.parse('2026-11-25T09:30:00.000Z')).toBe('2026-11-25T09:30:00.000Z');
    expect(messagesOf(Instant.safeParse('0000-01-01T00:00:00.000Z'))).toStrictEqual(['must be from 1900-01-01 to 2199-12-31']);
  });
});

describe('Identifier', () => {
  const idMessage = 'an id is 1 to 128 letters, digits, dots, underscores, colons or hyphens, starting with a letter or digit';

  it('takes the ids the platform makes itself and the ones payment systems send', () => {
    const ids = [randomUUID(), 'stripe-ch_3Nq2x', 'mp-4514', 'GB:2026.11/25'.replace('/', '.'), 'a'.repeat(128)];
    expect(ids.map((id) => Identifier.safeParse(id).success)).toStrictEqual([true, true, true, true, true]);
  });

  it('fails on a lone surrogate, key separators, a leading dot, spaces, an empty id and 129 characters', () => {
    const bad = ['x\ud800y', 'a#b', 'a/b', '.hidden', 'a b', '', 'a'.repeat(129)];
    expect(bad.map((id) => messagesOf(Identifier.safeParse(id)))).toStrictEqual(bad.map(() => [idMessage]));
  });
});
