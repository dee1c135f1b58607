import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { CalendarSubscriptionPath, TimetablePath } from '../handlers/paths.ts';
import { invalid, staffOnly } from './common-responses.ts';
import { CalendarSubscriptionListResponse, CalendarSubscriptionResponse, NewCalendarSubscriptionResponse } from './responses/calendar-subscription.ts';

/** `POST /selections/timetables/{timetableId}/calendar-subscriptions`. */
export const createCalendarSubscription = defineRoute({
  method: 'POST',
  path: '/selections/timetables/{timetableId}/calendar-subscriptions',
  summary: "Make a link to a timetable's calendar feed that a calendar app can poll without a token",
  access: ['hq-staff'],
  params: TimetablePath,
  responses: {
    201: { description: "The subscription and its link, which holds the only copy of the link's key", body: NewCalendarSubscriptionResponse },
    ...invalid,
    ...staffOnly,
    404: { description: 'No such timetable' },
    409: { description: 'The timetable has as many links as it may (200, revoked ones included)' },
  },
});

/** `GET /selections/timetables/{timetableId}/calendar-subscriptions`. */
export const listCalendarSubscriptions = defineRoute({
  method: 'GET',
  path: '/selections/timetables/{timetableId}/calendar-subscriptions',
  summary: "List who made which link to a timetable's feed and when, revoked ones included (never the keys)",
  access: ['hq-staff'],
  params: TimetablePath,
  responses: { 200: { description: 'The subscriptions', body: CalendarSubscriptionListResponse }, ...invalid, ...staffOnly, 404: { description: 'No such timetable' } },
});

/** `DELETE /selections/calendar-subscriptions/{subscriptionId}`. */
export const revokeCalendarSubscription = defineRoute({
  method: 'DELETE',
  path: '/selections/calendar-subscriptions/{subscriptionId}',
  summary: 'Revoke a calendar link; its feed stops answering at once',
  access: ['hq-staff'],
  params: CalendarSubscriptionPath,
  responses: { 200: { description: 'The subscription, revoked', body: CalendarSubscriptionResponse }, ...invalid, ...staffOnly, 404: { description: 'No such subscription' } },
});

/**
 * `GET /selections/calendar-feeds/{subscriptionId}/calendar.ics?key=…`: public, since calendar apps cannot
 * send a token. Its schemas accept anything: every refusal, a malformed id included, must be the same 404,
 * so the handler judges the id and key itself.
 */
export const getCalendarFeed = defineRoute({
  method: 'GET',
  path: '/selections/calendar-feeds/{subscriptionId}/calendar.ics',
  summary: "A timetable's calendar feed, for calendar apps, through a link HQ staff made",
  access: 'public',
  params: z.object({ subscriptionId: z.string() }),
  query: z.object({ key: z.string().optional() }),
  responses: {
    200: { description: 'The timetable as iCalendar', contentType: 'text/calendar' },
    404: { description: 'No such link, a wrong or missing key, or a revoked link: all alike' },
  },
});
