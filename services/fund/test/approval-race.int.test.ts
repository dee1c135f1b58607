import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, localCloud, openSelection, startLocalCloudProcess, type LocalCloudClient, type LocalCloudProcess } from '@platform/testing';

// Approvals racing through the gateway, in several execution environments of the decision function at once, as
// in Lambda: what keeps the fund from paying out more than it holds, or an application from being approved
// twice, is the store's conditions, not one process serving the approvals in turn. The fund must hold exactly
// what the test gives it, and publishing a timetable for the applications' seat would schedule every seat the
// shared cloud has waiting, which other suites draft: so these run in a local cloud of their own.
const GRANT_PENCE = 300;
const APPLICATIONS = 50;
// At 3%, a £1,000 donation levies exactly £30: ten grants of £3.
const DONATION_PENCE = 100_000;

let cloudProcess: LocalCloudProcess;
let cloud: LocalCloudClient;
const sharedReadyFile = process.env.LOCAL_CLOUD_READY_FILE;

beforeAll(async () => {
  cloudProcess = await startLocalCloudProcess({ name: 'approval-race' });
  cloud = localCloud();
  // The shared cloud stays the one every other suite of this worker reaches.
  if (sharedReadyFile === undefined) delete process.env.LOCAL_CLOUD_READY_FILE;
  else process.env.LOCAL_CLOUD_READY_FILE = sharedReadyFile;
}, 300_000);

afterAll(async () => {
  await cloudProcess?.stop();
});

describe('approvals racing for a fund that can pay some of them', () => {
  it('approves exactly the 10 grants the fund can pay of 50 concurrent approvals, refusing 40 with a 409, across several environments', async () => {
    // Prepare: £30 in the fund, a selection open, and 50 applications of £3 in it
    const run = randomUUID().slice(0, 8);
    const finance = await cloud.token('finance', 'fin-approval-race');
    expect((await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: { basisPoints: 300, effectiveFrom: '2020-01-01' } })).status).toBe(201);
    const donationId = `${run}-fund`;
    const receivedOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await cloud.request('POST', '/fund/donations', { token: finance, body: { donationId, amountPence: DONATION_PENCE, receivedOn, source: 'donation' } })).status).toBe(202);
    await eventually(async () => ((await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance })).status === 200 ? true : undefined), {
      what: `donation ${donationId} to be levied`,
    });
    const { seatId } = await openSelection(cloud, 'Approval Race Seat');
    const applicationIds: string[] = [];
    for (let index = 0; index < APPLICATIONS; index++) {
      const candidate = await cloud.token('candidate', `cand-approval-race-${index}`);
      const applied = await cloud.request('POST', '/fund/applications', {
        token: candidate,
        body: { seatId, groups: ['women'], purpose: 'travel', amountRequestedPence: GRANT_PENCE, statement: 'Travel to hustings.' },
      });
      expect(applied.status).toBe(201);
      applicationIds.push((applied.body as { applicationId: string }).applicationId);
    }
    // Act
    const { result: responses, environments } = await cloud.environmentsUsed('FundDecideApplication', () =>
      Promise.all(
        applicationIds.map((applicationId) =>
          cloud.request('POST', `/fund/applications/${applicationId}/decision`, { token: finance, body: { decision: 'approve', amountPence: GRANT_PENCE } }),
        ),
      ),
    );
    // Assess
    expect(environments).toBeGreaterThan(1);
    expect(responses.map((response) => response.status).sort()).toStrictEqual([...Array.from({ length: 10 }, () => 200), ...Array.from({ length: 40 }, () => 409)]);
    const balance = (await cloud.request('GET', '/fund/balance', { token: finance })).body as { leviedPence: number; committedPence: number; availablePence: number };
    expect({ levied: balance.leviedPence, committed: balance.committedPence, available: balance.availablePence }).toStrictEqual({ levied: 3_000, committed: 3_000, available: 0 });
    const reconciliation = (await cloud.request('GET', '/fund/reconciliation', { token: finance })).body as { balanced: boolean };
    expect(reconciliation.balanced).toBe(true);
  }, 240_000);

  it('approves once of 10 concurrent approvals of one application, refusing the other 9 with a 409, across several environments', async () => {
    // Prepare: one application, in the fund's seat with its selection open
    const finance = await cloud.token('finance', 'fin-decision-race');
    const { seatId } = await openSelection(cloud, 'Decision Race Seat', { region: 'East Midlands' });
    const candidate = await cloud.token('candidate', 'cand-decision-race');
    const applied = await cloud.request('POST', '/fund/applications', {
      token: candidate,
      body: { seatId, groups: ['women'], purpose: 'travel', amountRequestedPence: 100, statement: 'Travel to hustings.' },
    });
    expect(applied.status).toBe(201);
    const { applicationId } = applied.body as { applicationId: string };
    // Money for it: the first test left the fund with nothing available
    const donationId = `decision-race-${randomUUID().slice(0, 8)}`;
    const receivedOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await cloud.request('POST', '/fund/donations', { token: finance, body: { donationId, amountPence: 10_000, receivedOn, source: 'donation' } })).status).toBe(202);
    await eventually(async () => ((await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance })).status === 200 ? true : undefined), {
      what: `donation ${donationId} to be levied`,
    });
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
