import { randomInt, randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from '@jest/globals';
import { eventually, localCloud } from '@platform/testing';

const cloud = localCloud();

// Every integration file shares one local cloud, so each seat here is new: codes no real seat has (E99…).
const newSeatId = (letter = 'E') => `${letter}99${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
const utcDate = (daysFromToday = 0) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

const importCsv = async (token: string, csv: string) =>
  cloud.request('POST', '/selections/seats/import', { token, body: csv, headers: { 'content-type': 'text/csv' } });

/** The events the selections outbox holds for a selection, by type. */
const outboxEventsOf = async (selectionId: string): Promise<{ type: string; data: Record<string, unknown> }[]> => {
  const { Items = [] } = await cloud.dynamodb.send(
    new ScanCommand({
      TableName: cloud.ref('SelectionsStoreOutbox'),
      FilterExpression: 'contains(#event, :selectionId)',
      ExpressionAttributeNames: { '#event': 'event' },
      ExpressionAttributeValues: { ':selectionId': { S: selectionId } },
      ConsistentRead: true,
    }),
  );
  return Items.map((item) => JSON.parse(item['event']?.S ?? 'null') as { type: string; data: Record<string, unknown> });
};

interface SelectionBody {
  selectionId: string;
  seatId: string;
  status: string;
  start: string;
  retirementId?: string;
  phases: { name: string; start: string; end: string }[];
}

describe('the selections service through the local cloud', () => {
  it('imports seats from a CSV sent as text/csv, changes nothing on a second import, and writes nothing from a file with a wrong header', async () => {
    // Prepare
    const token = await cloud.token('hq-staff', 'staff-selections-1');
    const [wight, argyll] = [newSeatId(), newSeatId('S')];
    const csv =
      '\uFEFFGeneral election results,\r\n\r\nONS ID,Constituency name,Region name,Country name,First party,Majority,\r\n' +
      `${wight},Test Wight,South East,England,Con,"3,323",\r\n${argyll},"Test Argyll, Bute",Scotland,Scotland,SNP,6232,\r\n`;
    // Act
    const first = await importCsv(token, csv);
    const second = await importCsv(token, csv);
    const wrong = await importCsv(token, `code,name\r\n${newSeatId()},Nowhere\r\n`);
    const seat = await cloud.request('GET', `/selections/seats/${argyll}`, { token });
    // Assess
    expect({ status: first.status, body: first.body }).toStrictEqual({
      status: 200,
      body: {
        format: 'commons-library',
        counts: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
        created: [
          { line: 4, seatId: wight },
          { line: 5, seatId: argyll },
        ],
        updated: [],
        rejected: [],
        uncontestedAdded: [],
      },
    });
    expect((second.body as { counts: unknown }).counts).toStrictEqual({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
    expect({ status: wrong.status, contentType: wrong.contentType }).toStrictEqual({ status: 400, contentType: 'application/problem+json' });
    expect(seat.body).toMatchObject({ seatId: argyll, name: 'Test Argyll, Bute', nation: 'Scotland', majority: 6232, held: false, needsSelection: true });
  });

  it('drafts and publishes a timetable, then slots a seat whose MP announces retirement (POST /emeritus/retirements) into it', async () => {
    // Prepare: two seats to win and one the party holds
    const token = await cloud.token('hq-staff', 'staff-selections-2');
    const [target, island, held] = [newSeatId(), newSeatId('S'), newSeatId()];
    await importCsv(
      token,
      `gss_code,name,region\n${target},Test Target,North West\n${island},Test Isles,Scotland\n`,
    );
    await importCsv(token, `ONS ID,Constituency name,Region name,Country name,First party,Member first name,Member surname\n${held},Test Held,North West,England,Lab,Jo,Bloggs\n`);
    const created = await cloud.request('POST', '/selections/timetables', {
      token,
      body: { from: utcDate(), expectedElection: utcDate(4 * 365), completeMonthsBefore: 12, weeklyCapacity: 100, blackouts: [] },
    });
    const draft = created.body as { id: string; status: string; entries: { seatId: string }[] };
    const draftSeats = draft.entries.map((entry) => entry.seatId);
    const published = await cloud.request('POST', `/selections/timetables/${draft.id}/publish`, { token });
    const again = await cloud.request('POST', `/selections/timetables/${draft.id}/publish`, { token });
    // Act
    const announced = await cloud.request('POST', '/emeritus/retirements', {
      token,
      body: { mpId: `mp-${randomUUID()}`, mpName: 'Jo Bloggs', seatId: held, announcedOn: utcDate(), expectedElectionOn: utcDate(4 * 365) },
    });
    const slotted = await eventually(
      async () => {
        const response = await cloud.request('GET', `/selections/selections?seatId=${held}`, { token });
        return (response.body as { items: SelectionBody[] }).items.find((selection) => selection.status === 'scheduled');
      },
      { what: `a selection scheduled in ${held} after the retirement` },
    );
    // Assess
    expect({ status: created.status, draftStatus: draft.status }).toStrictEqual({ status: 201, draftStatus: 'draft' });
    expect(draftSeats).toEqual(expect.arrayContaining([target, island]));
    expect(draftSeats).not.toContain(held);
    expect({ status: published.status, timetableStatus: (published.body as { status: string }).status }).toStrictEqual({ status: 200, timetableStatus: 'published' });
    expect(again.status).toBe(409);
    expect(announced.status).toBe(201);
    expect(slotted).toMatchObject({ seatId: held, status: 'scheduled', retirementId: (announced.body as { retirementId: string }).retirementId });
    expect(slotted.start >= utcDate()).toBe(true);
    const events = await eventually(async () => {
      const found = await outboxEventsOf(slotted.selectionId);
      return found.length > 0 ? found : undefined;
    });
    expect(events.map((event) => [event.type, event.data['seatId'], event.data['timetableId']])).toStrictEqual([
      ['selections.selection-scheduled', held, draft.id],
    ]);
    const calendar = await cloud.request('GET', `/selections/timetables/${draft.id}/calendar.ics`, { token });
    expect({ status: calendar.status, contentType: calendar.contentType }).toStrictEqual({ status: 200, contentType: 'text/calendar; charset=utf-8' });
    expect(calendar.body).toContain(`UID:${slotted.selectionId}-freeze@selections`);
    // Jest takes no project-level testTimeout, so the default 5 s would apply: this test drafts and publishes a
    // timetable of every seat left unselected in the shared cloud, then waits on two queue hops.
  }, 60_000);
});
