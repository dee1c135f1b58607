import './env.ts';
import { describe, expect, it } from '@jest/globals';
import { retirementAnnounced, retirementWithdrawn } from '@platform/events';
import type { MessageSender } from '@platform/kit';
import { lambdaContext, sqsEvent } from '@platform/kit/testing';
import { createTimetableHandler } from '../src/handlers/create-timetable.ts';
import { publishTimetableHandler } from '../src/handlers/publish-timetable.ts';
import { retirementConsumer } from '../src/handlers/retirement-consumer.ts';
import { needsSelection } from '../src/domain/seat.ts';
import { selectionIdFor } from '../src/domain/selection.ts';
import { bodyOf, HELD_SEAT_ID, request, SEATS, SETTINGS_WITH_SPEAKER, TIMETABLE_REQUEST } from './fixtures.ts';
import { InMemorySeatStore, InMemorySelectionStore } from './in-memory-stores.ts';

const ANNOUNCED_ID = '1a2b3c4d-0000-4000-8000-000000000001';
const WITHDRAWN_ID = '1a2b3c4d-0000-4000-8000-000000000002';

const announced = (announcedOn = '2032-03-01', seatId = HELD_SEAT_ID) =>
  retirementAnnounced.create(
    { retirementId: 'ret-1', mpId: 'mp-1', mpName: 'Connor Rand', seatId, announcedOn, expectedElectionOn: '2034-05-04', emeritusEligible: true },
    { correlationId: 'corr-ret', id: ANNOUNCED_ID },
  );

const withdrawn = (withdrawnOn: string) =>
  retirementWithdrawn.create(
    { retirementId: 'ret-1', mpId: 'mp-1', seatId: HELD_SEAT_ID, withdrawnOn, reason: 'changed their mind' },
    { correlationId: 'corr-ret', id: WITHDRAWN_ID },
  );

const deliver = (stores: { seats: InMemorySeatStore; selections: InMemorySelectionStore }, ...events: object[]) =>
  retirementConsumer(stores.seats, stores.selections)(sqsEvent(...events.map((event) => JSON.stringify(event))), lambdaContext());

const stores = () => {
  const seats = new InMemorySeatStore(SEATS);
  seats.stored = { settings: SETTINGS_WITH_SPEAKER, version: 1 };
  return { seats, selections: new InMemorySelectionStore(seats) };
};

/** The fixture seats with a published timetable, its events cleared. */
const withPublishedTimetable = async () => {
  const all = stores();
  const created = await createTimetableHandler(all.seats, all.selections)(request({ method: 'POST', path: '/selections/timetables', json: TIMETABLE_REQUEST }), lambdaContext());
  const { id } = bodyOf(created) as { id: string };
  await publishTimetableHandler(all.seats, all.selections)(request({ method: 'POST', path: `/selections/timetables/${id}/publish`, pathParameters: { timetableId: id } }), lambdaContext());
  all.selections.events.length = 0;
  return { ...all, timetableId: id };
};

const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

describe('emeritus.retirement-announced', () => {
  it('slots a held seat into the published timetable, on or after the announcement, and announces the selection', async () => {
    // Prepare
    const all = await withPublishedTimetable();
    // Act
    const result = await deliver(all, announced());
    // Assess
    const selectionId = selectionIdFor(all.timetableId, HELD_SEAT_ID, 'ret-1');
    const selection = all.selections.selections.get(selectionId)!;
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(selection).toMatchObject({ seatId: HELD_SEAT_ID, seatName: 'Altrincham and Sale West', status: 'scheduled', retirementId: 'ret-1', timetableId: all.timetableId });
    expect(selection.start >= '2032-03-01' && selection.phases[5]!.end <= '2033-05-04').toBe(true);
    expect(selection.reason).toContain('retirement announced 2032-03-01');
    expect(all.seats.seats.get(HELD_SEAT_ID)).toMatchObject({ currentSelectionId: selectionId, retirement: { retirementId: 'ret-1', status: 'announced', announcedOn: '2032-03-01' } });
    expect(all.selections.events).toStrictEqual([
      {
        id: expect.any(String),
        type: 'selections.selection-scheduled',
        version: 1,
        occurredAt: expect.any(String),
        source: 'selections',
        correlationId: 'corr-ret',
        data: { selectionId, seatId: HELD_SEAT_ID, seatName: 'Altrincham and Sale West', nation: 'England', region: 'North West', timetableId: all.timetableId, phases: selection.phases },
      },
    ]);
    expect(all.selections.timetables.get(all.timetableId)?.revision).toBe(1);
  });

  it('changes nothing twice when the announcement is delivered again', async () => {
    // Prepare
    const all = await withPublishedTimetable();
    await deliver(all, announced());
    const before = structuredClone({ seat: all.seats.seats.get(HELD_SEAT_ID), selections: [...all.selections.selections.values()] });
    // Act
    const result = await deliver(all, announced());
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect({ seat: all.seats.seats.get(HELD_SEAT_ID), selections: [...all.selections.selections.values()] }).toStrictEqual(before);
    expect(all.selections.events).toHaveLength(1);
  });

  it('records the retirement and leaves the seat for the next timetable when none is published', async () => {
    // Prepare
    const all = stores();
    // Act
    await deliver(all, announced());
    // Assess
    const seat = all.seats.seats.get(HELD_SEAT_ID)!;
    expect(seat.retirement).toStrictEqual({ retirementId: 'ret-1', status: 'announced', announcedOn: '2032-03-01' });
    expect(needsSelection(seat, SETTINGS_WITH_SPEAKER)).toBe(true);
    expect([all.selections.selections.size, all.selections.events.length]).toStrictEqual([0, 0]);
  });

  it('records the retirement without a selection when the announcement is too late to meet the deadline', async () => {
    // Prepare: results are due by 2033-05-04, and a selection takes 58 days
    const all = await withPublishedTimetable();
    // Act
    await deliver(all, announced('2033-04-01'));
    // Assess
    expect(all.seats.seats.get(HELD_SEAT_ID)).toMatchObject({ retirement: { retirementId: 'ret-1', status: 'announced' } });
    expect(all.seats.seats.get(HELD_SEAT_ID)?.currentSelectionId).toBeUndefined();
    expect(all.selections.events).toStrictEqual([]);
  });

  it('records the retirement but opens no selection in a held seat HQ staff set aside', async () => {
    // Prepare
    const all = await withPublishedTimetable();
    all.seats.stored = { settings: { ...SETTINGS_WITH_SPEAKER, uncontested: [...SETTINGS_WITH_SPEAKER.uncontested, { seatId: HELD_SEAT_ID, reason: 'a pact' }] }, version: 2 };
    // Act
    await deliver(all, announced());
    // Assess
    expect(all.seats.seats.get(HELD_SEAT_ID)).toMatchObject({ retirement: { retirementId: 'ret-1', status: 'announced' } });
    expect(all.seats.seats.get(HELD_SEAT_ID)?.currentSelectionId).toBeUndefined();
    expect(all.selections.events).toStrictEqual([]);
  });

  it('sends a retirement in a seat never imported to the dead-letter queue with its reason, changing nothing', async () => {
    // Prepare
    const all = stores();
    const sent: Parameters<MessageSender['send']>[0]['input'][] = [];
    const sqs: MessageSender = { send: async (command) => void sent.push(command.input) };
    const before = structuredClone([...all.seats.seats.values()]);
    // Act
    const result = await retirementConsumer(all.seats, all.selections, undefined, { sqs, deadLetterQueueUrl: 'https://sqs.local/selections-dlq' })(
      sqsEvent(JSON.stringify(announced('2032-03-01', 'E14009999'))),
      lambdaContext(),
    );
    // Assess: handled (not retried), dead-lettered with why and what to do, and no seat written
    expect(result).toStrictEqual({ batchItemFailures: [] });
    expect(sent.map(({ QueueUrl, MessageAttributes }) => ({ QueueUrl, reason: MessageAttributes?.failureReason?.StringValue }))).toStrictEqual([
      { QueueUrl: 'https://sqs.local/selections-dlq', reason: 'there is no seat E14009999; import the results file first (POST /selections/seats/import)' },
    ]);
    expect([...all.seats.seats.values()]).toStrictEqual(before);
  });
});

describe('emeritus.retirement-withdrawn', () => {
  it('cancels the selection when withdrawn before the freeze date, and frees the seat', async () => {
    // Prepare
    const all = await withPublishedTimetable();
    await deliver(all, announced());
    const selectionId = selectionIdFor(all.timetableId, HELD_SEAT_ID, 'ret-1');
    const freeze = all.selections.selections.get(selectionId)!.start;
    // Act
    const result = await deliver(all, withdrawn(dayBefore(freeze)));
    // Assess
    expect(result).toStrictEqual({ batchItemFailures: [] });
    const reason = `the sitting MP withdrew their retirement on ${dayBefore(freeze)}, before the freeze date ${freeze}: changed their mind`;
    expect(all.selections.selections.get(selectionId)).toMatchObject({ status: 'cancelled', cancellation: { reason, cancelledAt: expect.any(String) }, revision: 1 });
    expect(all.seats.seats.get(HELD_SEAT_ID)).toMatchObject({ retirement: { retirementId: 'ret-1', status: 'withdrawn', announcedOn: '2032-03-01', withdrawnOn: dayBefore(freeze) } });
    expect(all.seats.seats.get(HELD_SEAT_ID)?.currentSelectionId).toBeUndefined();
    expect(needsSelection(all.seats.seats.get(HELD_SEAT_ID)!, SETTINGS_WITH_SPEAKER)).toBe(false);
    expect(all.selections.events.map((event) => [event.type, event.data])).toStrictEqual([
      ['selections.selection-scheduled', expect.anything()],
      ['selections.selection-cancelled', { selectionId, seatId: HELD_SEAT_ID, reason }],
    ]);
  });

  it('lets the selection stand, flagged for HQ staff, when withdrawn on or after the freeze date', async () => {
    // Prepare
    const all = await withPublishedTimetable();
    await deliver(all, announced());
    const selectionId = selectionIdFor(all.timetableId, HELD_SEAT_ID, 'ret-1');
    const freeze = all.selections.selections.get(selectionId)!.start;
    // Act
    await deliver(all, withdrawn(freeze));
    // Assess
    expect(all.selections.selections.get(selectionId)).toMatchObject({
      status: 'scheduled',
      retirementWithdrawnAfterFreeze: { retirementId: 'ret-1', withdrawnOn: freeze, reason: 'changed their mind' },
      revision: 1,
    });
    expect(all.seats.seats.get(HELD_SEAT_ID)?.currentSelectionId).toBe(selectionId);
    expect(all.selections.events.map((event) => event.type)).toStrictEqual(['selections.selection-scheduled']);
  });

  it('cancels once, however often the withdrawal is delivered', async () => {
    // Prepare
    const all = await withPublishedTimetable();
    await deliver(all, announced());
    const freeze = all.selections.selections.get(selectionIdFor(all.timetableId, HELD_SEAT_ID, 'ret-1'))!.start;
    // Act
    await deliver(all, withdrawn(dayBefore(freeze)));
    await deliver(all, withdrawn(dayBefore(freeze)));
    // Assess
    expect(all.selections.events.map((event) => event.type)).toStrictEqual(['selections.selection-scheduled', 'selections.selection-cancelled']);
  });

  // What differs between two stores for the same outcome set aside: the instants a write stamps, each store's
  // own timetable id and the selection ids made from it.
  const outcomeOf = (all: Awaited<ReturnType<typeof withPublishedTimetable>>) => {
    const selections = [...all.selections.selections.values()];
    let text = JSON.stringify({
      seat: all.seats.seats.get(HELD_SEAT_ID),
      selections,
      revision: all.selections.timetables.get(all.timetableId)?.revision,
      events: all.selections.events.map(({ type, data }) => ({ type, data })),
    });
    text = text.replaceAll(all.timetableId, '<timetable>').replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, '<now>');
    for (const { selectionId, seatId } of selections) text = text.replaceAll(selectionId, `<selection in ${seatId}>`);
    return JSON.parse(text) as unknown;
  };

  it('ends as in order when the withdrawal (before the freeze date) overtakes its announcement: opened and cancelled, both announced', async () => {
    // Prepare: where in-order delivery puts the selection, and so its freeze date
    const inOrder = await withPublishedTimetable();
    await deliver(inOrder, announced());
    const freeze = inOrder.selections.selections.get(selectionIdFor(inOrder.timetableId, HELD_SEAT_ID, 'ret-1'))!.start;
    await deliver(inOrder, withdrawn(dayBefore(freeze)));
    const reordered = await withPublishedTimetable();
    // Act
    await deliver(reordered, withdrawn(dayBefore(freeze)));
    await deliver(reordered, announced());
    await deliver(reordered, announced());
    // Assess
    expect(outcomeOf(reordered)).toStrictEqual(outcomeOf(inOrder));
    expect(reordered.selections.events.map((event) => event.type)).toStrictEqual(['selections.selection-scheduled', 'selections.selection-cancelled']);
    expect(reordered.seats.seats.get(HELD_SEAT_ID)?.currentSelectionId).toBeUndefined();
  });

  it('ends as in order when the withdrawal (on the freeze date) overtakes its announcement: the selection stands, flagged', async () => {
    // Prepare
    const inOrder = await withPublishedTimetable();
    await deliver(inOrder, announced());
    const freeze = inOrder.selections.selections.get(selectionIdFor(inOrder.timetableId, HELD_SEAT_ID, 'ret-1'))!.start;
    await deliver(inOrder, withdrawn(freeze));
    const reordered = await withPublishedTimetable();
    // Act
    await deliver(reordered, withdrawn(freeze));
    await deliver(reordered, announced());
    // Assess
    expect(outcomeOf(reordered)).toStrictEqual(outcomeOf(inOrder));
    expect(reordered.selections.selections.get(selectionIdFor(reordered.timetableId, HELD_SEAT_ID, 'ret-1'))).toMatchObject({
      status: 'scheduled',
      retirementWithdrawnAfterFreeze: { retirementId: 'ret-1', withdrawnOn: freeze, reason: 'changed their mind' },
    });
  });

  it('keeps a withdrawal that overtook its announcement with no timetable published, opening nothing', async () => {
    // Prepare
    const all = stores();
    // Act
    await deliver(all, withdrawn('2032-03-05'));
    await deliver(all, announced());
    // Assess
    expect(all.seats.seats.get(HELD_SEAT_ID)?.retirement).toStrictEqual({
      retirementId: 'ret-1',
      status: 'withdrawn',
      withdrawnOn: '2032-03-05',
      withdrawalReason: 'changed their mind',
      announcedOn: '2032-03-01',
    });
    expect(all.seats.seats.get(HELD_SEAT_ID)?.currentSelectionId).toBeUndefined();
    expect(all.selections.events).toStrictEqual([]);
  });
});
