import type { CalendarSubscription } from '../domain/calendar-subscription.ts';

export interface CalendarSubscriptionStore {
  /** Saves a new subscription; its id is new, so it never replaces one. */
  saveSubscription(subscription: CalendarSubscription): Promise<void>;
  getSubscription(subscriptionId: string): Promise<CalendarSubscription | undefined>;
  /** A timetable's subscriptions, revoked ones included, oldest first. */
  subscriptionsOf(timetableId: string): Promise<CalendarSubscription[]>;
  /**
   * Revokes a subscription and answers it as stored. Revoking one already revoked changes nothing (the first
   * revocation's time and author stand); throws `CalendarSubscriptionNotFoundError` for an unknown id.
   */
  revokeSubscription(subscriptionId: string, revoked: { revokedAt: string; revokedBy: string }): Promise<CalendarSubscription>;
}
