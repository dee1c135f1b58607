import './env.ts';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '@platform/kit';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { localCloud } from '@platform/testing';
import { newApplicationId } from '../src/domain/application-id.ts';
import type { Application } from '../src/domain/application.ts';
import { cancelApproval, decideApplication, disburseGrant, submitApplication } from '../src/domain/application.ts';
import { reconcile } from '../src/domain/fund-totals.ts';
import { movement } from '../src/domain/ledger.ts';
import { unitsOfPence } from '../src/domain/money.ts';
import type { ScheduledSelection } from '../src/domain/selection-view.ts';
import { countApplicationsHandler } from '../src/handlers/count-applications.ts';
import { decideApplicationHandler } from '../src/handlers/decide-application.ts';
import { listApplicationsHandler } from '../src/handlers/list-applications.ts';
import { DynamoApplicationStore } from '../src/store/dynamo-application-store.ts';
import { DynamoFundStore } from '../src/store/dynamo-fund-store.ts';
import { DynamoSelectionViewStore } from '../src/store/dynamo-selection-view-store.ts';
import { FundLedger } from '../src/store/fund-ledger.ts';
import { bodyOf, claimsOf } from './fakes.ts';
import { scratchFundTable } from './scratch-table.ts';

// The application store against DynamoDB Local, each test on a table of its own: what keeps a decision
// single and the fund from being overdrawn is DynamoDB's conditions, so they are tested on DynamoDB.
const cloud = localCloud();
const scratch: Awaited<ReturnType<typeof scratchFundTable>>[] = [];

const SELECTION: ScheduledSelection = {
  status: 'scheduled',
  selectionId: 'sel-1',
  seatId: 'E14000001',
  seatName: 'Aldershot',
  region: 'South East',
  timetableId: 'tt-1',
  resultEndsOn: '2099-12-31',
  occurredAt: '2026-05-01T09:00:00.000Z',
};

/** A fund of its own holding `availablePence`, with an open selection to apply in. */
const freshFund = async (availablePence: number) => {
  const table = await scratchFundTable(cloud);
  scratch.push(table);
  const applications = new DynamoApplicationStore(table.dynamo, { tableName: table.tableName, outboxTableName: cloud.ref('FundStoreOutbox') });
  const selections = new DynamoSelectionViewStore(table.dynamo, table.tableName);
  const funds = new DynamoFundStore(table.dynamo, { tableName: table.tableName });
  await selections.recordScheduled(SELECTION);
  if (availablePence > 0) {
    const levy = movement('levy', unitsOfPence(availablePence), {
      movementId: randomUUID(),
      effectiveOn: '2026-05-01',
      postedAt: '2026-05-01T09:00:00.000Z',
      amountPence: availablePence * 10,
      basisPoints: 1_000,
      donationId: 'd-1',
    });
    await table.dynamo.transactWrite({ TransactItems: new FundLedger(table.tableName).post(levy).items });
  }
  const apply = async (candidateId: string, amountRequestedPence = 1_000): Promise<Application> => {
    const now = new Date();
    const application = submitApplication(
      { seatId: SELECTION.seatId, groups: ['women'], purpose: 'travel', amountRequestedPence, statement: 'statement' },
      { applicationId: newApplicationId(now), candidateId, selection: SELECTION, at: now.toISOString() },
    );
    expect(await applications.submit(application)).toBe('submitted');
    return application;
  };
  return { ...table, applications, selections, funds, apply };
};

afterAll(async () => {
  await Promise.all(scratch.map((table) => table.drop()));
});

describe('DynamoApplicationStore on DynamoDB Local', () => {
  it('approves exactly 10 of 50 simultaneous approvals against a fund that can pay 10, refusing the rest with the balance', async () => {
    // Prepare: £100 available, and fifty applications asking £10 each
    const fund = await freshFund(10_000);
    const submitted: Application[] = [];
    for (let index = 0; index < 50; index++) submitted.push(await fund.apply(`cand-${index}`));
    const decide = decideApplicationHandler(fund.applications);
    // Act: fifty approvals at once, by the real handler
    const responses = await Promise.all(
      submitted.map(({ applicationId }) =>
        decide(httpEvent({ method: 'POST', claims: claimsOf('finance', 'fin-a'), pathParameters: { applicationId }, json: { decision: 'approve', amountPence: 1_000 } }), lambdaContext()),
      ),
    );
    // Assess
    const outcomes = responses.map((response) => (response.statusCode === 409 ? `409 ${JSON.stringify(bodyOf(response)['details'])}` : String(response.statusCode)));
    expect(outcomes.filter((outcome) => outcome === '200')).toHaveLength(10);
    expect(outcomes.filter((outcome) => outcome !== '200')).toStrictEqual(Array.from({ length: 40 }, () => '409 {"requestedPence":1000,"availablePence":0}'));
    const { totals } = await fund.funds.fund();
    const movements = await fund.funds.allMovements();
    expect({ available: totals.availableUnits, committed: totals.committedUnits, commitments: movements.filter((moved) => moved.kind === 'commitment').length }).toStrictEqual({
      available: 0,
      committed: unitsOfPence(10_000),
      commitments: 10,
    });
    expect(reconcile(totals, movements).balanced).toBe(true);
    const stored = await fund.applications.allApplications();
    expect(stored.filter((application) => application.status === 'approved').length).toBe(10);
  }, 120_000);

  it('saves a change once: a second change from the same version is refused, and the ledger moves only with a saved change', async () => {
    // Prepare
    const fund = await freshFund(5_000);
    const application = await fund.apply('cand-1', 3_000);
    const at = new Date().toISOString();
    const approve = decideApplication(application, { decision: 'approve', amountPence: 3_000 }, { by: 'fin-a', at, movementId: randomUUID() });
    const reject = decideApplication(application, { decision: 'reject', reason: 'no' }, { by: 'fin-b', at, movementId: randomUUID() });
    // Act
    const first = await fund.applications.save(approve.application, application.version, { ...(approve.ledger === undefined ? {} : { ledger: approve.ledger }) });
    const second = await fund.applications.save(reject.application, application.version, {});
    const again = await fund.applications.save(approve.application, application.version, { ...(approve.ledger === undefined ? {} : { ledger: approve.ledger }) });
    // Assess
    expect([first, second, again]).toStrictEqual([{ outcome: 'saved' }, { outcome: 'application-changed' }, { outcome: 'application-changed' }]);
    expect((await fund.applications.application(application.applicationId))?.status).toBe('approved');
    expect((await fund.funds.fund()).totals.committedUnits).toBe(unitsOfPence(3_000));
  });

  it('pays part of a grant and returns the rest to the fund on cancellation, the ledger reconciling throughout', async () => {
    // Prepare
    const fund = await freshFund(5_000);
    let application = await fund.apply('cand-1', 4_000);
    const step = (by: string) => ({ by, at: new Date().toISOString(), movementId: randomUUID() });
    // Act
    for (const change of [
      (current: Application) => decideApplication(current, { decision: 'approve', amountPence: 4_000 }, step('fin-a')),
      (current: Application) => disburseGrant(current, { disbursementId: 'pay-1', amountPence: 1_500 }, step('fin-b')),
      (current: Application) => cancelApproval(current, { reason: 'not selected' }, step('fin-a')),
    ]) {
      const { application: next, ledger } = change(application);
      expect(await fund.applications.save(next, application.version, { ...(ledger === undefined ? {} : { ledger }) })).toStrictEqual({ outcome: 'saved' });
      application = next;
    }
    // Assess
    const { totals } = await fund.funds.fund();
    expect({ available: totals.availableUnits, committed: totals.committedUnits, disbursed: totals.disbursedUnits }).toStrictEqual({
      available: unitsOfPence(3_500),
      committed: 0,
      disbursed: unitsOfPence(1_500),
    });
    expect(reconcile(totals, await fund.funds.allMovements()).balanced).toBe(true);
  });

  it('refuses an application to a selection cancelled since it was checked, writing nothing', async () => {
    // Prepare
    const fund = await freshFund(0);
    const now = new Date();
    const application = submitApplication(
      { seatId: SELECTION.seatId, groups: ['disabled'], purpose: 'accessibility', amountRequestedPence: 1_000, statement: 's' },
      { applicationId: newApplicationId(now), candidateId: 'cand-1', selection: SELECTION, at: now.toISOString() },
    );
    await fund.selections.recordCancelled({ status: 'cancelled', selectionId: SELECTION.selectionId, seatId: SELECTION.seatId, reason: 'withdrawn', occurredAt: now.toISOString() });
    // Act
    const outcome = await fund.applications.submit(application);
    // Assess
    expect({ outcome, stored: await fund.applications.application(application.applicationId), mine: await fund.applications.applicationsOf('cand-1') }).toStrictEqual({
      outcome: 'selection-changed',
      stored: undefined,
      mine: [],
    });
  });

  it('keeps the latest schedule of a selection and lets a cancellation win, whatever order the events arrive in', async () => {
    // Prepare
    const fund = await freshFund(0);
    const later = { ...SELECTION, selectionId: 'sel-2', resultEndsOn: '2099-11-30', occurredAt: '2026-05-03T09:00:00.000Z' };
    const earlier = { ...later, resultEndsOn: '2099-10-31', occurredAt: '2026-05-02T09:00:00.000Z' };
    const cancelled = { status: 'cancelled' as const, selectionId: 'sel-3', seatId: SELECTION.seatId, reason: 'withdrawn', occurredAt: '2026-05-02T09:00:00.000Z' };
    // Act
    const outcomes = [
      await fund.selections.recordScheduled(later),
      await fund.selections.recordScheduled(earlier),
      await fund.selections.recordScheduled(later),
      await fund.selections.recordCancelled(cancelled),
      await fund.selections.recordScheduled({ ...SELECTION, selectionId: 'sel-3', occurredAt: '2026-05-01T09:00:00.000Z' }),
      await fund.selections.recordCancelled(cancelled),
    ];
    // Assess
    expect(outcomes).toStrictEqual(['applied', 'ignored', 'ignored', 'applied', 'ignored', 'ignored']);
    expect((await fund.selections.selectionsIn(SELECTION.seatId)).sort((a, b) => a.selectionId.localeCompare(b.selectionId))).toStrictEqual([SELECTION, later, cancelled]);
    // The copy every seat's selections are searched in says exactly the same, refused writes included
    expect((await fund.selections.allSelections()).sort((a, b) => a.selectionId.localeCompare(b.selectionId))).toStrictEqual([SELECTION, later, cancelled]);
  });

  it('reads only the filtered attributes for the counts, and counts and lists by stage and region through the handlers', async () => {
    // Prepare: three applications; one approved and part paid, one rejected
    const fund = await freshFund(10_000);
    const [paid, rejected, waiting] = [await fund.apply('cand-a', 3_000), await fund.apply('cand-b'), await fund.apply('cand-c')];
    const at = new Date().toISOString();
    const approval = decideApplication(paid!, { decision: 'approve', amountPence: 3_000 }, { by: 'fin-a', at, movementId: randomUUID() });
    expect(await fund.applications.save(approval.application, paid!.version, { ...(approval.ledger === undefined ? {} : { ledger: approval.ledger }) })).toStrictEqual({ outcome: 'saved' });
    const payment = disburseGrant(approval.application, { disbursementId: 'pay-1', amountPence: 1_000 }, { by: 'fin-b', at, movementId: randomUUID() });
    expect(await fund.applications.save(payment.application, approval.application.version, { ...(payment.ledger === undefined ? {} : { ledger: payment.ledger }) })).toStrictEqual({ outcome: 'saved' });
    const refusal = decideApplication(rejected!, { decision: 'reject', reason: 'no' }, { by: 'fin-a', at, movementId: randomUUID() });
    expect(await fund.applications.save(refusal.application, rejected!.version, {})).toStrictEqual({ outcome: 'saved' });
    const finance = claimsOf('finance', 'fin-c');
    // Act
    const facets = await fund.applications.allFacets();
    const counts = await countApplicationsHandler(fund.applications)(httpEvent({ method: 'GET', claims: finance, queryStringParameters: { region: 'South East', group: 'women' } }), lambdaContext());
    const partPaid = await listApplicationsHandler(fund.applications)(httpEvent({ method: 'GET', claims: finance, queryStringParameters: { stage: 'part-paid', region: 'South East' } }), lambdaContext());
    // Assess: no statement or history came back from DynamoDB
    const facet = { seatId: SELECTION.seatId, region: 'South East', groups: ['women'], purpose: 'travel' };
    expect(facets).toStrictEqual([
      { ...facet, status: 'approved', disbursedPence: 1_000 },
      { ...facet, status: 'rejected', disbursedPence: 0 },
      { ...facet, status: 'submitted', disbursedPence: 0 },
    ]);
    expect({ status: counts.statusCode, body: bodyOf(counts) }).toStrictEqual({
      status: 200,
      body: { stages: { 'awaiting-decision': 1, 'awaiting-payment': 0, 'part-paid': 1, paid: 0, rejected: 1, withdrawn: 0, 'approval-cancelled': 0 }, total: 3 },
    });
    expect((bodyOf(partPaid)['items'] as { applicationId: string }[]).map((item) => item.applicationId)).toStrictEqual([paid!.applicationId]);
    expect(waiting!.status).toBe('submitted');
  });

  it('lists applications a page at a time, oldest first, and refuses a cursor for another partition', async () => {
    // Prepare
    const fund = await freshFund(0);
    const made: string[] = [];
    for (let index = 0; index < 5; index++) made.push((await fund.apply(`cand-${index}`)).applicationId);
    // Act
    const first = await fund.applications.page({ limit: 2, keep: (application) => application.candidateId !== 'cand-1' });
    const second = await fund.applications.page({ limit: 2, ...(first.next === undefined ? {} : { next: first.next }) });
    const forged = Buffer.from(JSON.stringify({ pk: 'CANDIDATE#cand-1', sk: 'APPLICATION#x' })).toString('base64url');
    // Assess
    expect({ first: first.items.map((item) => item.applicationId), second: second.items.map((item) => item.applicationId) }).toStrictEqual({
      first: [made[0], made[2]],
      second: [made[3], made[4]],
    });
    expect(second.next).toBeUndefined();
    await expect(fund.applications.page({ limit: 2, next: forged })).rejects.toThrow(InvalidInputError);
  });
});
