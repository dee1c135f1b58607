// `pnpm bench:levy`: pushes 10,000 donations through the fund's queue on the local cloud and measures
// how fast they are levied and what each costs in DynamoDB, against a baseline measured in the same run
// on the same emulator: the levy's own exactly-once write (the fund store's 4-item TransactWriteItems)
// issued directly, as often and as many at a time as the pipeline can have in flight.
//
// DynamoDB Local sits behind a counting proxy (dynamodb-counter.ts), and the local cloud is started with
// that proxy as its DynamoDB endpoint, so the counts include every retry and refused transaction.
import { randomUUID } from 'node:crypto';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { donationReceived } from '@platform/events';
import { localCloud, startLocalCloudProcess } from '@platform/testing';
import { freePort, startDynamoDbLocal } from '@platform/local-cloud';
import { calendarDateOf } from '../src/domain/dates.ts';
import { receiveDonation } from '../src/domain/donation.ts';
import type { LevyRate } from '../src/domain/levy-rate.ts';
import type { RateGuard } from '../src/store/fund-store.ts';
import { baselineStore, peakConsumerEnvironments, sqsDrain } from './levy-baseline.ts';
import { addCounts, emptyCounts, startDynamoDbCounter, type DynamoDbCounts } from './dynamodb-counter.ts';

const DONATIONS = 10_000;
const RATE_BPS = 300;
// The local cloud runs up to POLLERS batches of the fund inbox at once (its pollers scale with the backlog),
// each of up to 10 records, which the consumer levies concurrently. The baseline gets as many writes at once
// as the consumer's busiest moment had (read from the local cloud), or POLLERS x BATCH_SIZE.
const POLLERS = 5;
const BATCH_SIZE = 10;
const ROUNDS = 4;
const PER_ROUND = DONATIONS / ROUNDS;

// A fixed sequence of amounts (1p to £1,000), from a seeded xorshift, so that runs are comparable.
const amounts = (() => {
  let state = 20_261_125;
  return Array.from({ length: DONATIONS }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return 1 + ((state >>> 0) % 100_000);
  });
})();

const seconds = (ms: number) => (ms / 1_000).toFixed(1);

console.log('bench:levy: starting DynamoDB Local behind a counting proxy, then the local cloud…');
const dynamodbLocal = await startDynamoDbLocal({ port: await freePort() });
const counter = await startDynamoDbCounter(dynamodbLocal.endpoint);
const cloudProcess = await startLocalCloudProcess({ name: 'bench-levy', env: { AWS_ENDPOINT_URL_DYNAMODB: counter.endpoint } });

try {
  const cloud = localCloud();
  const finance = await cloud.token('finance', 'bench');
  const today = calendarDateOf(new Date());
  const rate = await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: { basisPoints: RATE_BPS, effectiveFrom: '2020-01-01' } });
  if (rate.status !== 201) throw new Error(`setting the rate failed: ${rate.status} ${JSON.stringify(rate.body)}`);
  // One donation first, so that the consumer's cold start is not in the figures.
  const warmUp = donationReceived.create({ donationId: 'warm-up', amountPence: 100, receivedOn: today, source: 'other' }, { correlationId: 'bench' });
  await cloud.sqs.send(new SendMessageBatchCommand({ QueueUrl: cloud.ref('FundInboxQueue'), Entries: [{ Id: '0', MessageBody: JSON.stringify(warmUp) }] }));
  const fundTable = cloud.ref('FundStoreTable');
  const donationCount = async () => {
    const { Item } = await cloud.dynamodb.send(new GetItemCommand({ TableName: fundTable, Key: { pk: { S: 'FUND' }, sk: { S: 'FUND' } }, ConsistentRead: true }));
    return Number(Item?.['donationCount']?.N ?? 0);
  };
  while ((await donationCount()) < 1) await new Promise((resolve) => setTimeout(resolve, 100));

  // The baseline's table, rate and warm-up, before any timing.
  const baseline = await baselineStore(cloud.dynamodb, fundTable);
  await baseline.addRate({ basisPoints: RATE_BPS, effectiveFrom: '2020-01-01', setBy: 'bench', setAt: new Date().toISOString() }, await baseline.fund());
  const levyDirectly = async (index: number, state: RateGuard & { rates: LevyRate[] }) => {
    const eventId = randomUUID();
    const data = { donationId: `baseline-${index}`, amountPence: index < 0 ? 100 : amounts[index]!, receivedOn: today, source: 'donation' as const };
    const levied = receiveDonation(data, { rates: state.rates, eventId, movementId: randomUUID(), now: new Date() });
    const outcome = await baseline.recordDonation(levied, state, { consumer: 'bench-baseline', eventId });
    if (outcome !== 'recorded') throw new Error(`the baseline's levy of ${data.donationId} was ${outcome}`);
  };
  await levyDirectly(-1, await baseline.fund());
  const rated = await baseline.fund();

  // The two are measured in alternating rounds, so that whatever else the machine does falls on both alike.
  // Pipeline: enqueue a round's donations (10 a batch, 10 batches at a time) and wait until all are levied.
  // Baseline: the levy's own exactly-once write, issued directly: the fund store's recordDonation (one
  // TransactWriteItems of 4 items: the donation, the ledger movement, the fund's totals, the inbox record)
  // on a fresh table made like the fund's, as many at a time as the pipeline had in flight, with the same
  // retries of conflicts on the one totals item. What the pipeline adds is SQS receive and delete, the
  // envelope's parsing and the hop to a worker; the SQS drain after measures the first of these alone.
  const pipelineCounts = emptyCounts();
  const directCounts = emptyCounts();
  let levyMs = 0;
  let enqueuedMs = 0;
  let directMs = 0;
  let concurrency = POLLERS * BATCH_SIZE;
  for (let round = 0; round < ROUNDS; round++) {
    const first = round * PER_ROUND;
    console.log(`bench:levy: round ${round + 1} of ${ROUNDS}: ${PER_ROUND} donations through the fund queue…`);
    counter.reset();
    const levyStart = Date.now();
    const batches = Array.from({ length: PER_ROUND / 10 }, (_, batch) =>
      amounts.slice(first + batch * 10, first + batch * 10 + 10).map((amountPence, offset) => ({
        Id: String(offset),
        MessageBody: JSON.stringify(
          donationReceived.create({ donationId: `bench-${first + batch * 10 + offset}`, amountPence, receivedOn: today, source: 'donation' }, { correlationId: 'bench' }),
        ),
      })),
    );
    for (let start = 0; start < batches.length; start += 10) {
      await Promise.all(batches.slice(start, start + 10).map((Entries) => cloud.sqs.send(new SendMessageBatchCommand({ QueueUrl: cloud.ref('FundInboxQueue'), Entries }))));
    }
    enqueuedMs += Date.now() - levyStart;
    for (let count = await donationCount(); count < first + PER_ROUND + 1; count = await donationCount()) {
      if (Date.now() - levyStart > 600_000) throw new Error(`only ${count - 1 - first} of round ${round + 1}'s ${PER_ROUND} donations were levied in 10 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    levyMs += Date.now() - levyStart;
    addCounts(pipelineCounts, counter.counts());
    // As many writes at once as the pipeline had: its consumer's busiest moment, a batch per environment.
    const peak = await peakConsumerEnvironments(cloud, 'FundFundInboxConsumer');
    if (peak !== undefined) concurrency = peak * BATCH_SIZE;

    console.log(`bench:levy: round ${round + 1} of ${ROUNDS}: ${PER_ROUND} levies written directly, ${concurrency} at a time…`);
    counter.reset();
    const directStart = Date.now();
    let next = first;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let index = next++; index < first + PER_ROUND; index = next++) await levyDirectly(index, rated);
      }),
    );
    directMs += Date.now() - directStart;
    addCounts(directCounts, counter.counts());
  }

  // Check the result: every pound levied exactly, the ledger reconciled.
  const { body: balance } = await cloud.request('GET', '/fund/balance', { token: finance });
  const expectedUnits = (amounts.reduce((sum, amount) => sum + amount, 0) + 100) * RATE_BPS;
  const reconciled = await cloud.request('GET', '/fund/reconciliation', { token: finance });

  // Where the rest goes: SQS alone, the same number of messages drained by receive and batch delete.
  const drainMs = await sqsDrain(cloud.sqs, DONATIONS, POLLERS);

  const levyRate = DONATIONS / (levyMs / 1_000);
  const directRate = DONATIONS / (directMs / 1_000);
  const drainRate = DONATIONS / (drainMs / 1_000);
  const perDonation = (counts: DynamoDbCounts) => {
    const transactions = counts.requests['TransactWriteItems'] ?? 0;
    const refused = Object.values(counts.refusals).reduce((sum, count) => sum + count, 0);
    return `${(counts.itemWritesAttempted / DONATIONS).toFixed(2)} item writes attempted, ${((counts.itemWritesAttempted - counts.itemWritesRefused) / DONATIONS).toFixed(2)} committed; TransactWriteItems ${(transactions / DONATIONS).toFixed(3)} (refused: ${refused} ${JSON.stringify(counts.refusals)})`;
  };
  const ms = (rate: number) => (1_000 / rate).toFixed(2);
  console.log(
    [
      '',
      `Levy through the queue (the local cloud: up to ${POLLERS} batches of ${BATCH_SIZE} at once, the records of a batch levied concurrently)`,
      `  donations levied              ${DONATIONS} in ${seconds(levyMs)} s (all enqueued after ${seconds(enqueuedMs)} s)`,
      `  donations per second          ${levyRate.toFixed(1)}`,
      `  per donation                  ${perDonation(pipelineCounts)}`,
      `  DynamoDB reads/donation       ${(((pipelineCounts.requests['GetItem'] ?? 0) + (pipelineCounts.requests['Query'] ?? 0)) / DONATIONS).toFixed(3)} (GetItem ${pipelineCounts.requests['GetItem'] ?? 0}, Query ${pipelineCounts.requests['Query'] ?? 0}; includes this bench's own polling of the totals)`,
      `  all DynamoDB requests         ${JSON.stringify(pipelineCounts.requests)}`,
      `Baseline: the levy's own write, directly (the fund store's 4-item TransactWriteItems, ${concurrency} at a time, same emulator and proxy)`,
      `  levies per second             ${directRate.toFixed(1)} (${DONATIONS} in ${seconds(directMs)} s)`,
      `  per donation                  ${perDonation(directCounts)}`,
      `SQS alone: ${DONATIONS} messages drained by ${POLLERS} loops of receive 10 + batch delete`,
      `  messages per second           ${drainRate.toFixed(1)} (${DONATIONS} in ${seconds(drainMs)} s)`,
      `Ratio`,
      `  pipeline : direct write       ${(levyRate / directRate).toFixed(3)}`,
      `  where the time goes           ${ms(levyRate)} ms a donation through the pipeline, ${ms(directRate)} ms its write alone; the other ${(1_000 / levyRate - 1_000 / directRate).toFixed(2)} ms is SQS receive and delete (${ms(drainRate)} ms a message alone), the envelope, the hop to a worker, and each batch waiting for its slowest levy before its poller receives again`,
      `Check`,
      `  levied exactly                ${(balance as { exact: { leviedPence: string } }).exact.leviedPence}p, expected ${(expectedUnits / 10_000).toFixed(4)}p`,
      reconciled.status === 200
        ? `  reconciliation                balanced=${String((reconciled.body as { balanced: boolean }).balanced)}, movements=${String((reconciled.body as { movementCount: number }).movementCount)}`
        : `  reconciliation                not read: GET /fund/reconciliation answered ${reconciled.status} (it reads every movement, ${DONATIONS * 2 + 2} of them here)`,
    ].join('\n'),
  );
} finally {
  await cloudProcess.stop();
  await counter.close();
  await dynamodbLocal.stop();
}
