import { randomUUID } from 'node:crypto';
import { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from '@jest/globals';
import { eventually, localCloud } from '@platform/testing';
import { selectionsInbox } from './selections-inbox.ts';

const cloud = localCloud();
const documents = DynamoDBDocument.from(cloud.dynamodb);
const inbox = selectionsInbox(cloud);

// Dates are given relative to today, and never today itself, so a run at midnight UTC cannot disagree with the server.
const utcDate = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
// Every test uses its own MP and seat: the local cloud is shared by every integration test of the run.
const newMp = () => `mp-${randomUUID().slice(0, 8)}`;
const newSeat = () => `E14${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

/** The outbox's copy of the event of `type` about this retirement, once written. */
const outboxEventOf = (retirementId: string, type: string) =>
  eventually(
    async () => {
      const { Items = [] } = await documents.scan({
        TableName: cloud.ref('EmeritusStoreOutbox'),
        FilterExpression: '#type = :type AND contains(#event, :retirementId)',
        ExpressionAttributeNames: { '#type': 'type', '#event': 'event' },
        ExpressionAttributeValues: { ':type': type, ':retirementId': retirementId },
      });
      const [item] = Items;
      return item === undefined ? undefined : (JSON.parse(String(item['event'])) as { id: string; data: unknown });
    },
    { what: `${type} for ${retirementId} in the outbox` },
  );

describe('the emeritus service through the local cloud', () => {
  it('announces a retirement over HTTP, and its retirement-announced event reaches the selections inbox', async () => {
    // Prepare
    const token = await cloud.token('hq-staff', 'staff-int-1');
    const mpId = newMp();
    const seatId = newSeat();
    const announcement = { mpId, mpName: 'Jo Bloggs', seatId, announcedOn: utcDate(-1), expectedElectionOn: utcDate(800) };
    // Act
    const response = await cloud.request('POST', '/emeritus/retirements', { token, body: announcement });
    // Assess
    expect(response.status).toBe(201);
    const retirement = response.body as { retirementId: string };
    expect(response.headers.get('location')).toBe(`/emeritus/retirements/${retirement.retirementId}`);
    expect(retirement).toMatchObject({ ...announcement, expectedElectionSource: 'retirement', emeritusEligible: true, status: 'active' });
    const event = await outboxEventOf(retirement.retirementId, 'emeritus.retirement-announced');
    expect(event.data).toStrictEqual({
      retirementId: retirement.retirementId,
      mpId,
      mpName: 'Jo Bloggs',
      seatId,
      announcedOn: announcement.announcedOn,
      expectedElectionOn: announcement.expectedElectionOn,
      emeritusEligible: true,
    });
    // The consumer may have taken it already, or dead-lettered it (no file has imported this seat): either way it arrived.
    const arrival = await inbox.arrivalOf(event.id);
    if ('event' in arrival) expect(arrival.event).toStrictEqual(event);
  });

  it('relays a retirement of an MP whose name has Welsh letters and an emoji, and the selections consumer takes it', async () => {
    // Prepare: the fauxqs emulator refuses emoji in a message body; the relay sends ASCII JSON. The seat is
    // imported first (E9…, a test seat), since the selections consumer dead-letters a retirement from a seat it does not know.
    const token = await cloud.token('hq-staff', 'staff-int-1');
    const seatId = `E91${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
    const imported = await cloud.request('POST', '/selections/seats/import', {
      token,
      body: `gss_code,name,region\n${seatId},Emeritus Test Seat,North East\n`,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.status).toBe(200);
    const announcement = { mpId: newMp(), mpName: '🌹 Siân Gwenllian', seatId, announcedOn: utcDate(-1), expectedElectionOn: utcDate(800) };
    // Act
    const response = await cloud.request('POST', '/emeritus/retirements', { token, body: announcement });
    // Assess
    expect(response.status).toBe(201);
    const { retirementId } = response.body as { retirementId: string };
    const event = await outboxEventOf(retirementId, 'emeritus.retirement-announced');
    expect(event.data).toMatchObject({ retirementId, mpName: '🌹 Siân Gwenllian' });
    const arrival = await eventually(
      async () => {
        const seen = await inbox.arrivalOf(event.id);
        return seen.seen === 'on-the-queue' ? undefined : seen;
      },
      { what: `${event.id} to be taken by the selections consumer` },
    );
    expect(arrival).toStrictEqual({ seen: 'processed-by-the-consumer' });
  });

  it('keeps one active retirement per MP when announcements race: one 201, every other a 409 naming it', async () => {
    // Prepare
    const token = await cloud.token('hq-staff', 'staff-int-2');
    const mpId = newMp();
    const body = { mpId, mpName: 'Sam Racer', seatId: newSeat(), announcedOn: utcDate(-3), expectedElectionOn: utcDate(800) };
    // Act: five at once, which the local cloud serves as Lambda does, each in an execution environment of its own
    const { result: responses, environments } = await cloud.environmentsUsed('EmeritusAnnounceRetirement', () =>
      Promise.all(Array.from({ length: 5 }, () => cloud.request('POST', '/emeritus/retirements', { token, body }))),
    );
    // Assess
    expect(environments).toBeGreaterThan(1);
    const created = responses.filter((response) => response.status === 201);
    expect(responses.map((response) => response.status).sort()).toStrictEqual([201, 409, 409, 409, 409]);
    const winner = (created[0]?.body as { retirementId: string }).retirementId;
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect((refused.body as { details: unknown }).details).toStrictEqual({ retirementId: winner });
    }
    const register = await cloud.request('GET', `/emeritus/register?seatId=${body.seatId}`, { token });
    expect((register.body as { retirements: { retirementId: string }[] }).retirements.map((r) => r.retirementId)).toStrictEqual([winner]);
  });

  it('withdraws a retirement, publishing retirement-withdrawn, and lets the MP announce again, keeping both', async () => {
    // Prepare
    const token = await cloud.token('hq-staff', 'staff-int-3');
    const mpId = newMp();
    const seatId = newSeat();
    const body = { mpId, mpName: 'Alex Undecided', seatId, announcedOn: utcDate(-10), expectedElectionOn: utcDate(800) };
    const first = (await cloud.request('POST', '/emeritus/retirements', { token, body })).body as { retirementId: string };
    // Act
    const withdrawn = await cloud.request('POST', `/emeritus/retirements/${first.retirementId}/withdraw`, {
      token,
      body: { reason: 'will stand again', withdrawnOn: utcDate(-1) },
    });
    const again = await cloud.request('POST', '/emeritus/retirements', { token, body: { ...body, announcedOn: utcDate(-1) } });
    // Assess
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', withdrawal: { withdrawnOn: utcDate(-1), reason: 'will stand again', withdrawnBy: 'staff-int-3' } });
    expect(again.status).toBe(201);
    const event = await outboxEventOf(first.retirementId, 'emeritus.retirement-withdrawn');
    expect(event.data).toStrictEqual({ retirementId: first.retirementId, mpId, seatId, withdrawnOn: utcDate(-1), reason: 'will stand again' });
    const register = await cloud.request('GET', `/emeritus/register?seatId=${seatId}`, { token });
    expect((register.body as { retirements: { retirementId: string; status: string }[] }).retirements.map(({ retirementId, status }) => ({ retirementId, status }))).toStrictEqual([
      { retirementId: first.retirementId, status: 'withdrawn' },
      { retirementId: (again.body as { retirementId: string }).retirementId, status: 'active' },
    ]);
  });

  it('judges announcements against the settings HQ staff save, and keeps the change in the history', async () => {
    // Prepare
    const token = await cloud.token('hq-staff', 'staff-int-4');
    const expectedElectionOn = utcDate(700);
    // Act
    const saved = await cloud.request('PUT', '/emeritus/settings', { token, body: { expectedElectionOn, earlyAnnouncementMonths: 12 } });
    const announced = await cloud.request('POST', '/emeritus/retirements', {
      token,
      body: { mpId: newMp(), mpName: 'Chris Settled', seatId: newSeat(), announcedOn: utcDate(-1) },
    });
    // Assess
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ expectedElectionOn, earlyAnnouncementMonths: 12, updatedBy: 'staff-int-4' });
    expect(announced.status).toBe(201);
    expect(announced.body).toMatchObject({ expectedElectionOn, expectedElectionSource: 'settings', emeritusEligible: true });
    const entries: { action: string; by: string }[] = [];
    for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
      const page = await cloud.request('GET', `/emeritus/history?limit=500${cursor === null ? '' : `&cursor=${cursor}`}`, { token });
      const { entries: pageEntries, nextCursor } = page.body as { entries: { action: string; by: string }[]; nextCursor: string | null };
      entries.push(...pageEntries);
      cursor = nextCursor;
    }
    expect(entries.filter((entry) => entry.by === 'staff-int-4').map((entry) => entry.action)).toStrictEqual(['settings-changed', 'retirement-announced']);
  });

  it('answers a Clause V check naming the retiring attendee only', async () => {
    // Prepare
    const token = await cloud.token('hq-staff', 'staff-int-5');
    const retiring = newMp();
    const body = { mpId: retiring, mpName: 'Pat Leaving', seatId: newSeat(), announcedOn: utcDate(-5), expectedElectionOn: utcDate(800) };
    const { retirementId } = (await cloud.request('POST', '/emeritus/retirements', { token, body })).body as { retirementId: string };
    // Act
    const response = await cloud.request('POST', '/emeritus/clause-v/check', { token, body: { attendees: [newMp(), retiring] } });
    // Assess
    expect(response.body).toStrictEqual({
      conflicts: [
        {
          mpId: retiring,
          retirementId,
          reason:
            `retiring at the next general election (announced on ${body.announcedOn}, seat ${body.seatId}): a retiring MP ` +
            'has a conflict of interest and may not take part in the Clause V meeting',
        },
      ],
    });
  });

  it('refuses a caller who is not HQ staff', async () => {
    const token = await cloud.token('candidate', 'cand-int-1');
    const response = await cloud.request('GET', '/emeritus/register', { token });
    expect(response.status).toBe(403);
  });
});
