import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { eventually, localCloud, openSelection } from '@platform/testing';

// Racing decisions on one application through the local cloud's gateway, in several execution environments of
// the decision function at once, as in Lambda: what keeps an application from being approved (and its amount
// committed from the fund) twice is the store's condition on the version read, not one process in turn.
const cloud = localCloud();
const run = randomUUID().slice(0, 8);
const RATE = { basisPoints: 300, effectiveFrom: '2020-01-01' };
const receivedOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe('decisions on one application racing through the local cloud', () => {
  it('approves once of 10 concurrent approvals, refusing the other 9 with a 409, committing its amount once, across several environments', async () => {
    // Prepare: money in the fund (a £100 donation levies £3), a selection open, and one application in it
    const finance = await cloud.token('finance', 'fin-decision-race');
    expect([200, 201]).toContain((await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: RATE })).status);
    const donationId = `${run}-decisions`;
    expect((await cloud.request('POST', '/fund/donations', { token: finance, body: { donationId, amountPence: 10_000, receivedOn, source: 'donation' } })).status).toBe(202);
    await eventually(async () => ((await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance })).status === 200 ? true : undefined), {
      what: `donation ${donationId} to be levied`,
    });
    const { seatId } = await openSelection(cloud, `Decision Race ${run}`, { region: 'East Midlands' });
    const candidate = await cloud.token('candidate', `cand-decision-race-${run}`);
    const applied = await cloud.request('POST', '/fund/applications', {
      token: candidate,
      body: { seatId, groups: ['women'], purpose: 'travel', amountRequestedPence: 100, statement: 'Travel to hustings.' },
    });
    expect(applied.status).toBe(201);
    const { applicationId } = applied.body as { applicationId: string };
    // Act
    const { result: responses, environments } = await cloud.environmentsUsed('FundDecideApplication', () =>
      Promise.all(
        Array.from({ length: 10 }, () => cloud.request('POST', `/fund/applications/${applicationId}/decision`, { token: finance, body: { decision: 'approve', amountPence: 100 } })),
      ),
    );
    // Assess
    expect(environments).toBeGreaterThan(1);
    expect(responses.map((response) => response.status).sort()).toStrictEqual([200, ...Array.from({ length: 9 }, () => 409)]);
    const { body } = await cloud.request('GET', `/fund/applications/${applicationId}`, { token: finance });
    const application = body as { status: string; approvedPence: number; history: { action: string }[] };
    expect({ status: application.status, approved: application.approvedPence, decisions: application.history.filter((step) => step.action === 'considered').length }).toStrictEqual({
      status: 'approved',
      approved: 100,
      decisions: 1,
    });
  }, 120_000);
});
