// `pnpm bench:levy`: pushes 10,000 donations through the fund's queue on the local cloud and measures
// how fast they are levied and what each costs in DynamoDB, against a baseline measured in the same run
// on the same emulator: the same number of plain PutItem calls, at the consumer's concurrency.
//
// DynamoDB Local sits behind a counting proxy (dynamodb-counter.ts), and the local cloud is started with
// that proxy as its DynamoDB endpoint, so the counts include every retry and refused transaction.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { donationReceived } from '@platform/events';
import { localCloud } from '@platform/testing';
import { freePort, startDynamoDbLocal } from '@platform/local-cloud';
import { calendarDateOf } from '../src/domain/dates.ts';
import { startDynamoDbCounter } from './dynamodb-counter.ts';

const DONATIONS = 10_000;
const RATE_BPS = 300;
// The local cloud runs 2 pollers for the fund inbox, each invoking the consumer with up to 10 records,
// which it levies concurrently: at most 20 writes in flight. The baseline gets the same.
const CONCURRENCY = 20;
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

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

const stateDir = mkdtempSync(join(tmpdir(), 'bench-levy-'));
const readyFile = join(stateDir, 'ready.json');
console.log('bench:levy: starting DynamoDB Local behind a counting proxy, then the local cloud…');
const dynamodbLocal = await startDynamoDbLocal({ port: await freePort() });
const counter = await startDynamoDbCounter(dynamodbLocal.endpoint);
const cloudProcess = spawn(
  process.execPath,
  ['packages/local-cloud/bin/local-cloud.mjs', 'start', '--in-memory', '--port', '0', '--state-dir', stateDir, '--ready-file', readyFile],
  { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, AWS_ENDPOINT_URL_DYNAMODB: counter.endpoint, LOCAL_LOG_LEVEL: 'ERROR' } },
);

try {
  const started = Date.now();
  while (!existsSync(readyFile)) {
    if (cloudProcess.exitCode !== null) throw new Error(`the local cloud exited with ${cloudProcess.exitCode}`);
    if (Date.now() - started > 180_000) throw new Error('the local cloud was not ready within 180 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.env.LOCAL_CLOUD_READY_FILE = readyFile;
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

  // Levy: enqueue every donation (10 a batch, 10 batches at a time) and wait until all are levied.
  console.log(`bench:levy: pushing ${DONATIONS} donations through the fund queue…`);
  counter.reset();
  const levyStart = Date.now();
  const batches = Array.from({ length: DONATIONS / 10 }, (_, batch) =>
    amounts.slice(batch * 10, batch * 10 + 10).map((amountPence, offset) => ({
      Id: String(offset),
      MessageBody: JSON.stringify(
        donationReceived.create({ donationId: `bench-${batch * 10 + offset}`, amountPence, receivedOn: today, source: 'donation' }, { correlationId: 'bench' }),
      ),
    })),
  );
  for (let start = 0; start < batches.length; start += 10) {
    await Promise.all(batches.slice(start, start + 10).map((Entries) => cloud.sqs.send(new SendMessageBatchCommand({ QueueUrl: cloud.ref('FundInboxQueue'), Entries }))));
  }
  const enqueuedMs = Date.now() - levyStart;
  for (let count = await donationCount(); count < DONATIONS + 1; count = await donationCount()) {
    if (Date.now() - levyStart > 900_000) throw new Error(`only ${count - 1} of ${DONATIONS} donations were levied in 15 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const levyMs = Date.now() - levyStart;
  const levyCounts = counter.counts();

  // Check the result: every pound levied exactly, the ledger reconciled.
  const { body: balance } = await cloud.request('GET', '/fund/balance', { token: finance });
  const expectedUnits = (amounts.reduce((sum, amount) => sum + amount, 0) + 100) * RATE_BPS;
  const { body: reconciliation } = await cloud.request('GET', '/fund/reconciliation', { token: finance });

  // Baseline: the same number of plain PutItem calls on the same emulator, CONCURRENCY at a time.
  const baselineTable = `bench-baseline-${randomUUID()}`;
  await cloud.dynamodb.send(
    new CreateTableCommand({
      TableName: baselineTable,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    }),
  );
  console.log(`bench:levy: ${DONATIONS} plain PutItem calls for the baseline…`);
  const putStart = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let index = next++; index < DONATIONS; index = next++) {
        await cloud.dynamodb.send(
          new PutItemCommand({ TableName: baselineTable, Item: { pk: { S: `put-${index}` }, amountPence: { N: String(amounts[index]) }, receivedOn: { S: today } } }),
        );
      }
    }),
  );
  const putMs = Date.now() - putStart;

  const levyRate = DONATIONS / (levyMs / 1_000);
  const putRate = DONATIONS / (putMs / 1_000);
  const transactions = levyCounts.requests['TransactWriteItems'] ?? 0;
  const refusedTransactions = Object.values(levyCounts.refusals).reduce((sum, count) => sum + count, 0);
  console.log(
    [
      '',
      `Levy through the queue (local cloud: 2 pollers x batches of 10, records of a batch levied concurrently)`,
      `  donations levied              ${DONATIONS} in ${seconds(levyMs)} s (all enqueued after ${seconds(enqueuedMs)} s)`,
      `  donations per second          ${levyRate.toFixed(1)}`,
      `  DynamoDB item writes/donation ${(levyCounts.itemWritesAttempted / DONATIONS).toFixed(2)} attempted, ${((levyCounts.itemWritesAttempted - levyCounts.itemWritesRefused) / DONATIONS).toFixed(2)} committed` +
        ` (TransactWriteItems: ${(transactions / DONATIONS).toFixed(3)} per donation; refused: ${refusedTransactions} ${JSON.stringify(levyCounts.refusals)})`,
      `  DynamoDB reads/donation       ${(((levyCounts.requests['GetItem'] ?? 0) + (levyCounts.requests['Query'] ?? 0)) / DONATIONS).toFixed(3)} (GetItem ${levyCounts.requests['GetItem'] ?? 0}, Query ${levyCounts.requests['Query'] ?? 0}; includes this bench's own polling of the totals)`,
      `  all DynamoDB requests         ${JSON.stringify(levyCounts.requests)}`,
      `Baseline on the same emulator, through the same counting proxy`,
      `  plain PutItem per second      ${putRate.toFixed(1)} (${DONATIONS} in ${seconds(putMs)} s, ${CONCURRENCY} at a time)`,
      `Ratio`,
      `  donations/s : PutItem/s       ${(levyRate / putRate).toFixed(3)}  (item writes/s while levying : PutItem/s = ${((levyRate * (levyCounts.itemWritesAttempted - levyCounts.itemWritesRefused)) / DONATIONS / putRate).toFixed(3)})`,
      `Check`,
      `  levied exactly                ${(balance as { exact: { leviedPence: string } }).exact.leviedPence}p, expected ${(expectedUnits / 10_000).toFixed(4)}p`,
      `  reconciliation                balanced=${String((reconciliation as { balanced: boolean }).balanced)}, movements=${String((reconciliation as { movementCount: number }).movementCount)}`,
    ].join('\n'),
  );
} finally {
  cloudProcess.kill('SIGTERM');
  await new Promise((resolve) => (cloudProcess.exitCode !== null ? resolve(undefined) : cloudProcess.once('exit', resolve)));
  await counter.close();
  await dynamodbLocal.stop();
  rmSync(stateDir, { recursive: true, force: true });
}
