import * as z from 'zod';
import { CalendarSubscription } from '../../domain/calendar-subscription.ts';
import type { CalendarSubscriptionView } from '../../domain/calendar-subscription.ts';

const { keyHash: _keyHash, ...viewShape } = CalendarSubscription.shape;

const EXAMPLE = {
  subscriptionId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  timetableId: '7c2e9f41-5b3d-4a8e-b6f0-1d2c3e4f5a6b',
  createdAt: '2027-01-05T10:00:00.000Z',
  createdBy: 'staff-1',
};

/** A calendar subscription as HQ staff see it: never its key or the key's hash. */
export const CalendarSubscriptionResponse = z
  .strictObject(viewShape)
  .meta({ id: 'CalendarSubscription', description: 'A link a calendar app follows to a timetable; revoked once `revokedAt` is set.', example: EXAMPLE }) satisfies z.ZodType<CalendarSubscriptionView>;

/** `POST …/calendar-subscriptions` (201): the subscription and its link, which holds the only copy of its key. */
export const NewCalendarSubscriptionResponse = z
  .strictObject({
    ...viewShape,
    url: z.url().meta({ description: 'The feed link to paste into a calendar app. Shown once: only the key’s hash is kept.' }),
  })
  .meta({
    id: 'NewCalendarSubscription',
    description: 'A new calendar subscription with its feed link.',
    example: {
      ...EXAMPLE,
      url: 'https://api.example.org/selections/calendar-feeds/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/calendar.ics?key=q2Vb…',
    },
  });

/** `GET …/calendar-subscriptions`: every link made to the timetable, revoked ones included. */
export const CalendarSubscriptionListResponse = z
  .strictObject({ items: z.array(CalendarSubscriptionResponse) })
  .meta({ id: 'CalendarSubscriptionList', description: 'Who made which link to the timetable and when, and which are revoked.' });
