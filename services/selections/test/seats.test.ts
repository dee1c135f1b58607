import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { getSeatHandler } from '../src/handlers/get-seat.ts';
import { getSettingsHandler } from '../src/handlers/get-settings.ts';
import { listSeatsHandler } from '../src/handlers/list-seats.ts';
import { patchSeatHandler } from '../src/handlers/patch-seat.ts';
import { putSettingsHandler } from '../src/handlers/put-settings.ts';
import { bodyOf, FINANCE, request, SEATS, SETTINGS_WITH_SPEAKER } from './fixtures.ts';
import { InMemorySeatStore } from './in-memory-stores.ts';

const storeWithSeats = () => {
  const seats = new InMemorySeatStore(SEATS);
  seats.stored = { settings: SETTINGS_WITH_SPEAKER, version: 1 };
  return seats;
};

const list = (query: Record<string, string> = {}) => request({ path: '/selections/seats', queryStringParameters: query });

const idsOf = (response: { body?: string }) => (bodyOf(response) as { items: { seatId: string }[] }).items.map((item) => item.seatId);

describe('GET /selections/settings', () => {
  it('answers the Labour Party defaults before anything is saved', async () => {
    const response = await getSettingsHandler(new InMemorySeatStore())(request({ path: '/selections/settings' }), lambdaContext());
    expect(bodyOf(response)).toStrictEqual({ party: 'Lab', contestedNations: ['England', 'Scotland', 'Wales'], uncontested: [] });
  });

  it('fails with a 403 for finance', async () => {
    const response = await getSettingsHandler(new InMemorySeatStore())(request({ path: '/selections/settings', claims: FINANCE }), lambdaContext());
    expect(response.statusCode).toBe(403);
  });
});

describe('PUT /selections/settings', () => {
  it('saves the settings HQ staff send', async () => {
    // Prepare
    const seats = new InMemorySeatStore();
    const settings = { party: 'Lab', contestedNations: ['England', 'Wales'], uncontested: [{ seatId: 'E14001063', reason: 'an electoral pact' }] };
    // Act
    const response = await putSettingsHandler(seats)(request({ method: 'PUT', path: '/selections/settings', json: settings }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({ status: 200, body: settings });
    expect(seats.stored).toStrictEqual({ settings, version: 1 });
  });

  it('fails with a 400 listing every problem, and saves nothing', async () => {
    // Prepare
    const seats = new InMemorySeatStore();
    // Act
    const response = await putSettingsHandler(seats)(
      request({ method: 'PUT', path: '/selections/settings', json: { party: '', contestedNations: ['Mercia'], uncontested: [{ seatId: 'X1', reason: 'x' }] } }),
      lambdaContext(),
    );
    // Assess
    expect((bodyOf(response) as { errors: unknown }).errors).toStrictEqual([
      { path: ['body', 'party'], message: 'Too small: expected string to have >=1 characters' },
      { path: ['body', 'contestedNations', 0], message: 'Invalid option: expected one of "England"|"Scotland"|"Wales"|"Northern Ireland"' },
      { path: ['body', 'uncontested', 0, 'seatId'], message: 'a GSS code is a country letter (E, N, S, W) and eight digits, e.g. E14001063' },
    ]);
    expect(seats.stored.version).toBe(0);
  });
});

describe('GET /selections/seats', () => {
  it('lists the seats in GSS code order, with what follows from the settings', async () => {
    // Act
    const response = await listSeatsHandler(storeWithSeats())(list({ limit: '2' }), lambdaContext());
    // Assess
    expect(bodyOf(response)).toStrictEqual({
      items: [
        { ...SEATS[0], held: false, contested: true, needsSelection: true },
        { ...SEATS[1], held: false, contested: true, needsSelection: true },
      ],
      next: expect.any(String),
    });
  });

  it('filters by needing a selection, and pages through them with the cursor, to a last page with no next', async () => {
    // Prepare
    const handler = listSeatsHandler(storeWithSeats());
    // Act
    const first = await handler(list({ needsSelection: 'true', limit: '4' }), lambdaContext());
    const second = await handler(list({ needsSelection: 'true', limit: '4', next: (bodyOf(first) as { next: string }).next }), lambdaContext());
    // Assess
    expect(idsOf(first)).toStrictEqual(['E14001063', 'E14001064', 'E14001067', 'E14001303']);
    expect(idsOf(second)).toStrictEqual(['S14000067', 'W07000112']);
    expect((bodyOf(second) as { next: unknown }).next).toBeNull();
  });

  it.each([
    [{ nation: 'Wales' }, ['W07000112']],
    [{ region: 'North West' }, ['E14001065', 'E14001170']],
    [{ held: 'true' }, ['E14001065']],
    [{ needsSelection: 'false' }, ['E14001065', 'E14001170', 'N05000001']],
  ])('filters by %p', async (query, expected) => {
    const response = await listSeatsHandler(storeWithSeats())(list(query), lambdaContext());
    expect(idsOf(response)).toStrictEqual(expected);
  });

  it.each([
    ['not base64', '!!!'],
    ['base64 of something else', Buffer.from('{"pk":"SELECTIONS","sk":"SELECTION#1"}').toString('base64url')],
    ['base64 of no JSON', Buffer.from('hello').toString('base64url')],
  ])('fails with a 400 on a cursor that is %s', async (_what, next) => {
    // Act
    const response = await listSeatsHandler(storeWithSeats())(list({ next }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, errors: (bodyOf(response) as { errors: unknown }).errors }).toStrictEqual({
      status: 400,
      errors: [{ path: ['query', 'next'], message: 'not a cursor this list handed out; pass back the `next` of the previous page unchanged' }],
    });
  });

  it.each([
    [{ sort: 'majority', direction: 'descending' }, ['E14001170', 'E14001067']],
    [{ sort: 'name' }, ['E14001063', 'E14001064']],
    [{ search: 'W0700' }, ['W07000112']],
  ])('sorts and searches by %p', async (query, expected) => {
    const response = await listSeatsHandler(storeWithSeats())(list({ ...query, limit: '2' }), lambdaContext());
    expect(idsOf(response)).toStrictEqual(expected);
  });

  it('pages a sorted list with its cursor, and fails with a 400 on that cursor in another order', async () => {
    // Prepare
    const handler = listSeatsHandler(storeWithSeats());
    const first = await handler(list({ sort: 'electorate', limit: '3' }), lambdaContext());
    const next = (bodyOf(first) as { next: string }).next;
    // Act
    const second = await handler(list({ sort: 'electorate', limit: '100', next }), lambdaContext());
    const elsewhere = await handler(list({ sort: 'name', limit: '100', next }), lambdaContext());
    // Assess
    const all = await handler(list({ sort: 'electorate', limit: '100' }), lambdaContext());
    expect([...idsOf(first), ...idsOf(second)]).toStrictEqual(idsOf(all));
    expect(elsewhere.statusCode).toBe(400);
  });

  it('fails with a 400 on a limit over 1000 and an unknown filter', async () => {
    const response = await listSeatsHandler(storeWithSeats())(list({ limit: '1001', party: 'Lab' }), lambdaContext());
    expect((bodyOf(response) as { errors: { path: unknown }[] }).errors.map((error) => error.path)).toStrictEqual([['query', 'limit'], ['query']]);
  });
});

describe('GET /selections/seats/{seatId}', () => {
  const get = (seatId: string) => request({ path: `/selections/seats/${seatId}`, routePath: '/selections/seats/{seatId}', pathParameters: { seatId } });

  it('answers with the seat', async () => {
    const response = await getSeatHandler(storeWithSeats())(get('E14001065'), lambdaContext());
    expect(bodyOf(response)).toStrictEqual({ ...SEATS[6], held: true, contested: true, needsSelection: false });
  });

  it('fails with a 404 for a seat never imported', async () => {
    const response = await getSeatHandler(storeWithSeats())(get('E14009999'), lambdaContext());
    expect({ status: response.statusCode, detail: (bodyOf(response) as { detail: unknown }).detail }).toStrictEqual({
      status: 404,
      detail: 'there is no seat E14009999; import the results file first (POST /selections/seats/import)',
    });
  });
});

describe('PATCH /selections/seats/{seatId}', () => {
  const patch = (seatId: string, json: unknown) =>
    request({ method: 'PATCH', path: `/selections/seats/${seatId}`, routePath: '/selections/seats/{seatId}', pathParameters: { seatId }, json });

  it('sets the flags given and leaves the others', async () => {
    // Prepare
    const seats = storeWithSeats();
    // Act
    const response = await patchSeatHandler(seats)(patch('E14001063', { boundaryReviewUntil: '2031-06-30', shortlist: 'all-women' }), lambdaContext());
    // Assess
    expect(bodyOf(response)).toStrictEqual({
      ...SEATS[0],
      boundaryReviewUntil: '2031-06-30',
      shortlist: 'all-women',
      flagsRevision: 1,
      updatedAt: expect.any(String),
      held: false,
      contested: true,
      needsSelection: true,
    });
  });

  it('clears the boundary review with null', async () => {
    // Prepare
    const seats = storeWithSeats();
    await seats.updateFlags('E14001063', { boundaryReviewUntil: '2031-06-30' }, '2026-02-01T00:00:00.000Z');
    // Act
    await patchSeatHandler(seats)(patch('E14001063', { boundaryReviewUntil: null }), lambdaContext());
    // Assess
    expect(seats.seats.get('E14001063')?.boundaryReviewUntil).toBeUndefined();
  });

  it('saves a change sent with the revision it read, and refuses one sent with an older revision with a 409 naming the current one', async () => {
    // Prepare: two people read the seat at revision 0; one saves first
    const seats = storeWithSeats();
    const first = await patchSeatHandler(seats)(patch('E14001063', { priority: 1, expectedRevision: 0 }), lambdaContext());
    // Act
    const second = await patchSeatHandler(seats)(patch('E14001063', { priority: 3, expectedRevision: 0 }), lambdaContext());
    // Assess
    expect((bodyOf(first) as { flagsRevision: number }).flagsRevision).toBe(1);
    expect({ status: second.statusCode, details: (bodyOf(second) as { details: unknown }).details }).toStrictEqual({
      status: 409,
      details: { seatId: 'E14001063', expectedRevision: 0, currentRevision: 1 },
    });
    expect(seats.seats.get('E14001063')?.priority).toBe(1);
  });

  it('fails with a 400 on a revision alone, with no flag to change', async () => {
    const response = await patchSeatHandler(storeWithSeats())(patch('E14001063', { expectedRevision: 0 }), lambdaContext());
    expect((bodyOf(response) as { errors: unknown }).errors).toStrictEqual([{ path: ['body'], message: 'give at least one of island, boundaryReviewUntil, priority, shortlist' }]);
  });

  it('fails with a 400 on an empty change or an unknown flag', async () => {
    // Act
    const empty = await patchSeatHandler(storeWithSeats())(patch('E14001063', {}), lambdaContext());
    const unknown = await patchSeatHandler(storeWithSeats())(patch('E14001063', { priority: 4, held: true }), lambdaContext());
    // Assess
    expect((bodyOf(empty) as { errors: unknown }).errors).toStrictEqual([
      { path: ['body'], message: 'give at least one of island, boundaryReviewUntil, priority, shortlist' },
    ]);
    expect((bodyOf(unknown) as { errors: { path: unknown }[] }).errors.map((error) => error.path)).toStrictEqual([['body', 'priority'], ['body']]);
  });

  it('fails with a 404 for a seat never imported', async () => {
    const response = await patchSeatHandler(storeWithSeats())(patch('E14009999', { island: true }), lambdaContext());
    expect(response.statusCode).toBe(404);
  });
});
