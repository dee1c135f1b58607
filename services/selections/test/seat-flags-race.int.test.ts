import { randomInt } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { localCloud } from '@platform/testing';

const cloud = localCloud();

// Every integration file shares one local cloud, so the seat here is new: a code no real seat has (E95…).
const newSeatId = () => `E95${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;

interface SeatBody {
  priority: number;
  shortlist: string;
  flagsRevision: number;
}

describe("two people changing one seat's flags, through the local cloud", () => {
  it('saves exactly one of two changes sent at once from the same revision, refusing the other with a 409 naming the current revision', async () => {
    // Prepare: a seat of its own, read at revision 0
    const token = await cloud.token('hq-staff', 'staff-seat-race');
    const seatId = newSeatId();
    const imported = await cloud.request('POST', '/selections/seats/import', { token, body: `gss_code,name,region\n${seatId},Test Flags Race,North East\n`, headers: { 'content-type': 'text/csv' } });
    expect(imported.status).toBe(200);
    const path = `/selections/seats/${seatId}`;
    const read = (await cloud.request('GET', path, { token })).body as SeatBody;
    // Act
    const answers = await Promise.all([
      cloud.request('PATCH', path, { token, body: { priority: 1, expectedRevision: read.flagsRevision } }),
      cloud.request('PATCH', path, { token, body: { priority: 3, shortlist: 'all-women', expectedRevision: read.flagsRevision } }),
    ]);
    const after = (await cloud.request('GET', path, { token })).body as SeatBody;
    // Assess: the seat holds the one change saved, whole
    expect({ read: read.flagsRevision, statuses: answers.map((answer) => answer.status).sort() }).toStrictEqual({ read: 0, statuses: [200, 409] });
    const winner = answers.find((answer) => answer.status === 200)!.body as SeatBody;
    const loser = answers.find((answer) => answer.status === 409)!.body as { details: unknown };
    expect(after).toMatchObject({ priority: winner.priority, shortlist: winner.shortlist, flagsRevision: 1 });
    expect(loser.details).toStrictEqual({ seatId, expectedRevision: 0, currentRevision: 1 });
  });

  it('re-imports a seat without touching its flags or their revision', async () => {
    // Prepare
    const token = await cloud.token('hq-staff', 'staff-seat-race');
    const seatId = newSeatId();
    const csv = (region: string) => ({ token, body: `gss_code,name,region\n${seatId},Test Flags Kept,${region}\n`, headers: { 'content-type': 'text/csv' } });
    await cloud.request('POST', '/selections/seats/import', csv('North East'));
    await cloud.request('PATCH', `/selections/seats/${seatId}`, { token, body: { priority: 1, expectedRevision: 0 } });
    // Act
    await cloud.request('POST', '/selections/seats/import', csv('North West'));
    // Assess
    expect((await cloud.request('GET', `/selections/seats/${seatId}`, { token })).body).toMatchObject({ region: 'North West', priority: 1, flagsRevision: 1 });
  });
});
