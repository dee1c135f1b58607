import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { feedKeyHash } from '../src/domain/feed-key.ts';
import { createCalendarSubscriptionHandler } from '../src/handlers/create-calendar-subscription.ts';
import { getTimetableCalendarHandler } from '../src/handlers/get-timetable-calendar.ts';
import { listCalendarSubscriptionsHandler } from '../src/handlers/list-calendar-subscriptions.ts';
import { publishTimetableHandler } from '../src/handlers/publish-timetable.ts';
import { revokeCalendarSubscriptionHandler } from '../src/handlers/revoke-calendar-subscription.ts';
import { API, NOW, onTimetable, poll, revokeRequest, subscribe, UNKNOWN_ID, world } from './calendar-subscription-fixtures.ts';
import type { CreatedBody } from './calendar-subscription-fixtures.ts';
import { bodyOf, FINANCE, request } from './fixtures.ts';

/** The one answer every refused feed request gets, but for the path it names. */
const refused = (subscriptionId: string) => ({
  statusCode: 404,
  headers: { 'content-type': 'application/problem+json', 'x-correlation-id': 'corr-1' },
  problem: {
    type: 'about:blank',
    title: 'Not Found',
    status: 404,
    detail: 'there is no calendar feed at this address; the link may have been revoked, so ask HQ staff for a new one',
    instance: `/selections/calendar-feeds/${subscriptionId}/calendar.ics`,
  },
});
const outcome = (response: { statusCode?: number; headers?: Record<string, unknown>; body?: string }) => ({
  statusCode: response.statusCode,
  headers: response.headers,
  problem: bodyOf(response),
});

beforeEach(() => {
  jest.useFakeTimers({ now: new Date(NOW), doNotFake: ['nextTick', 'queueMicrotask', 'setImmediate', 'setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe('POST /selections/timetables/{timetableId}/calendar-subscriptions', () => {
  it('answers 201 with a link whose key is shown once: only its SHA-256 is stored, with who made it and when', async () => {
    // Prepare
    const all = await world();
    // Act
    const { response, body, key } = await subscribe(all);
    // Assess
    expect({ status: response.statusCode, cache: response.headers?.['cache-control'] }).toStrictEqual({ status: 201, cache: 'no-store' });
    expect(body).toStrictEqual({
      subscriptionId: body.subscriptionId,
      timetableId: all.timetableId,
      createdAt: NOW,
      createdBy: 'hq-1',
      url: `${API}/selections/calendar-feeds/${body.subscriptionId}/calendar.ics?key=${key}`,
    });
    expect(body.subscriptionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = all.subscriptions.subscriptions.get(body.subscriptionId);
    expect(stored).toStrictEqual({
      subscriptionId: body.subscriptionId,
      timetableId: all.timetableId,
      keyHash: feedKeyHash(key),
      createdAt: NOW,
      createdBy: 'hq-1',
    });
    expect(JSON.stringify(stored).includes(key)).toBe(false);
  });

  it('gives each link its own key', async () => {
    const all = await world();
    const keys = new Set([(await subscribe(all)).key, (await subscribe(all)).key, (await subscribe(all)).key]);
    expect(keys.size).toBe(3);
  });

  it('links to http:// on the local cloud’s localhost, https:// anywhere else', async () => {
    // Prepare
    const all = await world();
    const on = (domainName: string) => {
      const event = onTimetable(all.timetableId, 'POST');
      return { ...event, requestContext: { ...event.requestContext, domainName } };
    };
    const handler = createCalendarSubscriptionHandler(all.selections, all.subscriptions);
    // Act
    const urls = await Promise.all(
      ['localhost:3300', 'api.selections.example.org'].map(async (domainName) => {
        const { url, subscriptionId } = bodyOf(await handler(on(domainName), lambdaContext())) as CreatedBody;
        return url.replace(subscriptionId, '{id}').replace(/key=.*$/, 'key=…');
      }),
    );
    // Assess
    expect(urls).toStrictEqual([
      'http://localhost:3300/selections/calendar-feeds/{id}/calendar.ics?key=…',
      'https://api.selections.example.org/selections/calendar-feeds/{id}/calendar.ics?key=…',
    ]);
  });

  it('fails with a 404 for a timetable that does not exist, and stores nothing', async () => {
    // Prepare
    const all = await world();
    // Act
    const response = await createCalendarSubscriptionHandler(all.selections, all.subscriptions)(onTimetable(UNKNOWN_ID, 'POST'), lambdaContext());
    // Assess
    expect({ status: response.statusCode, detail: (bodyOf(response) as { detail: string }).detail }).toStrictEqual({
      status: 404,
      detail: `there is no timetable ${UNKNOWN_ID}`,
    });
    expect(all.subscriptions.subscriptions.size).toBe(0);
  });

  it('fails with a 403 for finance staff', async () => {
    const all = await world();
    const response = await createCalendarSubscriptionHandler(all.selections, all.subscriptions)(onTimetable(all.timetableId, 'POST', FINANCE), lambdaContext());
    expect({ status: response.statusCode, stored: all.subscriptions.subscriptions.size }).toStrictEqual({ status: 403, stored: 0 });
  });
});

describe('GET /selections/calendar-feeds/{subscriptionId}/calendar.ics (public)', () => {
  it('serves the timetable’s calendar to a request with the link’s key and no token: the same document as the signed-in route', async () => {
    // Prepare
    const all = await world();
    await publishTimetableHandler(all.seats, all.selections)(
      request({ method: 'POST', path: `/selections/timetables/${all.timetableId}/publish`, pathParameters: { timetableId: all.timetableId } }),
      lambdaContext(),
    );
    const { body, key } = await subscribe(all);
    const signedIn = await getTimetableCalendarHandler(all.selections)(
      request({
        path: `/selections/timetables/${all.timetableId}/calendar.ics`,
        routePath: '/selections/timetables/{timetableId}/calendar.ics',
        pathParameters: { timetableId: all.timetableId },
      }),
      lambdaContext(),
    );
    // Act
    const response = await poll(all, body.subscriptionId, key);
    // Assess
    expect({ status: response.statusCode, headers: response.headers }).toStrictEqual({
      status: 200,
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `inline; filename="selections-timetable-${all.timetableId}.ics"`,
        'cache-control': 'private, no-store',
        'x-correlation-id': 'corr-1',
      },
    });
    expect(response.body?.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(response.body?.match(/BEGIN:VEVENT/g)).toHaveLength(36);
    expect(response.body).toBe(signedIn.body);
  });

  it('serves a seat name holding a bare CR, NUL, BEL, ESC and U+2028 as escaped text, so a reader splitting on universal newlines sees no injected event (issue #11, defect 7)', async () => {
    // Prepare: a seat name, stored before the schemas refused such text, that tries to end its event and start another
    const all = await world();
    const timetable = all.selections.timetables.get(all.timetableId);
    const [first] = timetable?.entries ?? [];
    if (first === undefined) throw new Error('the fixture timetable has no entries');
    first.seatName = 'Ynys Môn\rEND:VEVENT\rBEGIN:VEVENT\u0000\u0007\u001b[2J\u2028SUMMARY:owned';
    const { body, key } = await subscribe(all);
    // Act
    const response = await poll(all, body.subscriptionId, key);
    // Assess
    const lines = (response.body ?? '').split(/\r\n|[\n\r\u000b\u000c\u001c-\u001e\u0085\u2028\u2029]/);
    expect({
      status: response.statusCode,
      events: lines.filter((line) => line === 'BEGIN:VEVENT').length,
      ends: lines.filter((line) => line === 'END:VEVENT').length,
      injected: lines.filter((line) => /^(SUMMARY:owned|END:VEVENT.+|BEGIN:VEVENT.+)/.test(line)),
      summary: (response.body ?? '').replace(/\r\n /g, '').split('\r\n').find((line) => line.startsWith('SUMMARY:Ynys')),
    }).toStrictEqual({
      status: 200,
      events: 36,
      ends: 36,
      injected: [],
      summary: 'SUMMARY:Ynys Môn\\nEND:VEVENT\\nBEGIN:VEVENT[2J\\nSUMMARY:owned: membership freeze date',
    });
  });

  it('fails with the same 404 for a wrong key, a missing or empty key, and a key of another link', async () => {
    // Prepare
    const all = await world();
    const { body } = await subscribe(all);
    const other = await subscribe(all);
    // Act
    const responses = [
      await poll(all, body.subscriptionId, `${other.key.slice(0, -1)}x`),
      await poll(all, body.subscriptionId, undefined),
      await poll(all, body.subscriptionId, ''),
      await poll(all, body.subscriptionId, other.key),
    ];
    // Assess
    expect(responses.map(outcome)).toStrictEqual(Array.from({ length: 4 }, () => refused(body.subscriptionId)));
  });

  it('fails for an unknown or malformed subscription id with the 404 a wrong key gets, not a 400', async () => {
    // Prepare
    const all = await world();
    const { key } = await subscribe(all);
    // Act
    const unknown = await poll(all, UNKNOWN_ID, key);
    const malformed = await poll(all, 'not-a-uuid', key);
    // Assess
    expect([outcome(unknown), outcome(malformed)]).toStrictEqual([refused(UNKNOWN_ID), refused('not-a-uuid')]);
  });

  it('fails with the same 404 once the link is revoked, even with its key', async () => {
    // Prepare
    const all = await world();
    const { body, key } = await subscribe(all);
    const before = await poll(all, body.subscriptionId, key);
    // Act
    await revokeCalendarSubscriptionHandler(all.subscriptions)(revokeRequest(body.subscriptionId), lambdaContext());
    const after = await poll(all, body.subscriptionId, key);
    // Assess
    expect(before.statusCode).toBe(200);
    expect(outcome(after)).toStrictEqual(refused(body.subscriptionId));
  });
});

describe('GET /selections/timetables/{timetableId}/calendar-subscriptions', () => {
  it('lists the timetable’s links, oldest first, revoked ones with who revoked them and when, and never a key or hash', async () => {
    // Prepare
    const all = await world();
    const first = await subscribe(all);
    jest.setSystemTime(new Date('2026-03-02T11:00:00.000Z'));
    const second = await subscribe(all);
    jest.setSystemTime(new Date('2026-03-03T08:00:00.000Z'));
    await revokeCalendarSubscriptionHandler(all.subscriptions)(revokeRequest(first.body.subscriptionId), lambdaContext());
    // Act
    const response = await listCalendarSubscriptionsHandler(all.selections, all.subscriptions)(onTimetable(all.timetableId, 'GET'), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({
      status: 200,
      body: {
        items: [
          { subscriptionId: first.body.subscriptionId, timetableId: all.timetableId, createdAt: NOW, createdBy: 'hq-1', revokedAt: '2026-03-03T08:00:00.000Z', revokedBy: 'hq-1' },
          { subscriptionId: second.body.subscriptionId, timetableId: all.timetableId, createdAt: '2026-03-02T11:00:00.000Z', createdBy: 'hq-1' },
        ],
      },
    });
  });

  it('fails with a 404 for a timetable that does not exist, and a 403 for finance staff', async () => {
    const all = await world();
    const handler = listCalendarSubscriptionsHandler(all.selections, all.subscriptions);
    const unknown = await handler(onTimetable(UNKNOWN_ID, 'GET'), lambdaContext());
    const finance = await handler(onTimetable(all.timetableId, 'GET', FINANCE), lambdaContext());
    expect([unknown.statusCode, finance.statusCode]).toStrictEqual([404, 403]);
  });
});

describe('DELETE /selections/calendar-subscriptions/{subscriptionId}', () => {
  it('revokes a link, and revoking it again keeps the first revocation', async () => {
    // Prepare
    const all = await world();
    const { body } = await subscribe(all);
    const handler = revokeCalendarSubscriptionHandler(all.subscriptions);
    // Act
    const first = await handler(revokeRequest(body.subscriptionId), lambdaContext());
    jest.setSystemTime(new Date('2026-03-04T09:00:00.000Z'));
    const again = await handler(revokeRequest(body.subscriptionId), lambdaContext());
    // Assess
    const revoked = { subscriptionId: body.subscriptionId, timetableId: all.timetableId, createdAt: NOW, createdBy: 'hq-1', revokedAt: NOW, revokedBy: 'hq-1' };
    expect([first, again].map((response) => ({ status: response.statusCode, body: bodyOf(response) }))).toStrictEqual([
      { status: 200, body: revoked },
      { status: 200, body: revoked },
    ]);
  });

  it('fails with a 404 for an unknown link, a 400 for a malformed id, and a 403 for finance staff (leaving the link working)', async () => {
    // Prepare
    const all = await world();
    const { body, key } = await subscribe(all);
    const handler = revokeCalendarSubscriptionHandler(all.subscriptions);
    // Act
    const unknown = await handler(revokeRequest(UNKNOWN_ID), lambdaContext());
    const malformed = await handler(revokeRequest('not-a-uuid'), lambdaContext());
    const finance = await handler(revokeRequest(body.subscriptionId, FINANCE), lambdaContext());
    // Assess
    expect([unknown, malformed, finance].map((response) => response.statusCode)).toStrictEqual([404, 400, 403]);
    expect((bodyOf(unknown) as { detail: string }).detail).toBe(`there is no calendar subscription ${UNKNOWN_ID}`);
    expect((await poll(all, body.subscriptionId, key)).statusCode).toBe(200);
  });
});
