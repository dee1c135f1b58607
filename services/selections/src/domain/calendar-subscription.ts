import * as z from 'zod';
import { CalendarSubscriptionLimitError } from './errors.ts';
import { feedKeyHash, feedKeyMatches, newFeedKey } from './feed-key.ts';

/**
 * A link HQ staff give a calendar app to follow a timetable: calendar apps cannot send a bearer token when
 * they poll, so the link carries its own key. Only the key's hash is kept; revoking keeps the record (who
 * made it, who revoked it, when) and stops the feed.
 */
export const CalendarSubscription = z.object({
  subscriptionId: z.uuid(),
  timetableId: z.uuid(),
  keyHash: z.string().min(1),
  createdAt: z.iso.datetime(),
  createdBy: z.string().min(1),
  revokedAt: z.iso.datetime().optional(),
  revokedBy: z.string().min(1).optional(),
});
export type CalendarSubscription = z.infer<typeof CalendarSubscription>;

/** A subscription as HQ staff see it: everything but the key's hash. */
export type CalendarSubscriptionView = Omit<CalendarSubscription, 'keyHash'>;

/**
 * The most links one timetable may have, revoked ones included: each is kept as the record of who could
 * read the feed, and all are read and listed together. A link is one per person or shared calendar, so a
 * few dozen serve all of HQ staff; more than this means links are being made by a script, or leaked.
 */
export const MAX_CALENDAR_SUBSCRIPTIONS_PER_TIMETABLE = 200;

/** Refuses another link to a timetable that has as many as it may. */
export const requireRoomForSubscription = (timetableId: string, existing: number): void => {
  if (existing >= MAX_CALENDAR_SUBSCRIPTIONS_PER_TIMETABLE) throw new CalendarSubscriptionLimitError(timetableId, MAX_CALENDAR_SUBSCRIPTIONS_PER_TIMETABLE);
};

/**
 * A new subscription to a timetable and its feed key. The key is returned once, to be put in the link
 * shown to its creator; only its hash is in the subscription.
 */
export const newCalendarSubscription = (
  timetableId: string,
  made: { subscriptionId: string; createdAt: string; createdBy: string },
): { subscription: CalendarSubscription; key: string } => {
  const key = newFeedKey();
  return { subscription: { subscriptionId: made.subscriptionId, timetableId, keyHash: feedKeyHash(key), createdAt: made.createdAt, createdBy: made.createdBy }, key };
};

export const calendarSubscriptionView = ({ keyHash: _keyHash, ...view }: CalendarSubscription): CalendarSubscriptionView => view;

/** Why a feed request was refused; for the logs only, since every refusal answers the same. */
export type FeedRefusal = 'unknown-subscription' | 'wrong-key' | 'revoked';

export type FeedAccess = { granted: true; timetableId: string } | { granted: false; reason: FeedRefusal };

/**
 * Whether a feed request with `key` may read the subscription's timetable. The key is compared whatever
 * the subscription's state (the comparison is constant-time), so an unknown or revoked subscription takes
 * as long to refuse as a wrong key.
 */
export const feedAccess = (subscription: CalendarSubscription | undefined, key: string | undefined): FeedAccess => {
  const matches = feedKeyMatches(key, subscription?.keyHash);
  if (subscription === undefined) return { granted: false, reason: 'unknown-subscription' };
  if (!matches) return { granted: false, reason: 'wrong-key' };
  if (subscription.revokedAt !== undefined) return { granted: false, reason: 'revoked' };
  return { granted: true, timetableId: subscription.timetableId };
};
