import './env.ts';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { createTimetableHandler } from '../src/handlers/create-timetable.ts';
import { getPublishedTimetableHandler } from '../src/handlers/get-published-timetable.ts';
import { getTimetableHandler } from '../src/handlers/get-timetable.ts';
import { getTimetableCalendarHandler } from '../src/handlers/get-timetable-calendar.ts';
import { publishTimetableHandler } from '../src/handlers/publish-timetable.ts';
import { selectionIdFor } from '../src/domain/selection.ts';
import type { Timetable } from '../src/domain/timetable.ts';
import { bodyOf, FINANCE, HELD_SEAT_ID, request, SEATS, SETTINGS_WITH_SPEAKER, TIMETABLE_REQUEST } from './fixtures.ts';
import { InMemorySeatStore, InMemorySelectionStore } from './in-memory-stores.ts';

const stores = () => {
  const seats = new InMemorySeatStore(SEATS);
  seats.stored = { settings: SETTINGS_WITH_SPEAKER, version: 1 };
  return { seats, selections: new InMemorySelectionStore(seats) };
};

const create = (json: unknown, claims?: typeof FINANCE) =>
  request({ method: 'POST', path: '/selections/timetables', json, ...(claims ? { claims } : {}) });

const onTimetable = (timetableId: string, suffix = '', method = 'GET') =>
  request({
    method,
    path: `/selections/timetables/${timetableId}${suffix}`,
    routePath: `/selections/timetables/{timetableId}${suffix}`,
    pathParameters: { timetableId },
  });

type TimetableBody = Omit<Timetable, 'timetableId'> & { id: string };

const drafted = async ({ seats, selections }: ReturnType<typeof stores>, json: unknown = TIMETABLE_REQUEST): Promise<TimetableBody> =>
  bodyOf(await createTimetableHandler(seats, selections)(create(json), lambdaContext())) as TimetableBody;

describe('POST /selections/timetables', () => {
  it('drafts a timetable for every seat that needs a selection, islands first, no more than the weekly capacity a week', async () => {
    // Prepare
    const { seats, selections } = stores();
    // Act
    const response = await createTimetableHandler(seats, selections)(create(TIMETABLE_REQUEST), lambdaContext());
    // Assess
    const body = bodyOf(response) as TimetableBody;
    expect({ status: response.statusCode, location: response.headers?.['location'] }).toStrictEqual({ status: 201, location: `/selections/timetables/${body.id}` });
    expect(body).toMatchObject({ status: 'draft', createdBy: 'hq-1', revision: 0, request: { ...TIMETABLE_REQUEST, phaseDays: { nominations: 14, applications: 14, shortlisting: 7, hustingsAndBallot: 21 } } });
    expect(body.entries.map((entry) => entry.seatId).sort()).toStrictEqual(['E14001063', 'E14001064', 'E14001067', 'E14001303', 'S14000067', 'W07000112']);
    expect(body.entries.slice(0, 2).map((entry) => entry.seatId).sort()).toStrictEqual(['E14001303', 'W07000112']);
    expect(body.stats).toMatchObject({ scheduled: 6, unscheduled: [] });
    const weeks = body.entries.map((entry) => entry.week);
    expect(Math.max(...weeks.map((week) => weeks.filter((other) => other === week).length))).toBeLessThanOrEqual(2);
    expect(body.entries[0]).toStrictEqual({
      seatId: body.entries[0]!.seatId,
      seatName: expect.any(String),
      nation: expect.any(String),
      region: expect.any(String),
      start: expect.stringMatching(/^2031-/),
      week: expect.any(Number),
      phases: [
        { name: 'freeze', start: body.entries[0]!.start, end: body.entries[0]!.start },
        { name: 'nominations', start: expect.any(String), end: expect.any(String) },
        { name: 'applications', start: expect.any(String), end: expect.any(String) },
        { name: 'shortlisting', start: expect.any(String), end: expect.any(String) },
        { name: 'hustings-and-ballot', start: expect.any(String), end: expect.any(String) },
        { name: 'result', start: expect.any(String), end: expect.any(String) },
      ],
      reason: expect.stringContaining('island: early'),
    });
    expect(selections.timetables.get(body.id)?.status).toBe('draft');
  });

  it("uses the phase days HQ staff give, the rest from the defaults", async () => {
    // Act
    const body = await drafted(stores(), { ...TIMETABLE_REQUEST, phaseDays: { hustingsAndBallot: 28 } });
    // Assess
    expect(body.request.phaseDays).toStrictEqual({ nominations: 14, applications: 14, shortlisting: 7, hustingsAndBallot: 28 });
    const lengths = body.entries[0]!.phases.map((phase) => (Date.parse(phase.end) - Date.parse(phase.start)) / 86_400_000 + 1);
    expect(lengths).toStrictEqual([1, 14, 14, 7, 28, 1]);
  });

  it('fails with a 400 listing every problem with the request', async () => {
    // Act
    const response = await createTimetableHandler(stores().seats, stores().selections)(
      create({ from: '2031-01-06', expectedElection: '2030-01-01', completeMonthsBefore: -1, weeklyCapacity: 0, blackouts: [{ from: '2031-02-01', to: '2031-01-01', reason: 'x' }], extra: 1 }),
      lambdaContext(),
    );
    // Assess
    expect({ status: response.statusCode, errors: (bodyOf(response) as { errors: unknown }).errors }).toStrictEqual({
      status: 400,
      errors: [
        { path: ['body', 'completeMonthsBefore'], message: 'Too small: expected number to be >=0' },
        { path: ['body', 'weeklyCapacity'], message: 'Too small: expected number to be >=1' },
        { path: ['body'], message: 'Unrecognized key: "extra"' },
        { path: ['body', 'expectedElection'], message: 'the election must come after from (2031-01-06)' },
        { path: ['body', 'blackouts', 0, 'to'], message: 'a blackout must end on or after it starts (2031-02-01)' },
      ],
    });
  });

  it('fails with a 403 for finance', async () => {
    const { seats, selections } = stores();
    const response = await createTimetableHandler(seats, selections)(create(TIMETABLE_REQUEST, FINANCE), lambdaContext());
    expect(response.statusCode).toBe(403);
    expect(selections.timetables.size).toBe(0);
  });
});

describe('POST /selections/timetables/{timetableId}/publish', () => {
  const publish = (timetableId: string) => onTimetable(timetableId, '/publish', 'POST');

  it('schedules a selection per entry, each with its selection-scheduled event, and marks the timetable published', async () => {
    // Prepare
    const all = stores();
    const draft = await drafted(all);
    // Act
    const response = await publishTimetableHandler(all.seats, all.selections)(publish(draft.id), lambdaContext());
    // Assess
    expect({ status: response.statusCode, body: bodyOf(response) }).toStrictEqual({
      status: 200,
      body: { ...draft, status: 'published', publishedAt: expect.any(String), publication: { published: 6, alreadyPublished: 0, skipped: [] } },
    });
    const aldershot = selectionIdFor(draft.id, 'E14001063');
    const entry = draft.entries.find((candidate) => candidate.seatId === 'E14001063')!;
    expect(all.selections.selections.get(aldershot)).toStrictEqual({
      selectionId: aldershot,
      seatId: 'E14001063',
      seatName: 'Aldershot',
      nation: 'England',
      region: 'South East',
      timetableId: draft.id,
      status: 'scheduled',
      start: entry.start,
      phases: entry.phases,
      reason: entry.reason,
      scheduledAt: expect.any(String),
      updatedAt: expect.any(String),
      revision: 0,
    });
    expect(all.seats.seats.get('E14001063')?.currentSelectionId).toBe(aldershot);
    expect(all.selections.events.map((event) => [event.type, (event.data as { seatId: string }).seatId]).sort()).toStrictEqual(
      draft.entries.map((candidate) => ['selections.selection-scheduled', candidate.seatId]).sort(),
    );
    expect(all.selections.events.find((event) => (event.data as { selectionId: string }).selectionId === aldershot)).toMatchObject({
      source: 'selections',
      version: 1,
      correlationId: 'corr-1',
      data: { selectionId: aldershot, seatId: 'E14001063', seatName: 'Aldershot', nation: 'England', region: 'South East', timetableId: draft.id, phases: entry.phases },
    });
    expect(all.selections.publishedTimetableId).toBe(draft.id);
  });

  it('finishes a publish that died half-way, writing each selection and event once', async () => {
    // Prepare
    const all = stores();
    const draft = await drafted(all);
    all.selections.failPublishAt = 3;
    const handler = publishTimetableHandler(all.seats, all.selections);
    const died = await handler(publish(draft.id), lambdaContext());
    const halfway = { status: all.selections.timetables.get(draft.id)?.status, events: all.selections.events.length };
    // Act
    const response = await handler(publish(draft.id), lambdaContext());
    // Assess
    expect(died.statusCode).toBe(500);
    expect(halfway.status).toBe('publishing');
    expect(halfway.events).toBeGreaterThan(0);
    expect((bodyOf(response) as TimetableBody).publication).toStrictEqual({ published: 6 - halfway.events, alreadyPublished: halfway.events, skipped: [] });
    expect(all.selections.events).toHaveLength(6);
    expect(new Set(all.selections.events.map((event) => (event.data as { seatId: string }).seatId)).size).toBe(6);
  });

  it('fails with a 409 when the timetable is already published, changing nothing', async () => {
    // Prepare
    const all = stores();
    const draft = await drafted(all);
    const handler = publishTimetableHandler(all.seats, all.selections);
    await handler(publish(draft.id), lambdaContext());
    // Act
    const response = await handler(publish(draft.id), lambdaContext());
    // Assess
    expect({ status: response.statusCode, detail: (bodyOf(response) as { detail: string }).detail }).toStrictEqual({
      status: 409,
      detail: expect.stringMatching(new RegExp(`^timetable ${draft.id} is already published \\(at .*\\); create a new draft to schedule again$`)),
    });
    expect(all.selections.events).toHaveLength(6);
  });

  it('skips a seat that no longer needs a selection, saying why', async () => {
    // Prepare: a second timetable, published first, took Aldershot
    const all = stores();
    const draft = await drafted(all);
    all.seats.seats.get('E14001063')!.currentSelectionId = 'another-selection';
    // Act
    const response = await publishTimetableHandler(all.seats, all.selections)(publish(draft.id), lambdaContext());
    // Assess
    expect((bodyOf(response) as TimetableBody).publication).toStrictEqual({
      published: 5,
      alreadyPublished: 0,
      skipped: [{ seatId: 'E14001063', reason: 'no longer needs a selection: it has one already, or it is held or set aside since the draft' }],
    });
  });

  it('fails with a 404 for an unknown timetable', async () => {
    const all = stores();
    const response = await publishTimetableHandler(all.seats, all.selections)(publish('0b6c1d52-6a34-4f6e-9a1c-2b8d4e5f6a7b'), lambdaContext());
    expect(response.statusCode).toBe(404);
  });
});

describe('GET /selections/timetables/{timetableId}', () => {
  it('answers with the draft', async () => {
    // Prepare
    const all = stores();
    const draft = await drafted(all);
    // Act
    const response = await getTimetableHandler(all.selections)(onTimetable(draft.id), lambdaContext());
    // Assess
    expect(bodyOf(response)).toStrictEqual(draft);
  });

  it('fails with a 400 on an id that is not a UUID', async () => {
    const response = await getTimetableHandler(stores().selections)(onTimetable('nope'), lambdaContext());
    expect(response.statusCode).toBe(400);
  });
});

describe('GET /selections/timetables/published', () => {
  const published = () => request({ path: '/selections/timetables/published', routePath: '/selections/timetables/published' });

  it('fails with a 404 saying so until a timetable is published, then answers with the one published last', async () => {
    // Prepare
    const all = stores();
    const draft = await drafted(all);
    const before = await getPublishedTimetableHandler(all.selections)(published(), lambdaContext());
    await publishTimetableHandler(all.seats, all.selections)(onTimetable(draft.id, '/publish', 'POST'), lambdaContext());
    // Act
    const after = await getPublishedTimetableHandler(all.selections)(published(), lambdaContext());
    // Assess
    expect({ status: before.statusCode, detail: (bodyOf(before) as { detail: string }).detail }).toStrictEqual({ status: 404, detail: 'no timetable has been published yet' });
    expect(bodyOf(after)).toMatchObject({ timetableId: draft.id, status: 'published' });
  });
});

describe('GET /selections/timetables/{timetableId}/calendar.csv and .ics', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('answers the draft as a CSV spreadsheet, one row per selection', async () => {
    // Prepare
    const all = stores();
    const draft = await drafted(all);
    const csv = { ...onTimetable(draft.id, '/calendar.csv'), routeKey: 'GET /selections/timetables/{timetableId}/calendar.csv' };
    // Act
    const response = await getTimetableCalendarHandler(all.selections)(csv, lambdaContext());
    // Assess
    const lines = (response.body ?? '').split('\r\n');
    expect({ status: response.statusCode, headers: response.headers }).toStrictEqual({
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="selections-timetable-${draft.id}.csv"`,
        'x-correlation-id': 'corr-1',
      },
    });
    expect(lines[0]).toBe(
      'GSS code,Constituency,Nation,Region,Status,freeze start,freeze end,nominations start,nominations end,applications start,applications end,' +
        'shortlisting start,shortlisting end,hustings-and-ballot start,hustings-and-ballot end,result start,result end,Reason',
    );
    expect(lines).toHaveLength(8);
    expect(lines.find((line) => line.startsWith('S14000067'))).toMatch(/^S14000067,"Argyll, Bute and South Lochaber",Scotland,Scotland,draft,20\d\d-\d\d-\d\d,/);
  });

  it('answers a published timetable as an iCalendar feed, an event a phase, with the selection ids', async () => {
    // Prepare
    const all = stores();
    const draft = await drafted(all);
    await publishTimetableHandler(all.seats, all.selections)(onTimetable(draft.id, '/publish', 'POST'), lambdaContext());
    const ics = { ...onTimetable(draft.id, '/calendar.ics'), routeKey: 'GET /selections/timetables/{timetableId}/calendar.ics' };
    // Act
    const response = await getTimetableCalendarHandler(all.selections)(ics, lambdaContext());
    // Assess
    const text = response.body ?? '';
    expect(response.headers?.['content-type']).toBe('text/calendar; charset=utf-8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(36);
    expect(text).toContain(`UID:${selectionIdFor(draft.id, 'E14001063')}-freeze@selections\r\n`);
    expect(text).toContain('SUMMARY:Argyll\\, Bute and South Lochaber: nominations\r\n');
    expect(text).not.toContain('STATUS:TENTATIVE');
  });
});

describe('the seat held by the party', () => {
  it('is left out of the timetable', async () => {
    const draft = await drafted(stores());
    expect(draft.entries.some((entry) => entry.seatId === HELD_SEAT_ID)).toBe(false);
  });
});
