import type { HttpEventOptions } from '@platform/kit/testing';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { createCalendarSubscriptionHandler } from '../src/handlers/create-calendar-subscription.ts';
import { createTimetableHandler } from '../src/handlers/create-timetable.ts';
import { getCalendarFeedHandler } from '../src/handlers/get-calendar-feed.ts';
import { bodyOf, request, SEATS, SETTINGS_WITH_SPEAKER, TIMETABLE_REQUEST } from './fixtures.ts';
import { InMemoryCalendarSubscriptionStore, InMemorySeatStore, InMemorySelectionStore } from './in-memory-stores.ts';

export const NOW = '2026-03-02T10:00:00.000Z';
export const API = 'https://api-id.execute-api.eu-west-2.amazonaws.com';
export const UNKNOWN_ID = '7d1c7f0e-2a8b-4f5e-9c3d-1e2f3a4b5c6d';

/** A drafted timetable in memory, and an empty subscription store. */
export const world = async () => {
  const seats = new InMemorySeatStore(SEATS);
  seats.stored = { settings: SETTINGS_WITH_SPEAKER, version: 1 };
  const selections = new InMemorySelectionStore(seats);
  const subscriptions = new InMemoryCalendarSubscriptionStore();
  const created = await createTimetableHandler(seats, selections)(
    request({ method: 'POST', path: '/selections/timetables', json: TIMETABLE_REQUEST }),
    lambdaContext(),
  );
  const timetableId = (bodyOf(created) as { id: string }).id;
  return { seats, selections, subscriptions, timetableId };
};
export type World = Awaited<ReturnType<typeof world>>;

/** A request on a timetable's subscriptions, by HQ staff unless other claims are given. */
export const onTimetable = (timetableId: string, method: string, claims?: HttpEventOptions['claims']) =>
  request({
    method,
    path: `/selections/timetables/${timetableId}/calendar-subscriptions`,
    routePath: '/selections/timetables/{timetableId}/calendar-subscriptions',
    pathParameters: { timetableId },
    ...(claims ? { claims } : {}),
  });

export const revokeRequest = (subscriptionId: string, claims?: HttpEventOptions['claims']) =>
  request({
    method: 'DELETE',
    path: `/selections/calendar-subscriptions/${subscriptionId}`,
    routePath: '/selections/calendar-subscriptions/{subscriptionId}',
    pathParameters: { subscriptionId },
    ...(claims ? { claims } : {}),
  });

/** A calendar app polling a feed: no Authorization header, no claims; `key` absent when undefined. */
export const feedRequest = (subscriptionId: string, key: string | undefined) =>
  httpEvent({
    method: 'GET',
    path: `/selections/calendar-feeds/${subscriptionId}/calendar.ics`,
    routePath: '/selections/calendar-feeds/{subscriptionId}/calendar.ics',
    pathParameters: { subscriptionId },
    ...(key === undefined ? {} : { queryStringParameters: { key } }),
    headers: { 'x-correlation-id': 'corr-1' },
  });

export interface CreatedBody {
  subscriptionId: string;
  timetableId: string;
  createdAt: string;
  createdBy: string;
  url: string;
}

/** Creates a link as HQ staff; the key is read back from its URL. */
export const subscribe = async ({ selections, subscriptions, timetableId }: World) => {
  const response = await createCalendarSubscriptionHandler(selections, subscriptions)(onTimetable(timetableId, 'POST'), lambdaContext());
  const body = bodyOf(response) as CreatedBody;
  return { response, body, key: new URL(body.url).searchParams.get('key') ?? '' };
};

/** Polls a feed as a calendar app does. */
export const poll = ({ selections, subscriptions }: World, subscriptionId: string, key: string | undefined) =>
  getCalendarFeedHandler(selections, subscriptions)(feedRequest(subscriptionId, key), lambdaContext());
