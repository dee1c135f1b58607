import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { createTimetableHandler } from '../src/handlers/create-timetable.ts';
import { getSelectionHandler } from '../src/handlers/get-selection.ts';
import { listSelectionsHandler } from '../src/handlers/list-selections.ts';
import { patchSelectionHandler } from '../src/handlers/patch-selection.ts';
import { publishTimetableHandler } from '../src/handlers/publish-timetable.ts';
import { selectionIdFor } from '../src/domain/selection.ts';
import type { Selection } from '../src/domain/selection.ts';
import { bodyOf, request, SEATS, SETTINGS_WITH_SPEAKER, TIMETABLE_REQUEST } from './fixtures.ts';
import { InMemorySeatStore, InMemorySelectionStore } from './in-memory-stores.ts';

// Two people moving one selection: the second save, made on the selection as it was before the first, is
// refused rather than silently undoing the first person's move.

const published = async () => {
  const seats = new InMemorySeatStore(SEATS);
  seats.stored = { settings: SETTINGS_WITH_SPEAKER, version: 1 };
  const selections = new InMemorySelectionStore(seats);
  const created = await createTimetableHandler(seats, selections)(request({ method: 'POST', path: '/selections/timetables', json: TIMETABLE_REQUEST }), lambdaContext());
  const { id } = bodyOf(created) as { id: string };
  await publishTimetableHandler(seats, selections)(
    request({ method: 'POST', path: `/selections/timetables/${id}/publish`, pathParameters: { timetableId: id } }),
    lambdaContext(),
  );
  selections.events.length = 0;
  return { seats, selections, timetableId: id };
};

const move = (selectionId: string, body: object) =>
  request({ method: 'PATCH', path: `/selections/selections/${selectionId}`, routePath: '/selections/selections/{selectionId}', pathParameters: { selectionId }, json: body });

/** A Monday in which no other selection of the fixture timetable starts. */
const freeMonday = (selections: InMemorySelectionStore, but: string[] = []): string =>
  ['2033-01-03', '2033-01-10', '2033-01-17', '2033-01-24', '2033-01-31', '2033-02-07']
    .filter((day) => !but.includes(day))
    .find((day) => ![...selections.selections.values()].some((other) => Math.abs(Date.parse(other.start) - Date.parse(day)) < 7 * 86_400_000))!;

describe('PATCH /selections/selections/{selectionId} with expectedRevision', () => {
  it('moves the selection when it is still at the revision read, and answers the next revision', async () => {
    // Prepare
    const { seats, selections, timetableId } = await published();
    const selectionId = selectionIdFor(timetableId, 'E14001067');
    const day = freeMonday(selections);
    // Act
    const response = await patchSelectionHandler(seats, selections)(move(selectionId, { start: day, expectedRevision: 0 }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, start: (bodyOf(response) as Selection).start, revision: (bodyOf(response) as Selection).revision }).toStrictEqual({
      status: 200,
      start: day,
      revision: 1,
    });
  });

  it('fails with a 409 naming the current revision when someone moved it since, and keeps their move', async () => {
    // Prepare: the first person moves it, from revision 0
    const { seats, selections, timetableId } = await published();
    const selectionId = selectionIdFor(timetableId, 'E14001067');
    const first = freeMonday(selections);
    await patchSelectionHandler(seats, selections)(move(selectionId, { start: first, expectedRevision: 0 }), lambdaContext());
    const afterFirst = structuredClone(selections.selections.get(selectionId));
    const second = freeMonday(selections, [first]);
    // Act: the second person saves over the page they read at revision 0
    const response = await patchSelectionHandler(seats, selections)(move(selectionId, { start: second, expectedRevision: 0 }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({
      status: 409,
      body: {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        detail: `selection ${selectionId} has changed since it was read (revision 0, now 1), so the move was not saved; read it again and review it before moving it`,
        instance: `/selections/selections/${selectionId}`,
        details: { selectionId, expectedRevision: 0, currentRevision: 1 },
      },
    });
    expect(selections.selections.get(selectionId)).toStrictEqual(afterFirst);
    expect(afterFirst?.start).toBe(first);
    expect(selections.events.length).toBe(1);
  });

  it('refuses a stale save before judging the date, so a stale move into a blackout is still reported as stale', async () => {
    // Prepare
    const { seats, selections, timetableId } = await published();
    const selectionId = selectionIdFor(timetableId, 'E14001067');
    await patchSelectionHandler(seats, selections)(move(selectionId, { start: freeMonday(selections), expectedRevision: 0 }), lambdaContext());
    // Act: Christmas 2031 is blacked out in the fixture request
    const response = await patchSelectionHandler(seats, selections)(move(selectionId, { start: '2031-12-25', expectedRevision: 0 }), lambdaContext());
    // Assess
    expect({ status: response.statusCode, details: (bodyOf(response) as { details: unknown }).details }).toStrictEqual({
      status: 409,
      details: { selectionId, expectedRevision: 0, currentRevision: 1 },
    });
  });

  it('fails with a 400 on a revision that is not a whole number', async () => {
    const { seats, selections, timetableId } = await published();
    const selectionId = selectionIdFor(timetableId, 'E14001067');
    const response = await patchSelectionHandler(seats, selections)(move(selectionId, { start: '2033-01-03', expectedRevision: 1.5 }), lambdaContext());
    expect((bodyOf(response) as { errors: unknown }).errors).toStrictEqual([{ path: ['body', 'expectedRevision'], message: 'Invalid input: expected int, received number' }]);
  });
});

describe('GET /selections/selections/{selectionId}', () => {
  it('answers the selection as stored, with its revision', async () => {
    // Prepare
    const { selections, timetableId } = await published();
    const selectionId = selectionIdFor(timetableId, 'W07000112');
    // Act
    const response = await getSelectionHandler(selections)(
      request({ path: `/selections/selections/${selectionId}`, routePath: '/selections/selections/{selectionId}', pathParameters: { selectionId } }),
      lambdaContext(),
    );
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({ status: 200, body: selections.selections.get(selectionId) });
  });

  it('fails with a 404 for an unknown selection', async () => {
    const { selections } = await published();
    const selectionId = '0b6c1d52-6a34-4f6e-9a1c-2b8d4e5f6a7b';
    const response = await getSelectionHandler(selections)(
      request({ path: `/selections/selections/${selectionId}`, routePath: '/selections/selections/{selectionId}', pathParameters: { selectionId } }),
      lambdaContext(),
    );
    expect({ status: response.statusCode, detail: (bodyOf(response) as { detail: unknown }).detail }).toStrictEqual({ status: 404, detail: `there is no selection ${selectionId}` });
  });
});

describe('GET /selections/selections?region=', () => {
  it("lists only the selections of the region's seats", async () => {
    // Prepare
    const { selections } = await published();
    // Act
    const response = await listSelectionsHandler(selections)(request({ path: '/selections/selections', queryStringParameters: { region: 'Wales' } }), lambdaContext());
    // Assess
    expect((bodyOf(response) as { items: Selection[] }).items.map((selection) => [selection.seatId, selection.region])).toStrictEqual([['W07000112', 'Wales']]);
  });
});
