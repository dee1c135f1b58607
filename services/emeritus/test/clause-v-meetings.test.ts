import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { retirementAnnounced, retirementWithdrawn } from '@platform/events';
import { lambdaContext, sqsEvent } from '@platform/kit/testing';
import { MAX_ATTENDEES } from '../src/domain/clause-v-meeting.ts';
import { withdrawRetirement } from '../src/domain/retirement.ts';
import { addAttendeeHandler } from '../src/handlers/add-attendee.ts';
import { createMeetingHandler } from '../src/handlers/create-meeting.ts';
import { getAttendeeListCsvHandler } from '../src/handlers/get-attendee-list-csv.ts';
import { getMeetingHandler } from '../src/handlers/get-meeting.ts';
import { listMeetingsHandler } from '../src/handlers/list-meetings.ts';
import { removeAttendeeHandler } from '../src/handlers/remove-attendee.ts';
import { retirementConsumer } from '../src/handlers/retirement-consumer.ts';
import type { InMemoryEmeritusStore } from './in-memory-emeritus-store.ts';
import { bodyOf, request } from './requests.ts';
import { recordedRetirement, storeWith } from './sample-retirements.ts';

const context = lambdaContext();
const MEETING = { title: 'Clause V meeting', heldOn: '2028-03-20', place: 'Labour Central, London' };
const RETIRING = 'aaaaaaaa-0000-4000-8000-000000000001';
const REASON = (announcedOn: string) =>
  `retiring at the next general election (announced on ${announcedOn}, seat E14001063): a retiring MP has a conflict of interest ` +
  'and may not take part in the Clause V meeting';

const create = async (store: InMemoryEmeritusStore, json: unknown = MEETING) => createMeetingHandler(store)(request('POST', '/emeritus/clause-v/meetings', { json }), context);
const onMeeting = (method: string, meetingId: string, suffix = '', json?: unknown, mpId?: string) =>
  request(method, `/emeritus/clause-v/meetings/${meetingId}${suffix}${mpId === undefined ? '' : `/${mpId}`}`, {
    routePath: `/emeritus/clause-v/meetings/{meetingId}${suffix}${mpId === undefined ? '' : '/{mpId}'}`,
    pathParameters: { meetingId, ...(mpId === undefined ? {} : { mpId }) },
    ...(json === undefined ? {} : { json }),
  });
const add = (store: InMemoryEmeritusStore, meetingId: string, mpId: string) =>
  addAttendeeHandler(store)(onMeeting('POST', meetingId, '/attendees', { mpId, name: `Name ${mpId}` }), context);
const read = async (store: InMemoryEmeritusStore, meetingId: string) => bodyOf(await getMeetingHandler(store)(onMeeting('GET', meetingId), context));

const consumer = (store: InMemoryEmeritusStore) => retirementConsumer(store);
const deliver = (store: InMemoryEmeritusStore, ...events: object[]) =>
  consumer(store)(sqsEvent(...events.map((event) => JSON.stringify(event))), lambdaContext());

/** Records an announcement in the register, as POST /emeritus/retirements would, and returns its event. */
const announce = (store: InMemoryEmeritusStore, mpId: string, retirementId: string, announcedOn: string, eventId: string) => {
  const retirement = recordedRetirement(retirementId, mpId, announcedOn);
  store.register.set(retirementId, retirement);
  store.locks.set(mpId, retirementId);
  return retirementAnnounced.create(
    { retirementId, mpId, mpName: retirement.mpName, seatId: retirement.seatId, announcedOn, expectedElectionOn: '2029-05-03', emeritusEligible: true },
    { correlationId: 'corr-1', id: eventId },
  );
};

const withdraw = (store: InMemoryEmeritusStore, retirementId: string, withdrawnOn: string, eventId: string) => {
  const withdrawn = withdrawRetirement(store.register.get(retirementId)!, { withdrawnOn, reason: 'standing again', withdrawnBy: 'staff-1', withdrawnAt: `${withdrawnOn}T10:00:00.000Z` });
  store.register.set(retirementId, withdrawn);
  store.locks.delete(withdrawn.mpId);
  return retirementWithdrawn.create(
    { retirementId, mpId: withdrawn.mpId, seatId: withdrawn.seatId, withdrawnOn, reason: 'standing again' },
    { correlationId: 'corr-1', id: eventId },
  );
};

const EVENT_1 = '11111111-0000-4000-8000-000000000001';
const EVENT_2 = '11111111-0000-4000-8000-000000000002';

describe('Clause V meetings', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2028-03-01T09:00:00.000Z') });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('creates a meeting (201) with its place, no attendees, and the history entry', async () => {
    const store = storeWith();
    const response = await create(store);
    const body = bodyOf(response);
    expect([response.statusCode, body]).toStrictEqual([
      201,
      {
        meetingId: body['meetingId'],
        ...MEETING,
        link: null,
        createdBy: 'staff-1',
        createdAt: '2028-03-01T09:00:00.000Z',
        attendeeCount: 0,
        flaggedCount: 0,
        status: 'upcoming',
        flagged: false,
        mustBeRemoved: [],
        attendees: [],
      },
    ]);
    expect(store.entries.map((entry) => entry.action)).toStrictEqual(['clause-v-meeting-created']);
  });

  it('fails with 400 listing every problem: a past date, no place nor link, a plain-HTTP link', async () => {
    const store = storeWith();
    const past = await create(store, { title: 'Clause V', heldOn: '2028-02-01', link: 'http://meet.example.org/x' });
    const nowhere = await create(store, { title: 'Clause V', heldOn: '2028-03-20' });
    expect([bodyOf(past)['errors'], bodyOf(nowhere)['errors']]).toStrictEqual([
      [
        { path: ['body', 'heldOn'], message: 'must not be in the past (today is 2028-03-01, UTC)' },
        { path: ['body', 'link'], message: 'must be an https:// web address' },
      ],
      [{ path: ['body', 'place'], message: 'give a place, a link, or both' }],
    ]);
    expect(store.meetingsById.size).toBe(0);
  });

  it('adds an attendee (201) and refuses an MP with an active retirement (409 with the reason and the retirement id), keeping both attempts', async () => {
    // Prepare
    const store = storeWith(recordedRetirement(RETIRING, 'mp-1', '2028-02-01'));
    const meetingId = String(bodyOf(await create(store))['meetingId']);
    // Act
    const added = await add(store, meetingId, 'mp-2');
    const refused = await add(store, meetingId, 'mp-1');
    // Assess
    expect([added.statusCode, bodyOf(added)]).toStrictEqual([201, { mpId: 'mp-2', name: 'Name mp-2', addedBy: 'staff-1', addedAt: '2028-03-01T09:00:00.000Z', flag: null }]);
    expect([refused.statusCode, bodyOf(refused)['details']]).toStrictEqual([409, { mpId: 'mp-1', retirementId: RETIRING, reason: REASON('2028-02-01') }]);
    expect(store.entries.map(({ action, ...rest }) => [action, 'mpId' in rest ? rest.mpId : null])).toStrictEqual([
      ['clause-v-meeting-created', null],
      ['clause-v-attendee-added', 'mp-2'],
      ['clause-v-attendee-refused', 'mp-1'],
    ]);
    expect(store.entries.at(-1)).toMatchObject({ refusal: 'retiring', retirementId: RETIRING, reason: REASON('2028-02-01'), by: 'staff-1' });
    expect((await read(store, meetingId))['attendeeCount']).toBe(1);
  });

  it('fails with 409 adding an attendee twice, and 404 for an unknown meeting', async () => {
    const store = storeWith();
    const meetingId = String(bodyOf(await create(store))['meetingId']);
    await add(store, meetingId, 'mp-2');
    const twice = await add(store, meetingId, 'mp-2');
    const unknown = await add(store, '019b2c3d-4e5f-7a6b-8c7d-ffffffffffff', 'mp-2');
    expect([twice.statusCode, bodyOf(twice)['detail'], unknown.statusCode]).toStrictEqual([409, `mp-2 is on the attendee list of Clause V meeting ${meetingId} already`, 404]);
  });

  it('keeps every refused addition in the history with why: a duplicate, a full list, a meeting held; an unknown meeting has none', async () => {
    // Prepare: one meeting with mp-2 on it, one full, one held yesterday
    const store = storeWith();
    const newMeeting = async () => String(bodyOf(await create(store))['meetingId']);
    const [open, full, held] = [await newMeeting(), await newMeeting(), await newMeeting()];
    await add(store, open, 'mp-2');
    const fullMeeting = store.meetingsById.get(full)!;
    store.meetingsById.set(full, { ...fullMeeting, attendeeCount: MAX_ATTENDEES });
    store.meetingsById.set(held, { ...store.meetingsById.get(held)!, heldOn: '2028-02-29' });
    const before = store.entries.length;
    // Act
    const refused = [await add(store, open, 'mp-2'), await add(store, full, 'mp-3'), await add(store, held, 'mp-4'), await add(store, '019b2c3d-4e5f-7a6b-8c7d-ffffffffffff', 'mp-5')];
    // Assess
    expect(refused.map((response) => response.statusCode)).toStrictEqual([409, 409, 409, 404]);
    expect(store.entries.slice(before).map(({ historyId: _id, ...rest }) => rest)).toStrictEqual([
      { at: '2028-03-01T09:00:00.000Z', by: 'staff-1', action: 'clause-v-attendee-refused', meetingId: open, mpId: 'mp-2', refusal: 'attending', reason: `mp-2 is on the attendee list of Clause V meeting ${open} already` },
      { at: '2028-03-01T09:00:00.000Z', by: 'staff-1', action: 'clause-v-attendee-refused', meetingId: full, mpId: 'mp-3', refusal: 'full', reason: `Clause V meeting ${full} has ${MAX_ATTENDEES} attendees, the most a meeting may have` },
      { at: '2028-03-01T09:00:00.000Z', by: 'staff-1', action: 'clause-v-attendee-refused', meetingId: held, mpId: 'mp-4', refusal: 'held', reason: `Clause V meeting ${held} was held on 2028-02-29; its attendee list can no longer change` },
    ]);
    expect(refused.slice(0, 3).map((response) => bodyOf(response)['detail'])).toStrictEqual(store.entries.slice(before).map((entry) => ('reason' in entry ? entry.reason : null)));
  });

  it('flags the meeting once when an attendee announces a retirement, showing whom to remove and why; a withdrawal clears it', async () => {
    // Prepare
    const store = storeWith();
    const meetingId = String(bodyOf(await create(store))['meetingId']);
    await add(store, meetingId, 'mp-1');
    await add(store, meetingId, 'mp-2');
    jest.setSystemTime(new Date('2028-03-02T09:00:00.000Z'));
    const announced = announce(store, 'mp-1', RETIRING, '2028-03-02', EVENT_1);
    // Act
    await deliver(store, announced, announced);
    const flagged = await read(store, meetingId);
    const withdrawn = withdraw(store, RETIRING, '2028-03-05', EVENT_2);
    jest.setSystemTime(new Date('2028-03-05T11:00:00.000Z'));
    await deliver(store, withdrawn);
    const cleared = await read(store, meetingId);
    // Assess
    const toRemove = { mpId: 'mp-1', name: 'Name mp-1', retirementId: RETIRING, reason: REASON('2028-03-02'), flaggedAt: '2028-03-02T09:00:00.000Z' };
    expect([flagged['flagged'], flagged['flaggedCount'], flagged['mustBeRemoved']]).toStrictEqual([true, 1, [toRemove]]);
    expect([cleared['flagged'], cleared['flaggedCount'], cleared['mustBeRemoved']]).toStrictEqual([false, 0, []]);
    expect(store.entries.filter((entry) => entry.action.startsWith('clause-v-meeting-flagged') || entry.action === 'clause-v-flag-cleared')).toStrictEqual([
      expect.objectContaining({ action: 'clause-v-meeting-flagged', by: 'emeritus-service', meetingId, mpId: 'mp-1', retirementId: RETIRING, eventId: EVENT_1 }),
      expect.objectContaining({ action: 'clause-v-flag-cleared', by: 'emeritus-service', meetingId, mpId: 'mp-1', retirementId: RETIRING, eventId: EVENT_2 }),
    ]);
  });

  it('ends unflagged when the withdrawal arrives before the announcement, flagging nothing', async () => {
    // Prepare
    const store = storeWith();
    const meetingId = String(bodyOf(await create(store))['meetingId']);
    await add(store, meetingId, 'mp-1');
    const announced = announce(store, 'mp-1', RETIRING, '2028-03-01', EVENT_1);
    const withdrawn = withdraw(store, RETIRING, '2028-03-01', EVENT_2);
    // Act
    await deliver(store, withdrawn, announced);
    // Assess
    expect([(await read(store, meetingId))['flagged'], store.entries.map((entry) => entry.action)]).toStrictEqual([
      false,
      ['clause-v-meeting-created', 'clause-v-attendee-added'],
    ]);
  });

  it('leaves a meeting that has happened as it was', async () => {
    const store = storeWith();
    const meetingId = String(bodyOf(await create(store, { ...MEETING, heldOn: '2028-03-01' }))['meetingId']);
    await add(store, meetingId, 'mp-1');
    jest.setSystemTime(new Date('2028-03-02T09:00:00.000Z'));
    await deliver(store, announce(store, 'mp-1', RETIRING, '2028-03-02', EVENT_1));
    expect([(await read(store, meetingId))['flagged'], (await read(store, meetingId))['status']]).toStrictEqual([false, 'held']);
  });

  it('removes a flagged attendee, which clears the meeting’s flag, and refuses removing them twice (404)', async () => {
    // Prepare
    const store = storeWith();
    const meetingId = String(bodyOf(await create(store))['meetingId']);
    await add(store, meetingId, 'mp-1');
    await deliver(store, announce(store, 'mp-1', RETIRING, '2028-03-01', EVENT_1));
    // Act
    const removed = await removeAttendeeHandler(store)(onMeeting('DELETE', meetingId, '/attendees', undefined, 'mp-1'), context);
    const again = await removeAttendeeHandler(store)(onMeeting('DELETE', meetingId, '/attendees', undefined, 'mp-1'), context);
    // Assess
    const body = bodyOf(removed);
    expect([removed.statusCode, body['attendeeCount'], body['flaggedCount'], body['flagged'], body['attendees']]).toStrictEqual([200, 0, 0, false, []]);
    expect([again.statusCode, store.entries.at(-1)?.action]).toStrictEqual([404, 'clause-v-attendee-removed']);
  });

  it('exports the attendee list as CSV, with who must be removed and why', async () => {
    const store = storeWith();
    const meetingId = String(bodyOf(await create(store))['meetingId']);
    await add(store, meetingId, 'mp-1');
    await add(store, meetingId, 'mp-2');
    await deliver(store, announce(store, 'mp-2', RETIRING, '2028-03-01', EVENT_1));
    const response = await getAttendeeListCsvHandler(store)(onMeeting('GET', meetingId, '/attendees.csv'), context);
    expect([response.headers?.['content-type'], response.body]).toStrictEqual([
      'text/csv; charset=utf-8',
      'MP id,Name,Added by,Added at,Must be removed,Retirement id,Reason\r\n' +
        'mp-1,Name mp-1,staff-1,2028-03-01T09:00:00.000Z,no,,\r\n' +
        `mp-2,Name mp-2,staff-1,2028-03-01T09:00:00.000Z,yes,${RETIRING},"${REASON('2028-03-01')}"\r\n`,
    ]);
  });

  it('lists meetings newest first, in pages', async () => {
    const store = storeWith();
    await create(store, { ...MEETING, title: 'First' });
    jest.setSystemTime(new Date('2028-03-01T10:00:00.000Z'));
    await create(store, { ...MEETING, title: 'Second' });
    const first = bodyOf(await listMeetingsHandler(store)(request('GET', '/emeritus/clause-v/meetings', { query: { limit: '1' } }), context));
    const second = bodyOf(await listMeetingsHandler(store)(request('GET', '/emeritus/clause-v/meetings', { query: { limit: '1', next: String(first['next']) } }), context));
    const titles = (page: Record<string, unknown>) => (page['items'] as { title: string }[]).map((item) => item.title);
    expect([titles(first), titles(second), second['next']]).toStrictEqual([['Second'], ['First'], null]);
  });
});
