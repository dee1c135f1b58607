import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { createTimetableHandler } from '../src/handlers/create-timetable.ts';
import { listSelectionsHandler } from '../src/handlers/list-selections.ts';
import { patchSelectionHandler } from '../src/handlers/patch-selection.ts';
import { publishTimetableHandler } from '../src/handlers/publish-timetable.ts';
import { selectionIdFor } from '../src/domain/selection.ts';
import type { Selection } from '../src/domain/selection.ts';
import { bodyOf, request, SEATS, SETTINGS_WITH_SPEAKER, TIMETABLE_REQUEST } from './fixtures.ts';
import { InMemorySeatStore, InMemorySelectionStore } from './in-memory-stores.ts';

/** A published timetable of the fixture seats, and its id. */
const published = async (timetableRequest: object = TIMETABLE_REQUEST) => {
  const seats = new InMemorySeatStore(SEATS);
  seats.stored = { settings: SETTINGS_WITH_SPEAKER, version: 1 };
  const selections = new InMemorySelectionStore(seats);
  const created = await createTimetableHandler(seats, selections)(request({ method: 'POST', path: '/selections/timetables', json: timetableRequest }), lambdaContext());
  const { id } = bodyOf(created) as { id: string };
  await publishTimetableHandler(seats, selections)(
    request({ method: 'POST', path: `/selections/timetables/${id}/publish`, pathParameters: { timetableId: id } }),
    lambdaContext(),
  );
  selections.events.length = 0;
  return { seats, selections, timetableId: id };
};

const list = (query: Record<string, string> = {}) => request({ path: '/selections/selections', queryStringParameters: query });
const itemsOf = (response: { body?: string }) => (bodyOf(response) as { items: Selection[] }).items;

describe('GET /selections/selections', () => {
  it('lists the selections of a seat', async () => {
    // Prepare
    const { selections, timetableId } = await published();
    // Act
    const response = await listSelectionsHandler(selections)(list({ seatId: 'W07000112' }), lambdaContext());
    // Assess
    expect(itemsOf(response).map((selection) => selection.selectionId)).toStrictEqual([selectionIdFor(timetableId, 'W07000112')]);
    expect((bodyOf(response) as { next: unknown }).next).toBeNull();
  });

  it('lists the selections running on a day, from the freeze date to the result', async () => {
    // Prepare
    const { selections } = await published();
    const all = [...selections.selections.values()];
    const first = all.reduce((earliest, selection) => (selection.start < earliest.start ? selection : earliest));
    const result = first.phases[5]!.end;
    // Act
    const onFreeze = await listSelectionsHandler(selections)(list({ activeOn: first.start }), lambdaContext());
    const onResult = await listSelectionsHandler(selections)(list({ activeOn: result }), lambdaContext());
    const before = await listSelectionsHandler(selections)(list({ activeOn: '2030-12-31' }), lambdaContext());
    // Assess
    expect(itemsOf(onFreeze).map((selection) => selection.seatId)).toContain(first.seatId);
    expect(itemsOf(onResult).map((selection) => selection.seatId)).toContain(first.seatId);
    expect(itemsOf(before)).toStrictEqual([]);
  });

  it('pages through the selections, a page of at most the limit at a time', async () => {
    // Prepare
    const { selections } = await published();
    const handler = listSelectionsHandler(selections);
    // Act
    const pages: string[][] = [];
    let next: string | undefined;
    do {
      const response = await handler(list({ limit: '4', status: 'scheduled', ...(next === undefined ? {} : { next }) }), lambdaContext());
      pages.push(itemsOf(response).map((selection) => selection.seatId));
      next = (bodyOf(response) as { next: string | null }).next ?? undefined;
    } while (next !== undefined);
    // Assess
    expect(pages.map((page) => page.length)).toStrictEqual([4, 2]);
    expect(pages.flat().sort()).toStrictEqual(['E14001063', 'E14001064', 'E14001067', 'E14001303', 'S14000067', 'W07000112']);
  });

  it('fails with a 400 on an unknown status', async () => {
    const { selections } = await published();
    const response = await listSelectionsHandler(selections)(list({ status: 'done' }), lambdaContext());
    expect((bodyOf(response) as { errors: unknown }).errors).toStrictEqual([
      { path: ['query', 'status'], message: 'Invalid option: expected one of "scheduled"|"cancelled"' },
    ]);
  });
});

describe('PATCH /selections/selections/{selectionId}', () => {
  const move = (selectionId: string, start: string) =>
    request({ method: 'PATCH', path: `/selections/selections/${selectionId}`, routePath: '/selections/selections/{selectionId}', pathParameters: { selectionId }, json: { start } });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('moves a selection to a free week, phases and all, and announces the new dates', async () => {
    // Prepare
    const { seats, selections, timetableId } = await published();
    const selectionId = selectionIdFor(timetableId, 'E14001067');
    // Act: a Monday in a week in which nothing else starts (the timetable holds 6 selections over 3 years)
    const free = ['2033-01-03', '2033-01-10', '2033-01-17'].find((day) => ![...selections.selections.values()].some((other) => Math.abs(Date.parse(other.start) - Date.parse(day)) < 7 * 86_400_000))!;
    const response = await patchSelectionHandler(seats, selections)(move(selectionId, free), lambdaContext());
    // Assess
    const moved = bodyOf(response) as Selection;
    expect({ status: response.statusCode, start: moved.start, freeze: moved.phases[0], revision: moved.revision, reason: moved.reason }).toStrictEqual({
      status: 200,
      start: free,
      freeze: { name: 'freeze', start: free, end: free },
      revision: 1,
      reason: `moved by hand to ${free}`,
    });
    expect(selections.selections.get(selectionId)).toStrictEqual(moved);
    expect(selections.events.map((event) => [event.type, (event.data as { phases: unknown }).phases])).toStrictEqual([['selections.selection-scheduled', moved.phases]]);
    expect(selections.timetables.get(timetableId)?.revision).toBe(1);
  });

  it('fails with a 409 naming each broken rule, and changes nothing', async () => {
    // Prepare: the window opens on 2031-01-06 and Christmas 2031 is blacked out
    const { seats, selections, timetableId } = await published();
    const selectionId = selectionIdFor(timetableId, 'E14001067');
    const before = structuredClone(selections.selections.get(selectionId));
    // Act
    const response = await patchSelectionHandler(seats, selections)(move(selectionId, '2031-12-25'), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({
      status: 409,
      body: {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: `selection ${selectionId} cannot start on 2031-12-25: freeze would start on 2031-12-25, inside blackout "Christmas"; nominations would start on 2031-12-26, inside blackout "Christmas"`,
        instance: `/selections/selections/${selectionId}`,
        details: {
          selectionId,
          start: '2031-12-25',
          broken: ['freeze would start on 2031-12-25, inside blackout "Christmas"', 'nominations would start on 2031-12-26, inside blackout "Christmas"'],
        },
      },
    });
    expect(selections.selections.get(selectionId)).toStrictEqual(before);
    expect(selections.events).toStrictEqual([]);
  });

  it('fails with a 409 on a move into a week already full', async () => {
    // Prepare: one selection a week at most
    const { seats, selections, timetableId } = await published({ ...TIMETABLE_REQUEST, weeklyCapacity: 1 });
    const aldershot = selections.selections.get(selectionIdFor(timetableId, 'E14001063'))!;
    const arundel = selections.selections.get(selectionIdFor(timetableId, 'E14001067'))!;
    // Act
    const response = await patchSelectionHandler(seats, selections)(move(arundel.selectionId, aldershot.start), lambdaContext());
    // Assess
    expect(response.statusCode).toBe(409);
    expect((bodyOf(response) as { details: { broken: string[] } }).details.broken).toStrictEqual([
      expect.stringMatching(/^week of \d{4}-\d{2}-\d{2} is full \(1 of 1\)$/),
    ]);
  });

  describe('once a selection has started', () => {
    beforeEach(() => {
      jest.useFakeTimers({ now: new Date('2033-06-01T12:00:00.000Z'), doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask'] });
    });

    it('fails with a 409', async () => {
      // Prepare
      const { seats, selections, timetableId } = await published();
      const selectionId = selectionIdFor(timetableId, 'E14001303');
      const { start } = selections.selections.get(selectionId)!;
      // Act
      const response = await patchSelectionHandler(seats, selections)(move(selectionId, '2033-07-04'), lambdaContext());
      // Assess
      expect({ status: response.statusCode, detail: (bodyOf(response) as { detail: unknown }).detail }).toStrictEqual({
        status: 409,
        detail: `selection ${selectionId} started on ${start} (today is 2033-06-01), so it can no longer be moved`,
      });
    });
  });

  it('fails with a 404 for an unknown selection', async () => {
    const { seats, selections } = await published();
    const response = await patchSelectionHandler(seats, selections)(move('0b6c1d52-6a34-4f6e-9a1c-2b8d4e5f6a7b', '2033-01-03'), lambdaContext());
    expect(response.statusCode).toBe(404);
  });
});
