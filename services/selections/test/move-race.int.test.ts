import { randomInt } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from '@jest/globals';
import { localCloud } from '@platform/testing';

const cloud = localCloud();

// Every integration file shares one local cloud, so the seat here is new: a code no real seat has (E96…).
const newSeatId = () => `E96${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
const utcDate = (daysFromToday = 0) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

interface SelectionBody {
  selectionId: string;
  start: string;
  revision: number;
}

const scheduledEventsOf = async (selectionId: string): Promise<string[]> => {
  const { Items = [] } = await cloud.dynamodb.send(
    new ScanCommand({
      TableName: cloud.ref('SelectionsStoreOutbox'),
      FilterExpression: 'contains(#event, :selectionId)',
      ExpressionAttributeNames: { '#event': 'event' },
      ExpressionAttributeValues: { ':selectionId': { S: selectionId } },
      ConsistentRead: true,
    }),
  );
  return Items.map((item) => JSON.parse(item['event']?.S ?? 'null') as { type: string; data: { phases: { start: string }[] } })
    .filter((event) => event.type === 'selections.selection-scheduled')
    .map((event) => event.data.phases[0]?.start ?? '')
    .sort();
};

describe('two people moving one selection, through the local cloud', () => {
  it('saves exactly one of two moves sent at once from the same revision, refusing the other with a 409, and announces only the one saved', async () => {
    // Prepare: a seat of its own, in a published timetable whose window opens in a fortnight
    const token = await cloud.token('hq-staff', 'staff-move-race');
    const seatId = newSeatId();
    const imported = await cloud.request('POST', '/selections/seats/import', { token, body: `gss_code,name,region\n${seatId},Test Race,North East\n`, headers: { 'content-type': 'text/csv' } });
    expect(imported.status).toBe(200);
    const drafted = await cloud.request('POST', '/selections/timetables', {
      token,
      body: { from: utcDate(14), expectedElection: utcDate(4 * 365), completeMonthsBefore: 12, weeklyCapacity: 1000, blackouts: [] },
    });
    const { timetableId } = drafted.body as { timetableId: string };
    expect((await cloud.request('POST', `/selections/timetables/${timetableId}/publish`, { token })).status).toBe(200);
    const listed = await cloud.request('GET', `/selections/selections?seatId=${seatId}`, { token });
    const [read] = (listed.body as { items: SelectionBody[] }).items;
    const path = `/selections/selections/${read!.selectionId}`;
    const [one, other] = [utcDate(100), utcDate(200)];
    // Act: both read revision 0 and save at the same moment
    const answers = await Promise.all([one, other].map((start) => cloud.request('PATCH', path, { token, body: { start, expectedRevision: read!.revision } })));
    const after = await cloud.request('GET', path, { token });
    // Assess
    expect(answers.map((answer) => answer.status).sort()).toStrictEqual([200, 409]);
    const winner = answers.find((answer) => answer.status === 200)!.body as SelectionBody;
    const loser = answers.find((answer) => answer.status === 409)!;
    expect(loser.contentType).toBe('application/problem+json');
    expect((loser.body as { detail: string }).detail).toMatch(new RegExp(`^selection ${read!.selectionId} (has changed since it was read|or its timetable was changed by another request)`));
    expect({ status: after.status, start: (after.body as SelectionBody).start, revision: (after.body as SelectionBody).revision }).toStrictEqual({
      status: 200,
      start: winner.start,
      revision: 1,
    });
    expect(await scheduledEventsOf(read!.selectionId)).toStrictEqual([read!.start, winner.start].sort());

    // Act: the one refused tries again from the page it read: still refused, now naming the revision to review
    const stale = await cloud.request('PATCH', path, { token, body: { start: winner.start === one ? other : one, expectedRevision: read!.revision } });
    // Assess
    expect({ status: stale.status, details: (stale.body as { details: unknown }).details }).toStrictEqual({
      status: 409,
      details: { selectionId: read!.selectionId, expectedRevision: 0, currentRevision: 1 },
    });
  }, 60_000);
});
