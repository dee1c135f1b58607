import { randomInt, randomUUID } from 'node:crypto';
import { GetItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { selectionScheduled } from '@platform/events';
import { eventually, localCloud } from '@platform/testing';
import { addDays, calendarDateOf } from '../src/domain/dates.ts';

// The retention schedule through the local cloud: applications made through the API, then aged in the
// table as if made years ago (the schedule erases only what is past its period, and a test cannot wait a
// year), then the rule run now as EventBridge would run it. Other files share this cloud, so the report is
// read for a month only this file's applications are in, and the ledger by this file's application ids.
const cloud = localCloud();
const run = randomUUID().slice(0, 8);
const today = calendarDateOf(new Date());
const seatId = `E96${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
const selectionId = randomUUID();
// A month long past that no other file's applications are in: 1990 to 2009, by chance.
const month = `${1990 + randomInt(0, 20)}-${String(randomInt(1, 13)).padStart(2, '0')}`;
const RATE = { basisPoints: 300, effectiveFrom: '2020-01-01' };
const STATEMENT = `My statement ${run}: I am deaf and need a BSL interpreter at every hustings.`;
const DESCRIBED_AS = `a described identity ${run}`;
const KEPT_STATEMENT = `Kept statement ${run}: still undecided.`;

const tokens = { financeA: '', financeB: '' };
const candidate = (index: number) => cloud.token('candidate', `privacy-${run}-${index}`);
const documents = DynamoDBDocumentClient.from(cloud.dynamodb);
const table = () => cloud.ref('FundStoreTable');

const phases = () =>
  (['freeze', 'nominations', 'applications', 'shortlisting', 'hustings-and-ballot', 'result'] as const).map((name, index) => ({
    name,
    start: addDays(today, 30 + index * 14),
    end: addDays(today, 43 + index * 14),
  }));

/** Rewrites an item as if its dates were in `month`: what the table would hold had it all happened then. */
const age = async (key: { pk: string; sk: string }, change: (item: Record<string, unknown>) => Record<string, unknown>) => {
  const { Item } = await documents.send(new GetCommand({ TableName: table(), Key: key, ConsistentRead: true }));
  if (Item === undefined) throw new Error(`no item ${key.pk} ${key.sk}`);
  await documents.send(new PutCommand({ TableName: table(), Item: change(Item) }));
};
const inMonth = (day: number, hour = 10) => `${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

interface FinanceView {
  applicationId: string;
  status: string;
  groups: string[];
  describedAs?: string;
  statement: string;
  approvedPence: number;
  disbursedPence: number;
  releasedPence: number;
  history: { at: string; action: string; outcome: string; reason: string | null; amountPence: number | null; by: string }[];
  disbursements: unknown[];
  erasure?: { at: string; reason: string };
}
const read = async (applicationId: string) => (await cloud.request('GET', `/fund/applications/${applicationId}`, { token: tokens.financeA })).body as FinanceView;
const reportFor = async () => {
  const { body } = await cloud.request('GET', `/fund/reports/diversity?from=${month}&to=${month}`, { token: tokens.financeA });
  const { generatedAt: _generatedAt, ...report } = body as Record<string, unknown>;
  return report;
};
const ledgerOf = async (applicationIds: string[]) => {
  const movements: { applicationId?: string }[] = [];
  let cursor: string | undefined;
  do {
    const { body } = await cloud.request('GET', `/fund/ledger?from=${today}&to=${today}&limit=100${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`, { token: tokens.financeA });
    const page = body as { movements: { applicationId?: string }[]; nextCursor?: string };
    movements.push(...page.movements);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return movements.filter((movement) => movement.applicationId !== undefined && applicationIds.includes(movement.applicationId));
};

const ids = { rejected: [] as string[], withdrawn: '', paid: '', cancelled: '', undecided: '' };

beforeAll(async () => {
  tokens.financeA = await cloud.token('finance', `privacy-fin-a-${run}`);
  tokens.financeB = await cloud.token('finance', `privacy-fin-b-${run}`);
  // Money for two grants, levied at the shared fund's one rate
  await cloud.request('PUT', '/fund/levy-rates', { token: tokens.financeA, body: RATE });
  const donationId = `privacy-${run}`;
  await cloud.request('POST', '/fund/donations', { token: tokens.financeA, body: { donationId, amountPence: 2_000_000, receivedOn: today, source: 'fundraising' } });
  await eventually(async () => ((await cloud.request('GET', `/fund/donations/${donationId}`, { token: tokens.financeA })).status === 200 ? true : undefined), {
    what: `donation ${donationId} to be levied`,
  });
  // A selection, straight onto the fund's inbox
  const scheduled = selectionScheduled.create(
    { selectionId, seatId, seatName: `Privacy Test ${run}`, nation: 'England', region: `Privacy Region ${run}`, timetableId: randomUUID(), phases: phases() },
    { correlationId: run },
  );
  await cloud.sqs.send(new SendMessageCommand({ QueueUrl: cloud.ref('FundInboxQueue'), MessageBody: JSON.stringify(scheduled) }));
  await eventually(
    async () =>
      (await cloud.dynamodb.send(new GetItemCommand({ TableName: table(), Key: { pk: { S: `SEAT#${seatId}` }, sk: { S: `SELECTION#${selectionId}` } }, ConsistentRead: true }))).Item,
    { what: `the fund to see the selection in ${seatId}` },
  );
  // Six applications by six candidates, all from disabled candidates (five finished in every way, one not)
  const apply = async (index: number, statement = STATEMENT) => {
    const { status, body } = await cloud.request('POST', '/fund/applications', {
      token: await candidate(index),
      body: { seatId, groups: ['disabled', 'prefer-to-describe'], describedAs: DESCRIBED_AS, purpose: 'accessibility', amountRequestedPence: 30_000, statement },
    });
    if (status !== 201) throw new Error(`could not apply: ${status} ${JSON.stringify(body)}`);
    return (body as { applicationId: string }).applicationId;
  };
  const [first, second, withdrawn, paid, cancelled, undecided] = [await apply(0), await apply(1), await apply(2), await apply(3), await apply(4), await apply(5, KEPT_STATEMENT)] as string[];
  Object.assign(ids, { rejected: [first, second], withdrawn, paid, cancelled, undecided });
  const finance = (path: string, token: string, body: unknown) => cloud.request('POST', path, { token, body });
  for (const id of ids.rejected) await finance(`/fund/applications/${id}/decision`, tokens.financeA, { decision: 'reject', reason: 'Another applicant had the stronger case.' });
  await cloud.request('POST', `/fund/applications/${withdrawn}/withdraw`, { token: await candidate(2), body: { reason: 'I stood down.' } });
  await finance(`/fund/applications/${paid}/decision`, tokens.financeA, { decision: 'approve', amountPence: 30_000 });
  await finance(`/fund/applications/${paid}/disbursements`, tokens.financeB, { amountPence: 30_000 });
  await finance(`/fund/applications/${cancelled}/decision`, tokens.financeA, { decision: 'approve', amountPence: 20_000 });
  await finance(`/fund/applications/${cancelled}/disbursements`, tokens.financeB, { amountPence: 5_000 });
  await finance(`/fund/applications/${cancelled}/cancel-approval`, tokens.financeB, { reason: 'The candidate was not shortlisted.' });
  // Aged: every step in the month, and the selection over at its end, far more than 12 months ago
  for (const id of [...ids.rejected, withdrawn, paid, cancelled, undecided]) {
    await age({ pk: 'APPLICATIONS', sk: `APPLICATION#${id}` }, (item) => {
      const history = (item['history'] as { at: string }[]).map((step, index) => ({ ...step, at: inMonth(2 + index) }));
      return { ...item, submittedAt: inMonth(2), history, ...(item['decidedAt'] === undefined ? {} : { decidedAt: inMonth(3) }) };
    });
  }
  for (const key of [{ pk: `SEAT#${seatId}`, sk: `SELECTION#${selectionId}` }, { pk: 'SELECTIONS', sk: `SELECTION#${selectionId}` }]) {
    await age(key, (item) => ({ ...item, resultEndsOn: `${month}-28` }));
  }
}, 120_000);

describe('the scheduled erasure of special category data, through the local cloud', () => {
  it('erases every finished application past its period when the rule runs, keeping what finance keeps, the ledger, the report and an audit', async () => {
    // Prepare: what finance sees, the grants' movements, the month's report and the reconciliation
    const erasable = [...ids.rejected, ids.withdrawn, ids.paid, ids.cancelled];
    const before = await Promise.all(erasable.map(read));
    const ledgerBefore = await ledgerOf(erasable);
    const reportBefore = await reportFor();
    expect((reportBefore['byGroup'] as { group: string; applications: unknown }[]).find(({ group }) => group === 'disabled')?.applications).toBe(6);

    // Act: the rule, now
    const fired = await cloud.runRule('EraseExpiredApplicationsSchedule');
    const again = await cloud.runRule('EraseExpiredApplicationsSchedule');

    // Assess: it ran once to effect; the second run found nothing due
    expect(fired.status).toBe(200);
    expect(fired.body.targets.map(({ functionLogicalId, outcome }) => ({ fn: functionLogicalId.startsWith('FundEraseExpiredApplications'), outcome }))).toStrictEqual([
      { fn: true, outcome: { ok: true, result: { due: 5, erased: 5 } } },
    ]);
    expect(again.body.targets.map(({ outcome }) => outcome)).toStrictEqual([{ ok: true, result: { due: 0, erased: 0 } }]);

    // Assess: each reads back without its special category data, everything else as it was
    const after = await Promise.all(erasable.map(read));
    for (const [index, view] of after.entries()) {
      const { groups: _groups, describedAs: _describedAs, statement: _statement, ...kept } = before[index] as FinanceView;
      const { groups, describedAs, statement, erasure, ...rest } = view;
      expect({ groups, describedAs, statement, erasure }).toStrictEqual({ groups: [], describedAs: undefined, statement: '', erasure: { at: expect.any(String), reason: 'retention-period-ended' } });
      expect(rest).toStrictEqual(kept);
    }
    expect(after.map(({ status }) => status)).toStrictEqual(['rejected', 'rejected', 'withdrawn', 'disbursed', 'cancelled']);
    const undecided = await read(ids.undecided);
    expect({ status: undecided.status, statement: undecided.statement, groups: undecided.groups, erasure: undecided.erasure }).toStrictEqual({
      status: 'submitted',
      statement: KEPT_STATEMENT,
      groups: ['disabled', 'prefer-to-describe'],
      erasure: undefined,
    });

    // Assess: the ledger and reconciliation, and the report's counts, unchanged
    expect(await ledgerOf(erasable)).toStrictEqual(ledgerBefore);
    const { body: reconciliation } = await cloud.request('GET', '/fund/reconciliation', { token: tokens.financeA });
    expect(reconciliation).toMatchObject({ settled: true, balanced: true, entriesSum: 0, differences: [] });
    expect(await reportFor()).toStrictEqual(reportBefore);

    // Assess: an audit record per erasure, by the schedule, without the data
    const audit: { applicationId: string; by: string; reason: string; data: string; fields: string[]; withdrawn: boolean }[] = [];
    let next: string | null = null;
    do {
      const { body } = await cloud.request('GET', `/fund/erasures?limit=2${next === null ? '' : `&next=${next}`}`, { token: tokens.financeA });
      const page = body as { items: typeof audit; next: string | null };
      audit.push(...page.items);
      next = page.next;
    } while (next !== null);
    expect(
      audit
        .filter(({ applicationId }) => erasable.includes(applicationId))
        .map(({ applicationId, by, reason, data, fields, withdrawn }) => ({ applicationId, by, reason, data, fields, withdrawn }))
        .sort((a, b) => a.applicationId.localeCompare(b.applicationId)),
    ).toStrictEqual(
      [...erasable].sort().map((applicationId) => ({ applicationId, by: 'schedule', reason: 'retention-period-ended', data: 'special-category', fields: ['groups', 'describedAs', 'statement'], withdrawn: false })),
    );

    // Assess: a full scan of the fund's table finds the erased words nowhere, and the kept ones still
    const items: Record<string, AttributeValue>[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await cloud.dynamodb.send(new ScanCommand({ TableName: table(), ConsistentRead: true, ExclusiveStartKey: startKey }));
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    const everything = JSON.stringify(items);
    expect({ statement: everything.includes(STATEMENT), describedAs: everything.split(DESCRIBED_AS).length - 1, kept: everything.includes(KEPT_STATEMENT) }).toStrictEqual({
      statement: false,
      // Only the undecided application still holds it
      describedAs: 1,
      kept: true,
    });
  }, 120_000);
});
