import { randomInt, randomUUID } from 'node:crypto';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, localCloud } from '@platform/testing';

// A candidate's journey through the Diversity Fund, across services, through the local cloud: money is
// levied from a donation; HQ staff import a seat and publish a timetable, whose selection reaches the fund
// as an event; the candidate applies; finance user A approves; user B pays part of the grant. Other files
// share this cloud (and its fund), so the fund's balance is checked by what this journey moved, and the
// selection is found by its seat, whichever timetable scheduled it.
const cloud = localCloud();
const run = randomUUID().slice(0, 8);
const utcDate = (daysFromToday = 0) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);
const today = utcDate();
// A seat code no real constituency has (E98…), and unlike the selections tests' E99….
const seatId = `E98${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
// The shared fund's one rate, the same in every file that levies (see services/fund/test/fund.int.test.ts):
// a rate may not start on or before a donation already levied, so it is set before any donation, once.
const RATE = { basisPoints: 300, effectiveFrom: '2020-01-01' };
const STATEMENT = 'I work shifts in a care home and would lose a week of wages for the hustings.';

const tokens = { staff: '', financeA: '', financeB: '', candidate: '' };
const ids = { financeA: `fin-a-${run}`, financeB: `fin-b-${run}`, candidate: `candidate-${run}` };

interface Balance {
  raisedPence: number;
  committedPence: number;
  disbursedPence: number;
  exact: { leviedPence: string; availablePence: string };
}
/** Exact pence (`'1915.0200'`) as 1/10,000 p units, so that differences are exact. */
const unitsOf = (exact: string) => Number(exact.replace('.', ''));
const balance = async () => (await cloud.request('GET', '/fund/balance', { token: tokens.financeA })).body as Balance;
const moved = (before: Balance, after: Balance) => ({
  raisedPence: after.raisedPence - before.raisedPence,
  leviedPence: (unitsOf(after.exact.leviedPence) - unitsOf(before.exact.leviedPence)) / 10_000,
  availablePence: (unitsOf(after.exact.availablePence) - unitsOf(before.exact.availablePence)) / 10_000,
  committedPence: after.committedPence - before.committedPence,
  disbursedPence: after.disbursedPence - before.disbursedPence,
});

/** The events the fund's outbox holds for an application. */
const outboxEventsOf = async (applicationId: string) => {
  const { Items = [] } = await cloud.dynamodb.send(
    new ScanCommand({
      TableName: cloud.ref('FundStoreOutbox'),
      FilterExpression: 'contains(#event, :applicationId)',
      ExpressionAttributeNames: { '#event': 'event' },
      ExpressionAttributeValues: { ':applicationId': { S: applicationId } },
      ConsistentRead: true,
    }),
  );
  return Items.map((item) => JSON.parse(item['event']?.S ?? 'null') as { type: string; occurredAt: string; data: Record<string, unknown> }).sort((a, b) =>
    a.occurredAt.localeCompare(b.occurredAt),
  );
};

beforeAll(async () => {
  tokens.staff = await cloud.token('hq-staff', `staff-${run}`);
  tokens.financeA = await cloud.token('finance', ids.financeA);
  tokens.financeB = await cloud.token('finance', ids.financeB);
  tokens.candidate = await cloud.token('candidate', ids.candidate);
});

describe('a candidate applies to the Diversity Fund for a selection HQ scheduled, and is paid', () => {
  it('levies, schedules, applies, approves, pays by a second pair of eyes, and tells the candidate the story', async () => {
    // 1. Finance: the levy rate, then a donation of £10,000, levied at 3% (£300) into the fund
    const rate = await cloud.request('PUT', '/fund/levy-rates', { token: tokens.financeA, body: RATE });
    expect({ route: 'PUT /fund/levy-rates', status: [200, 201].includes(rate.status) }).toStrictEqual({ route: 'PUT /fund/levy-rates', status: true });
    const before = await balance();
    const donationId = `journey-${run}`;
    const donated = await cloud.request('POST', '/fund/donations', {
      token: tokens.financeA,
      body: { donationId, amountPence: 1_000_000, receivedOn: today, source: 'fundraising' },
    });
    expect(donated.status).toBe(202);
    const levied = await eventually(
      async () => {
        const response = await cloud.request('GET', `/fund/donations/${donationId}`, { token: tokens.financeA });
        return response.status === 200 ? (response.body as { levy: unknown }) : undefined;
      },
      { what: `donation ${donationId} to be levied` },
    );
    expect(levied.levy).toStrictEqual({ rate: RATE, exactPence: '30000.0000', movementId: expect.any(String) });
    const afterLevy = await balance();

    // 2. HQ staff: a seat, and a timetable that schedules a selection in it
    const imported = await cloud.request('POST', '/selections/seats/import', {
      token: tokens.staff,
      body: `gss_code,name,region\n${seatId},Journey Test ${run},Yorkshire and The Humber\n`,
      headers: { 'content-type': 'text/csv' },
    });
    expect({ status: imported.status, created: (imported.body as { counts: { created: number } }).counts.created }).toStrictEqual({ status: 200, created: 1 });
    const drafted = await cloud.request('POST', '/selections/timetables', {
      token: tokens.staff,
      body: { from: today, expectedElection: utcDate(4 * 365), completeMonthsBefore: 12, weeklyCapacity: 100, blackouts: [] },
    });
    expect(drafted.status).toBe(201);
    const published = await cloud.request('POST', `/selections/timetables/${(drafted.body as { id: string }).id}/publish`, { token: tokens.staff });
    expect(published.status).toBe(200);
    const selection = await eventually(
      async () => {
        const response = await cloud.request('GET', `/selections/selections?seatId=${seatId}`, { token: tokens.staff });
        return (response.body as { items: { selectionId: string; status: string }[] }).items.find((item) => item.status === 'scheduled');
      },
      { what: `a selection scheduled in ${seatId}` },
    );

    // 3. The candidate applies, as soon as the fund has seen the selection (until then: 422, no selection)
    const request = { seatId, groups: ['working-class-low-income', 'women'], purpose: 'lost-earnings', amountRequestedPence: 25_000, statement: STATEMENT };
    const applied = await eventually(
      async () => {
        const response = await cloud.request('POST', '/fund/applications', { token: tokens.candidate, body: request });
        if (response.status === 422) return undefined;
        return response;
      },
      { what: `the fund to open applications for the selection in ${seatId}` },
    );
    expect(applied.status).toBe(201);
    const applicationId = (applied.body as { applicationId: string }).applicationId;

    // 4. Finance user A approves £200 of the £250 asked; A may not pay it; B pays £80 of it
    const approved = await cloud.request('POST', `/fund/applications/${applicationId}/decision`, { token: tokens.financeA, body: { decision: 'approve', amountPence: 20_000 } });
    const byApprover = await cloud.request('POST', `/fund/applications/${applicationId}/disbursements`, { token: tokens.financeA, body: { amountPence: 8_000 } });
    const bySecond = await cloud.request('POST', `/fund/applications/${applicationId}/disbursements`, { token: tokens.financeB, body: { amountPence: 8_000 } });
    expect([approved.status, byApprover.status, (byApprover.body as { detail: string }).detail, bySecond.status]).toStrictEqual([
      200,
      403,
      `four eyes: the grant of application ${applicationId} was approved by ${ids.financeA}, so a different finance user must make its disbursements`,
      201,
    ]);

    // Assess: the fund moved by exactly the levy, the commitment and the payment
    const after = await balance();
    expect(moved(before, afterLevy)).toStrictEqual({ raisedPence: 1_000_000, leviedPence: 30_000, availablePence: 30_000, committedPence: 0, disbursedPence: 0 });
    expect(moved(afterLevy, after)).toStrictEqual({ raisedPence: 0, leviedPence: 0, availablePence: -20_000, committedPence: 12_000, disbursedPence: 8_000 });

    // Assess: the candidate's story names the panel, never a member of staff, and keeps their own words
    const seen = await cloud.request('GET', `/fund/applications/${applicationId}`, { token: tokens.candidate });
    const view = seen.body as { status: string; statement: string; groups: string[]; approvedPence: number; disbursedPence: number; remainingPence: number; history: unknown[] };
    expect({ status: view.status, statement: view.statement, groups: view.groups, approved: view.approvedPence, disbursed: view.disbursedPence, remaining: view.remainingPence }).toStrictEqual({
      status: 'approved',
      statement: STATEMENT,
      groups: ['working-class-low-income', 'women'],
      approved: 20_000,
      disbursed: 8_000,
      remaining: 12_000,
    });
    expect(view.history).toStrictEqual([
      { at: expect.any(String), by: 'you', action: 'submitted', outcome: 'awaiting-decision', reason: null, amountPence: 25_000 },
      { at: expect.any(String), by: 'Diversity Fund panel', action: 'considered', outcome: 'approved', reason: null, amountPence: 20_000 },
      { at: expect.any(String), by: 'Diversity Fund panel', action: 'disbursed', outcome: 'paid', reason: null, amountPence: 8_000 },
    ]);
    expect(JSON.stringify(seen.body)).not.toMatch(new RegExp(`${ids.financeA}|${ids.financeB}`));
    const mine = await cloud.request('GET', '/fund/applications/mine', { token: tokens.candidate });
    expect((mine.body as { items: { applicationId: string }[] }).items.map((item) => item.applicationId)).toStrictEqual([applicationId]);

    // Assess: the events announce the grant without a word of the candidate's diversity data
    const events = await outboxEventsOf(applicationId);
    expect(events.map(({ type, data }) => ({ type, data }))).toStrictEqual([
      { type: 'fund.grant-approved', data: { applicationId, seatId, purpose: 'lost-earnings', amountPence: 20_000 } },
      { type: 'fund.grant-disbursed', data: { applicationId, disbursementId: expect.any(String), amountPence: 8_000, remainingPence: 12_000 } },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/women|working-class|care home/);
    // Assess: the application was made against the selection the selections service scheduled
    const forFinance = await cloud.request('GET', `/fund/applications/${applicationId}`, { token: tokens.financeB });
    expect((forFinance.body as { selectionId: string; region: string }).selectionId).toBe(selection.selectionId);
    expect((forFinance.body as { region: string }).region).toBe('Yorkshire and The Humber');
  }, 120_000);
});
