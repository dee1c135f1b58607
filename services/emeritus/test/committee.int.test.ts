import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { eventually, localCloud } from '@platform/testing';

const cloud = localCloud();

// Dates relative to today, never today itself, so a run at midnight UTC cannot disagree with the server.
const utcDate = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
// Every test uses its own MPs: the local cloud is shared by every integration test of the run.
const newMp = () => `mp-${randomUUID().slice(0, 8)}`;
const newSeat = () => `E14${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

interface Consultee {
  mpId: string;
  addedBecause: string;
  responded: boolean;
  response: { version: number; text: string; recordedBy: string } | null;
}
interface MeetingView {
  flagged: boolean;
  flaggedCount: number;
  mustBeRemoved: { mpId: string; retirementId: string; reason: string }[];
  attendees: { mpId: string }[];
}

const announce = async (token: string, mpId: string, mpName: string) => {
  const response = await cloud.request('POST', '/emeritus/retirements', {
    token,
    body: { mpId, mpName, seatId: newSeat(), announcedOn: utcDate(-1), expectedElectionOn: utcDate(1_500) },
  });
  expect(response.status).toBe(201);
  return (response.body as { retirementId: string }).retirementId;
};

describe('the emeritus committee through the local cloud', () => {
  it('opens a consultation of the committee, records and amends responses, closes it and exports it', async () => {
    // Prepare: two members of the committee
    const token = await cloud.token('hq-staff', 'staff-int-cons');
    const [member, other] = [newMp(), newMp()];
    await announce(token, member, 'Jo Member');
    await announce(token, other, 'Sam Other');
    // Act
    const opened = await cloud.request('POST', '/emeritus/consultations', {
      token,
      body: { title: 'Housing', concerns: 'Manifesto section 4', questions: ['What target?'], links: [{ title: 'Draft', url: 'https://papers.example.org/4.pdf' }], closesOn: utcDate(30) },
    });
    const consultationId = (opened.body as { consultationId: string }).consultationId;
    const path = `/emeritus/consultations/${consultationId}`;
    const first = await cloud.request('PUT', `${path}/responses/${member}`, { token, body: { text: 'Aim higher.' } });
    const amended = await cloud.request('PUT', `${path}/responses/${member}`, { token, body: { text: 'Aim higher, sooner.' } });
    const closed = await cloud.request('POST', `${path}/close`, { token });
    const late = await cloud.request('PUT', `${path}/responses/${other}`, { token, body: { text: 'Too late.' } });
    const csv = await cloud.request('GET', `${path}/responses.csv`, { token });
    // Assess
    expect([opened.status, first.status, amended.status, closed.status, late.status, csv.status]).toStrictEqual([201, 201, 200, 200, 409, 200]);
    const mine = (closed.body as { consultees: Consultee[] }).consultees.filter((consultee) => [member, other].includes(consultee.mpId));
    // Consultees come by when each was added, then by id: both were added at the opening, so by their random ids
    const byId = (a: { mpId: string }, b: { mpId: string }) => a.mpId.localeCompare(b.mpId);
    expect(mine.map(({ mpId, addedBecause, responded, response }) => ({ mpId, addedBecause, responded, response: response?.text ?? null })).sort(byId)).toStrictEqual(
      [
        { mpId: member, addedBecause: 'on-the-committee-at-opening', responded: true, response: 'Aim higher, sooner.' },
        { mpId: other, addedBecause: 'on-the-committee-at-opening', responded: false, response: null },
      ].sort(byId),
    );
    expect((amended.body as { versions: { version: number; text: string }[] }).versions.map(({ version, text }) => [version, text])).toStrictEqual([
      [1, 'Aim higher.'],
      [2, 'Aim higher, sooner.'],
    ]);
    const rows = String(csv.body).split('\r\n');
    expect(rows[0]).toBe('MP id,Name,Seat,Consulted because,Added at,Withdrawn on,Responded,Version,Recorded by,Recorded at,Response');
    expect(rows.filter((row) => row.startsWith(`${member},`)).map((row) => row.split(',').slice(6, 9).concat(row.split(',').slice(-2)))).toStrictEqual([
      ['yes', '2', 'staff-int-cons', '"Aim higher', ' sooner."'],
    ]);
    const listed = await cloud.request('GET', '/emeritus/consultations?status=closed&limit=100', { token });
    expect((listed.body as { items: { consultationId: string }[] }).items.map((item) => item.consultationId)).toContain(consultationId);
  });

  it('flags a Clause V meeting when an attendee announces a retirement, and clears the flag when it is withdrawn', async () => {
    // Prepare: a meeting next month with two attendees, and an MP already retiring
    const token = await cloud.token('hq-staff', 'staff-int-cv');
    const [attendee, colleague, retiring] = [newMp(), newMp(), newMp()];
    const retiringId = await announce(token, retiring, 'Already Retiring');
    const created = await cloud.request('POST', '/emeritus/clause-v/meetings', { token, body: { title: 'Clause V', heldOn: utcDate(30), place: 'Labour Central' } });
    const path = `/emeritus/clause-v/meetings/${(created.body as { meetingId: string }).meetingId}`;
    const added = await Promise.all([attendee, colleague].map((mpId) => cloud.request('POST', `${path}/attendees`, { token, body: { mpId, name: `Name ${mpId}` } })));
    const refused = await cloud.request('POST', `${path}/attendees`, { token, body: { mpId: retiring, name: 'Already Retiring' } });
    const duplicate = await cloud.request('POST', `${path}/attendees`, { token, body: { mpId: colleague, name: `Name ${colleague}` } });
    // Act: the attendee announces; the flag comes through the outbox, the relay and the service's own inbox
    const retirementId = await announce(token, attendee, `Name ${attendee}`);
    const flagged = await eventually(
      async () => {
        const meeting = (await cloud.request('GET', path, { token })).body as MeetingView;
        return meeting.flagged ? meeting : undefined;
      },
      { what: 'the Clause V meeting to be flagged' },
    );
    const withdrawn = await cloud.request('POST', `/emeritus/retirements/${retirementId}/withdraw`, { token, body: { reason: 'standing again' } });
    const cleared = await eventually(
      async () => {
        const meeting = (await cloud.request('GET', path, { token })).body as MeetingView;
        return meeting.flagged ? undefined : meeting;
      },
      { what: 'the flag to clear' },
    );
    const csv = await cloud.request('GET', `${path}/attendees.csv`, { token });
    // Assess
    expect([created.status, ...added.map((response) => response.status), refused.status, duplicate.status, withdrawn.status]).toStrictEqual([201, 201, 201, 409, 409, 200]);
    expect((refused.body as { details: unknown }).details).toMatchObject({ mpId: retiring, retirementId: retiringId });
    expect([flagged.flaggedCount, flagged.mustBeRemoved.map(({ mpId, retirementId: id }) => ({ mpId, id }))]).toStrictEqual([1, [{ mpId: attendee, id: retirementId }]]);
    expect([cleared.flaggedCount, cleared.mustBeRemoved, cleared.attendees.map((a) => a.mpId).sort()]).toStrictEqual([0, [], [attendee, colleague].sort()]);
    expect(String(csv.body).split('\r\n').filter((row) => row !== '').length).toBe(3);
    // Every attempt and the flag's coming and going are in the history, each once
    const entries: { action: string; mpId?: string; meetingId?: string; refusal?: string }[] = [];
    for (let cursor: string | null = null, first = true; first || cursor !== null; first = false) {
      const page = await cloud.request('GET', `/emeritus/history?limit=500${cursor === null ? '' : `&cursor=${cursor}`}`, { token });
      const body = page.body as { entries: typeof entries; nextCursor: string | null };
      entries.push(...body.entries);
      cursor = body.nextCursor;
    }
    const meetingId = path.split('/').at(-1);
    expect(entries.filter((entry) => entry.meetingId === meetingId).map((entry) => `${entry.action} ${entry.mpId === attendee ? 'attendee' : entry.mpId === retiring ? 'retiring' : entry.mpId === undefined ? '-' : 'colleague'}`).sort()).toStrictEqual(
      ['clause-v-meeting-created -', 'clause-v-attendee-added attendee', 'clause-v-attendee-added colleague', 'clause-v-attendee-refused retiring', 'clause-v-attendee-refused colleague', 'clause-v-meeting-flagged attendee', 'clause-v-flag-cleared attendee'].sort(),
    );
    // The duplicate addition's refusal, exactly once, with why
    expect(entries.filter((entry) => entry.meetingId === meetingId && entry.action === 'clause-v-attendee-refused').map(({ mpId, refusal }) => [mpId, refusal]).sort()).toStrictEqual(
      [[retiring, 'retiring'], [colleague, 'attending']].sort(),
    );
  });
});
