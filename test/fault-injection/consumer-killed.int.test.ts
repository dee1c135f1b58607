import { randomUUID } from 'node:crypto';
import { GetQueueAttributesCommand, SetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually, localCloud } from '@platform/testing';

// The fund's inbox consumer killed mid-batch, through the local cloud's fault injection. Its records are handled
// side by side (Powertools' batch processor), so a kill after the nth levy's answer comes when every other levy has
// been sent too and they all commit; the kill is therefore as the third levy's transaction is about to be sent: the
// levies sent before it commit, the rest never leave, and none of the batch is acknowledged. The whole batch comes back after the queue's visibility timeout and the inbox records make the
// committed part a no-op. The fault is scoped to the consumer and cleared after; donations have ids of this run.
const cloud = localCloud();
const CONSUMER = 'FundFundInboxConsumer';
const run = randomUUID().slice(0, 8);
const RATE = { basisPoints: 300, effectiveFrom: '2020-01-01' };
const COUNT = 12;
const receivedOn = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
// The template's 180 s is what Lambda needs; a crashed batch here should come back in seconds. In flight,
// each message keeps the timeout it was received with, so the shared queue is only shortened meanwhile.
const SHORT_VISIBILITY = '5';
let queueUrl: string;
let visibility: string;
let finance: string;
let faultId: string | undefined;

beforeAll(async () => {
  finance = await cloud.token('finance', 'fin-faults');
  queueUrl = cloud.ref('FundInboxQueue');
  const { Attributes = {} } = await cloud.sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['VisibilityTimeout'] }));
  visibility = Attributes['VisibilityTimeout'] ?? '180';
});

afterAll(async () => {
  if (faultId) await cloud.clearFault(faultId);
  await cloud.sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { VisibilityTimeout: visibility } }));
});

interface Movement {
  kind: string;
  donationId?: string;
}

/** Every levy movement of this run's donations, read through the API's ledger, page by page. */
const leviesOfThisRun = async (): Promise<string[]> => {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const query = `from=${receivedOn}&to=${receivedOn}&limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { status, body } = await cloud.request('GET', `/fund/ledger?${query}`, { token: finance });
    expect(status).toBe(200);
    const page = body as { movements: Movement[]; nextCursor?: string };
    ids.push(...page.movements.filter((movement) => movement.kind === 'levy' && movement.donationId?.startsWith(`${run}-`)).map((movement) => movement.donationId ?? ''));
    cursor = page.nextCursor;
  } while (cursor);
  return ids.sort();
};

describe("the fund's inbox consumer killed mid-batch", () => {
  it('levies every donation exactly once, and the fund reconciles, after a batch is cut short with some levies committed', async () => {
    // Prepare: the rate every fund suite sets, a short visibility timeout, and the consumer's third levy fatal as it is sent
    expect([200, 201]).toContain((await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: RATE })).status);
    await cloud.sqs.send(new SetQueueAttributesCommand({ QueueUrl: queueUrl, Attributes: { VisibilityTimeout: SHORT_VISIBILITY } }));
    const fault = await cloud.injectFault({ functionLogicalId: CONSUMER, at: 'before-call', call: 'DynamoDB_20120810.TransactWriteItems', nth: 3 });
    faultId = fault.id;
    const donationIds = Array.from({ length: COUNT }, (_, index) => `${run}-${String(index).padStart(2, '0')}`);
    const csv = ['donationId,amountPence,receivedOn,source', ...donationIds.map((donationId, index) => `${donationId},${1_000 + index},${receivedOn},donation`)].join('\n');

    // Act: one import, so the consumer takes the donations in batches
    const imported = await cloud.request('POST', '/fund/donations/import', { token: finance, body: csv, headers: { 'content-type': 'text/csv' } });
    expect({ status: imported.status, body: imported.body }).toStrictEqual({ status: 202, body: { enqueued: COUNT, rejected: [] } });
    const fired = await eventually(async () => (await cloud.faults(fault.id))[0]?.fired[0], { what: 'the fault to fire', timeoutMs: 30_000 });
    const leviedAtCrash = (await leviesOfThisRun()).length;

    // Assess: the environment died mid-batch, part of it committed
    expect({ point: fired.point, call: fired.call, consumer: fired.functionLogicalId.startsWith(CONSUMER) }).toStrictEqual({
      point: 'before-call',
      call: 'DynamoDB_20120810.TransactWriteItems',
      consumer: true,
    });
    expect(leviedAtCrash).toBeLessThan(COUNT);
    // Assess: once redelivered, every donation is levied exactly once, at 3%
    const levied = await eventually(
      async () => {
        const ids = await leviesOfThisRun();
        return ids.length >= COUNT ? ids : undefined;
      },
      { what: `${COUNT} donations of run ${run} to be levied`, timeoutMs: 60_000 },
    );
    expect(levied).toStrictEqual(donationIds);
    for (const [index, donationId] of donationIds.entries()) {
      const { body } = await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance });
      expect((body as { amountPence: number; levy: { rate: unknown } })).toMatchObject({ amountPence: 1_000 + index, levy: { rate: RATE } });
    }
    const reconciliation = await cloud.request('GET', '/fund/reconciliation', { token: finance });
    expect(reconciliation.status).toBe(200);
    expect((reconciliation.body as { balanced: boolean; differences: unknown[] })).toMatchObject({ balanced: true, differences: [] });
  }, 120_000);
});
