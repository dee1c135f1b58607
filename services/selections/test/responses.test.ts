import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { routeKeyOf } from '@platform/kit/contract';
import type { RouteContract } from '@platform/kit/contract';
import { conformance, conforming, lambdaContext } from '@platform/kit/testing';
import { deadLetterRouteAnswers } from '@platform/kit/testing/dead-letter-route-suite';
import { getDeadLetter, listDeadLetters, redriveDeadLetters } from '../src/api/dead-letter-routes.ts';
import type { Conformance } from '@platform/kit/testing';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { routes } from '../src/api/index.ts';
import { selectionIdFor } from '../src/domain/selection.ts';
import { createCalendarSubscriptionHandler } from '../src/handlers/create-calendar-subscription.ts';
import { createTimetableHandler } from '../src/handlers/create-timetable.ts';
import { getCalendarFeedHandler } from '../src/handlers/get-calendar-feed.ts';
import { getSeatHandler } from '../src/handlers/get-seat.ts';
import { getSettingsHandler } from '../src/handlers/get-settings.ts';
import { getPublishedTimetableHandler } from '../src/handlers/get-published-timetable.ts';
import { getTimetableHandler } from '../src/handlers/get-timetable.ts';
import { getTimetableCalendarHandler } from '../src/handlers/get-timetable-calendar.ts';
import { importSeatsHandler } from '../src/handlers/import-seats.ts';
import { listCalendarSubscriptionsHandler } from '../src/handlers/list-calendar-subscriptions.ts';
import { listSeatsHandler } from '../src/handlers/list-seats.ts';
import { getSelectionHandler } from '../src/handlers/get-selection.ts';
import { listSelectionsHandler } from '../src/handlers/list-selections.ts';
import { patchSeatHandler } from '../src/handlers/patch-seat.ts';
import { patchSelectionHandler } from '../src/handlers/patch-selection.ts';
import { publishTimetableHandler } from '../src/handlers/publish-timetable.ts';
import { putSettingsHandler } from '../src/handlers/put-settings.ts';
import { revokeCalendarSubscriptionHandler } from '../src/handlers/revoke-calendar-subscription.ts';
import { feedRequest, onTimetable, revokeRequest } from './calendar-subscription-fixtures.ts';
import { bodyOf, request, SEATS, SETTINGS_WITH_SPEAKER, TIMETABLE_REQUEST } from './fixtures.ts';
import { InMemoryCalendarSubscriptionStore, InMemorySeatStore, InMemorySelectionStore } from './in-memory-stores.ts';

// The real handlers' answers, checked against what each route's contract documents for the status it
// answered: a field a handler adds, drops or renames without its response schema fails here.
const contractOf = (routeKey: string): RouteContract => {
  const found = routes.find((route) => routeKeyOf(route) === routeKey);
  if (found === undefined) throw new Error(`no selections route ${routeKey}`);
  return found;
};

type Answer = [routeKey: string, response: APIGatewayProxyStructuredResultV2];

const CSV = 'gss_code,name,region\r\nE14001063,Aldershot,South East\r\nE14009999,New Seat,South East\r\nX1,Nowhere,Nowhere\r\n';

/** Seats imported and flagged, a timetable drafted, published and moved, a calendar link made, polled and revoked. */
const aTimetableFromStart = async (): Promise<Answer[]> => {
  const seats = new InMemorySeatStore(SEATS);
  seats.stored = { settings: SETTINGS_WITH_SPEAKER, version: 1 };
  const selections = new InMemorySelectionStore(seats);
  const subscriptions = new InMemoryCalendarSubscriptionStore();
  const context = lambdaContext();
  const answers: Answer[] = [];
  const call = async (routeKey: string, response: Promise<APIGatewayProxyStructuredResultV2>) => {
    const answered = await response;
    answers.push([routeKey, answered]);
    return answered;
  };
  const onSeat = (method: string, json?: unknown) =>
    request({ method, path: '/selections/seats/E14001063', routePath: '/selections/seats/{seatId}', pathParameters: { seatId: 'E14001063' }, ...(json === undefined ? {} : { json }) });
  const onTimetableAt = (timetableId: string, suffix: string, method = 'GET') =>
    request({ method, path: `/selections/timetables/${timetableId}${suffix}`, routePath: `/selections/timetables/{timetableId}${suffix}`, pathParameters: { timetableId } });

  await call(
    'POST /selections/seats/import',
    importSeatsHandler(seats)(request({ method: 'POST', path: '/selections/seats/import', body: CSV, headers: { 'content-type': 'text/csv' } }), context),
  );
  await call('GET /selections/settings', getSettingsHandler(seats)(request({ path: '/selections/settings' }), context));
  await call('PUT /selections/settings', putSettingsHandler(seats)(request({ method: 'PUT', path: '/selections/settings', json: SETTINGS_WITH_SPEAKER }), context));
  await call('GET /selections/seats', listSeatsHandler(seats)(request({ path: '/selections/seats', queryStringParameters: { limit: '3' } }), context));
  await call('GET /selections/seats/{seatId}', getSeatHandler(seats)(onSeat('GET'), context));
  await call('PATCH /selections/seats/{seatId}', patchSeatHandler(seats)(onSeat('PATCH', { priority: 1, boundaryReviewUntil: '2031-03-01' }), context));

  const created = await call(
    'POST /selections/timetables',
    createTimetableHandler(seats, selections)(request({ method: 'POST', path: '/selections/timetables', json: TIMETABLE_REQUEST }), context),
  );
  const { timetableId } = bodyOf(created) as { timetableId: string };
  await call('GET /selections/timetables/{timetableId}', getTimetableHandler(selections)(onTimetableAt(timetableId, ''), context));
  await call('POST /selections/timetables/{timetableId}/publish', publishTimetableHandler(seats, selections)(onTimetableAt(timetableId, '/publish', 'POST'), context));
  await call('GET /selections/timetables/published', getPublishedTimetableHandler(selections)(request({ path: '/selections/timetables/published' }), context));
  await call('GET /selections/timetables/{timetableId}/calendar.csv', getTimetableCalendarHandler(selections)(onTimetableAt(timetableId, '/calendar.csv'), context));
  await call('GET /selections/timetables/{timetableId}/calendar.ics', getTimetableCalendarHandler(selections)(onTimetableAt(timetableId, '/calendar.ics'), context));
  await call('GET /selections/selections', listSelectionsHandler(selections)(request({ path: '/selections/selections' }), context));
  const selectionId = selectionIdFor(timetableId, 'E14001067');
  await call(
    'GET /selections/selections/{selectionId}',
    getSelectionHandler(selections)(request({ path: `/selections/selections/${selectionId}`, routePath: '/selections/selections/{selectionId}', pathParameters: { selectionId } }), context),
  );
  const free = ['2033-01-03', '2033-01-10', '2033-01-17'].find(
    (day) => ![...selections.selections.values()].some((other) => Math.abs(Date.parse(other.start) - Date.parse(day)) < 7 * 86_400_000),
  );
  await call(
    'PATCH /selections/selections/{selectionId}',
    patchSelectionHandler(seats, selections)(
      request({ method: 'PATCH', path: `/selections/selections/${selectionId}`, routePath: '/selections/selections/{selectionId}', pathParameters: { selectionId }, json: { start: free, expectedRevision: 0 } }),
      context,
    ),
  );

  const subscribed = await call(
    'POST /selections/timetables/{timetableId}/calendar-subscriptions',
    createCalendarSubscriptionHandler(selections, subscriptions)(onTimetable(timetableId, 'POST'), context),
  );
  const { subscriptionId, url } = bodyOf(subscribed) as { subscriptionId: string; url: string };
  await call(
    'GET /selections/timetables/{timetableId}/calendar-subscriptions',
    listCalendarSubscriptionsHandler(selections, subscriptions)(onTimetable(timetableId, 'GET'), context),
  );
  await call(
    'GET /selections/calendar-feeds/{subscriptionId}/calendar.ics',
    getCalendarFeedHandler(selections, subscriptions)(feedRequest(subscriptionId, new URL(url).searchParams.get('key') ?? ''), context),
  );
  await call('DELETE /selections/calendar-subscriptions/{subscriptionId}', revokeCalendarSubscriptionHandler(subscriptions)(revokeRequest(subscriptionId), context));
  answers.push(...(await deadLetterRouteAnswers({ service: 'selections', role: 'hq-staff', contracts: { listDeadLetters, getDeadLetter, redriveDeadLetters } })));
  return answers;
};

describe('the selections routes answer as their contracts document', () => {
  it('answers every route with a documented status, media type and a body its response schema accepts', async () => {
    // Act
    const answers = await aTimetableFromStart();
    // Assess
    const checked = answers.map(([routeKey, response]): [string, Conformance] => [routeKey, conformance(contractOf(routeKey), response)]);
    const textType = (routeKey: string) => (routeKey.endsWith('.csv') ? 'text/csv' : routeKey.endsWith('.ics') ? 'text/calendar' : 'application/json');
    expect(checked).toStrictEqual(answers.map(([routeKey, response]) => [routeKey, conforming(response.statusCode ?? 0, textType(routeKey))]));
    expect(checked.map(([routeKey, { status }]) => `${status} ${routeKey}`)).toStrictEqual([
      '200 POST /selections/seats/import',
      '200 GET /selections/settings',
      '200 PUT /selections/settings',
      '200 GET /selections/seats',
      '200 GET /selections/seats/{seatId}',
      '200 PATCH /selections/seats/{seatId}',
      '201 POST /selections/timetables',
      '200 GET /selections/timetables/{timetableId}',
      '200 POST /selections/timetables/{timetableId}/publish',
      '200 GET /selections/timetables/published',
      '200 GET /selections/timetables/{timetableId}/calendar.csv',
      '200 GET /selections/timetables/{timetableId}/calendar.ics',
      '200 GET /selections/selections',
      '200 GET /selections/selections/{selectionId}',
      '200 PATCH /selections/selections/{selectionId}',
      '201 POST /selections/timetables/{timetableId}/calendar-subscriptions',
      '200 GET /selections/timetables/{timetableId}/calendar-subscriptions',
      '200 GET /selections/calendar-feeds/{subscriptionId}/calendar.ics',
      '200 DELETE /selections/calendar-subscriptions/{subscriptionId}',
      '200 GET /selections/dead-letters',
      '200 GET /selections/dead-letters/{queue}/{messageId}',
      '200 POST /selections/dead-letters/{queue}/redrive',
    ]);
  });

  it('exercises every route of the service', async () => {
    // Act
    const exercised = new Set((await aTimetableFromStart()).map(([routeKey]) => routeKey));
    // Assess
    expect([...exercised].sort()).toStrictEqual(routes.map(routeKeyOf).sort());
  });

  it('answers a timetable with timetableId, and with the deprecated id beside it', async () => {
    // Act
    const answers = await aTimetableFromStart();
    // Assess
    const [, created] = answers.find(([routeKey]) => routeKey === 'POST /selections/timetables')!;
    const body = bodyOf(created) as { timetableId: string; id: string };
    expect(body.id).toBe(body.timetableId);
  });
});
