import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { CreateQueueCommand, DeleteQueueCommand, GetQueueAttributesCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { donationReceived } from '@platform/events';
import { localCloud } from '@platform/testing';
import { reconcile } from '../src/domain/fund-totals.ts';
import { DynamoFundStore } from '../src/store/dynamo-fund-store.ts';
import { scratchFundTable } from './scratch-table.ts';

const cloud = localCloud();
const CONSUMER = fileURLToPath(new URL('./crash/consume-from-queue.ts', import.meta.url));
const VISIBILITY_SECONDS = 1;

let table: Awaited<ReturnType<typeof scratchFundTable>>;
let queueUrl: string;

/** Runs one consumer process over one batch of the queue: its exit code or the signal that killed it. */
const runConsumer = (crashAfterCommit: boolean) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-warnings', CONSUMER], {
      env: {
        ...process.env,
        AWS_REGION: cloud.region,
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_ENDPOINT_URL_DYNAMODB: cloud.endpoints.dynamodb,
        AWS_ENDPOINT_URL_SQS: cloud.endpoints.sqs,
        TABLE_NAME: table.tableName,
        QUEUE_URL: queueUrl,
        DEAD_LETTER_QUEUE_URL: cloud.ref('FundInboxDeadLetterQueue'),
        POWERTOOLS_LOG_LEVEL: 'SILENT',
        CRASH_AFTER_COMMIT: crashAfterCommit ? '1' : '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, output }));
  });

const queueDepth = async () => {
  const { Attributes = {} } = await cloud.sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
  );
  return Number(Attributes['ApproximateNumberOfMessages']) + Number(Attributes['ApproximateNumberOfMessagesNotVisible']);
};

beforeAll(async () => {
  table = await scratchFundTable(cloud);
  ({ QueueUrl: queueUrl = '' } = await cloud.sqs.send(
    new CreateQueueCommand({ QueueName: `fund-crash-${randomUUID()}`, Attributes: { VisibilityTimeout: String(VISIBILITY_SECONDS) } }),
  ));
});

afterAll(async () => {
  await table.drop();
  await cloud.sqs.send(new DeleteQueueCommand({ QueueUrl: queueUrl }));
});

describe('a fund consumer killed between its writes and its acknowledgement', () => {
  it('leaves the ledger exact once the queue redelivers the batch to a restarted consumer', async () => {
    // Prepare: a rate of 3%, and three donations waiting on the queue
    const funds = new DynamoFundStore(table.dynamo, { tableName: table.tableName });
    await funds.addRate({ basisPoints: 300, effectiveFrom: '2020-01-01', setBy: 'fin-1', setAt: '2020-01-01T00:00:00.000Z' }, await funds.fund());
    const amounts = [2_500, 1_001, 333];
    await cloud.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: amounts.map((amountPence, index) => ({
          Id: String(index),
          MessageBody: JSON.stringify(donationReceived.create({ donationId: `crash-${index}`, amountPence, receivedOn: '2026-03-01', source: 'donation' }, { correlationId: 'crash' })),
        })),
      }),
    );

    // Act 1: the consumer commits its first levy and is killed before acknowledging anything
    const crashed = await runConsumer(true);
    const afterCrash = { levied: (await funds.fund()).totals.donationCount, onQueue: await queueDepth() };

    // Act 2: the messages reappear after their visibility timeout, and a new consumer takes the batch
    await new Promise((resolve) => setTimeout(resolve, VISIBILITY_SECONDS * 1_000 + 500));
    const restarted = await runConsumer(false);

    // Assess
    expect({ code: crashed.code, signal: crashed.signal }).toStrictEqual({ code: null, signal: 'SIGKILL' });
    // At least the first levy committed; not one message was acknowledged.
    expect({ committed: afterCrash.levied >= 1, onQueue: afterCrash.onQueue }).toStrictEqual({ committed: true, onQueue: 3 });
    expect({ code: restarted.code, output: restarted.output }).toStrictEqual({ code: 0, output: JSON.stringify({ received: 3, failed: 0 }) });
    expect(await queueDepth()).toBe(0);
    const { totals } = await funds.fund();
    const movements = await funds.allMovements();
    expect({ donations: totals.donationCount, raised: totals.raisedPence, levied: totals.leviedUnits, movements: movements.length }).toStrictEqual({
      donations: 3,
      raised: 3_834,
      levied: 3_834 * 300,
      movements: 3,
    });
    expect(reconcile(totals, movements)).toStrictEqual({ balanced: true, movementCount: 3, unbalancedMovementIds: [], entriesSum: 0, differences: [] });
  });
});
