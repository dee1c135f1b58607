import { describe, expect, it } from '@jest/globals';
import { calendarSubscriptionView, feedAccess, newCalendarSubscription } from './calendar-subscription.ts';
import type { CalendarSubscription } from './calendar-subscription.ts';
import { feedKeyHash, feedKeyMatches } from './feed-key.ts';

const TIMETABLE_ID = '2bdc889d-590c-439f-be4e-dfd20f8ba484';
const MADE = { subscriptionId: '0f8e3c1a-5d2b-4c7e-9a10-3b6d2e4f5a61', createdAt: '2026-03-02T10:00:00.000Z', createdBy: 'hq-1' };

describe('newCalendarSubscription', () => {
  it('makes a subscription holding only the hash of its new key, and hands the key back once', () => {
    // Act
    const { subscription, key } = newCalendarSubscription(TIMETABLE_ID, MADE);
    // Assess
    expect(subscription).toStrictEqual({ ...MADE, timetableId: TIMETABLE_ID, keyHash: feedKeyHash(key) });
    expect(JSON.stringify(subscription).includes(key)).toBe(false);
    expect(feedKeyMatches(key, subscription.keyHash)).toBe(true);
  });

  it('makes a different key each time', () => {
    const keys = new Set(Array.from({ length: 100 }, () => newCalendarSubscription(TIMETABLE_ID, MADE).key));
    expect(keys.size).toBe(100);
  });
});

describe('calendarSubscriptionView', () => {
  it('shows everything but the key’s hash', () => {
    // Prepare
    const { subscription } = newCalendarSubscription(TIMETABLE_ID, MADE);
    const revoked: CalendarSubscription = { ...subscription, revokedAt: '2026-03-03T08:00:00.000Z', revokedBy: 'hq-2' };
    // Act
    const view = calendarSubscriptionView(revoked);
    // Assess
    expect(view).toStrictEqual({ ...MADE, timetableId: TIMETABLE_ID, revokedAt: '2026-03-03T08:00:00.000Z', revokedBy: 'hq-2' });
  });
});

describe('feedAccess', () => {
  const { subscription, key } = newCalendarSubscription(TIMETABLE_ID, MADE);

  it('grants the timetable to the subscription’s own key', () => {
    expect(feedAccess(subscription, key)).toStrictEqual({ granted: true, timetableId: TIMETABLE_ID });
  });

  it('refuses an unknown subscription, a wrong or missing key, and a revoked subscription even with its key', () => {
    // Prepare
    const revoked = { ...subscription, revokedAt: '2026-03-03T08:00:00.000Z', revokedBy: 'hq-2' };
    // Act
    const outcomes = {
      unknown: feedAccess(undefined, key),
      wrongKey: feedAccess(subscription, newCalendarSubscription(TIMETABLE_ID, MADE).key),
      missingKey: feedAccess(subscription, undefined),
      revoked: feedAccess(revoked, key),
    };
    // Assess
    expect(outcomes).toStrictEqual({
      unknown: { granted: false, reason: 'unknown-subscription' },
      wrongKey: { granted: false, reason: 'wrong-key' },
      missingKey: { granted: false, reason: 'wrong-key' },
      revoked: { granted: false, reason: 'revoked' },
    });
  });
});
