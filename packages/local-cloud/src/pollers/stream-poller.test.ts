import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateTableCommand, DeleteItemCommand, DynamoDBClient, PutItemCommand, UpdateItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { DescribeStreamCommand, DynamoDBStreamsClient, ExpiredIteratorException } from '@aws-sdk/client-dynamodb-streams';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { pollerFixture, RecordingPool, sleep, waitFor } from '../../test/poller-harness.ts';
import { startDynamoDbLocal, type RunningEmulator } from '../emulators/dynamodb-local.ts';
import { startFauxqs } from '../emulators/fauxqs.ts';
import { freePort } from '../emulators/free-port.ts';
import { localCredentials } from '../emulators/local-credentials.ts';
import type { StreamMappingWiring } from '../wiring/wiring.ts';
import { streamCheckpoints, type StreamCheckpoints } from './stream-checkpoints.ts';
import { startStreamPoller } from './stream-poller.ts';

const region = 'eu-west-2';
const mappingId = 'TestStreamMapping';
const functions = [pollerFixture('StreamReporter', 'streamBatch', 'batch-item-failures'), pollerFixture('StreamThrower', 'streamBatch', 'throw')];

interface Table {
  name: string;
  streamArn: string;
}

const idOf = (record: DynamoDBRecord) => record.dynamodb?.NewImage?.pk?.S ?? record.dynamodb?.Keys?.pk?.S ?? '';
const sequenceOf = (record: DynamoDBRecord) => record.dynamodb?.SequenceNumber ?? '';

describe('startStreamPoller', () => {
  let dynamodbLocal: RunningEmulator;
  let fauxqs: RunningEmulator;
  let dynamodb: DynamoDBClient;
  let streams: DynamoDBStreamsClient;
  let sqs: SQSClient;
  const running: { stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    [dynamodbLocal, fauxqs] = await Promise.all([startDynamoDbLocal({ port: await freePort() }), startFauxqs({ port: 0, region })]);
    dynamodb = new DynamoDBClient({ region, credentials: localCredentials, endpoint: dynamodbLocal.endpoint });
    streams = new DynamoDBStreamsClient({ region, credentials: localCredentials, endpoint: dynamodbLocal.endpoint });
    sqs = new SQSClient({ region, credentials: localCredentials, endpoint: fauxqs.endpoint, useQueueUrlAsEndpoint: false });
  });
  afterEach(async () => {
    for (const each of running.splice(0)) await each.stop();
  });
  afterAll(async () => {
    for (const client of [dynamodb, streams, sqs]) client.destroy();
    await Promise.all([dynamodbLocal.stop(), fauxqs.stop()]);
  });

  const createTable = async (): Promise<Table> => {
    const name = `stream-${randomUUID()}`;
    const { TableDescription } = await dynamodb.send(
      new CreateTableCommand({
        TableName: name,
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    );
    return { name, streamArn: TableDescription?.LatestStreamArn ?? '' };
  };

  /** Writes one item at a time, so the stream holds them in this order. */
  const put = async (table: Table, items: { pk: string; fail?: 'always' | number }[]) => {
    for (const { pk, fail } of items) {
      const item: Record<string, AttributeValue> = { pk: { S: pk } };
      if (fail === 'always') item.fail = { S: 'always' };
      else if (fail !== undefined) item.fail = { N: String(fail) };
      await dynamodb.send(new PutItemCommand({ TableName: table.name, Item: item }));
    }
  };

  const shardIds = async (table: Table) => {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: table.streamArn }));
    return (StreamDescription?.Shards ?? []).map((shard) => shard.ShardId ?? '');
  };

  const poll = (
    table: Table,
    functionLogicalId: string,
    { checkpoints = streamCheckpoints(), onFailureQueueUrl, ...options }: Partial<StreamMappingWiring> & { checkpoints?: StreamCheckpoints; onFailureQueueUrl?: string } = {},
  ) => {
    const pool = new RecordingPool(functions);
    const errors: string[] = [];
    const mapping: StreamMappingWiring = {
      logicalId: mappingId,
      tableLogicalId: 'TestTable',
      functionLogicalId,
      batchSize: 10,
      startingPosition: 'TRIM_HORIZON',
      reportBatchItemFailures: false,
      maximumRetryAttempts: -1,
      bisectBatchOnFunctionError: false,
      enabled: true,
      ...options,
    };
    const poller = startStreamPoller({
      mapping,
      streamArn: table.streamArn,
      functionArn: `arn:aws:lambda:${region}:000000000000:function:${functionLogicalId}`,
      streams,
      sqs,
      pool,
      region,
      checkpoints,
      onFailureQueueUrl,
      onError: (error) => errors.push((error as Error).message),
    });
    running.push(poller, pool);
    const records = () => pool.events.map((event) => (event as DynamoDBStreamEvent).Records);
    const batches = () => records().map((batch) => batch.map(idOf));
    return { poller, pool, errors, checkpoints, records, batches };
  };

  /** Waits until the function has seen `count` invocations, and returns their ids. */
  const invocations = (batches: () => string[][], count: number) => waitFor(`${count} invocations`, () => (batches().length >= count ? batches() : undefined));

  it('delivers each change in order, shaped as Lambda delivers stream records', async () => {
    // GIVEN inserts, an update and a delete, one after another
    const table = await createTable();
    const startedAt = Math.floor(Date.now() / 1_000);
    await put(table, [{ pk: 'a1' }, { pk: 'a2' }, { pk: 'a3' }]);
    await dynamodb.send(new UpdateItemCommand({ TableName: table.name, Key: { pk: { S: 'a1' } }, UpdateExpression: 'SET colour = :c', ExpressionAttributeValues: { ':c': { S: 'red' } } }));
    await dynamodb.send(new DeleteItemCommand({ TableName: table.name, Key: { pk: { S: 'a2' } } }));

    // WHEN the poller reads the stream
    const { records, errors } = poll(table, 'StreamReporter');
    await waitFor('five records', () => (records().flat().length >= 5 ? true : undefined));

    // THEN the function sees them in the order written
    const delivered = records().flat();
    expect(delivered.map((record) => [record.eventName, idOf(record)])).toStrictEqual([
      ['INSERT', 'a1'],
      ['INSERT', 'a2'],
      ['INSERT', 'a3'],
      ['MODIFY', 'a1'],
      ['REMOVE', 'a2'],
    ]);
    const sequences = delivered.map((record) => BigInt(sequenceOf(record)));
    expect(sequences.every((sequence, index) => index === 0 || sequence > (sequences[index - 1] ?? 0n))).toBe(true);
    // AND each record has Lambda's shape, with the creation time in whole epoch seconds
    expect(delivered[3]).toStrictEqual({
      eventID: expect.any(String),
      eventName: 'MODIFY',
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: region,
      dynamodb: {
        ApproximateCreationDateTime: expect.any(Number),
        Keys: { pk: { S: 'a1' } },
        NewImage: { pk: { S: 'a1' }, colour: { S: 'red' } },
        OldImage: { pk: { S: 'a1' } },
        SequenceNumber: expect.any(String),
        SizeBytes: expect.any(Number),
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
      eventSourceARN: table.streamArn,
    });
    for (const record of delivered) {
      const created = record.dynamodb?.ApproximateCreationDateTime ?? 0;
      expect(Number.isInteger(created)).toBe(true);
      expect(created).toBeGreaterThanOrEqual(startedAt - 60);
      expect(created).toBeLessThanOrEqual(Math.ceil(Date.now() / 1_000) + 60);
    }
    expect(delivered[4]?.dynamodb?.NewImage).toBeUndefined();
    expect(delivered[4]?.dynamodb?.OldImage).toStrictEqual({ pk: { S: 'a2' } });
    expect(errors).toStrictEqual([]);
  });

  it('resumes after the checkpoint in a new poller, replaying nothing already handled', async () => {
    // GIVEN a poller that handled b1..b3 and then stopped
    const table = await createTable();
    const checkpoints = streamCheckpoints();
    const first = poll(table, 'StreamReporter', { checkpoints });
    await put(table, [{ pk: 'b1' }, { pk: 'b2' }, { pk: 'b3' }]);
    await waitFor('b1..b3', () => (first.batches().flat().length >= 3 ? true : undefined));
    await first.poller.stop();
    const [shardId = ''] = await shardIds(table);
    expect(checkpoints.get(mappingId, shardId)).toBe(sequenceOf(first.records().flat()[2] as DynamoDBRecord));

    // WHEN more changes arrive and a new poller starts from the same checkpoints
    await put(table, [{ pk: 'b4' }, { pk: 'b5' }]);
    const second = poll(table, 'StreamReporter', { checkpoints });

    // THEN it delivers only the new ones
    await waitFor('b4 and b5', () => (second.batches().flat().length >= 2 ? true : undefined));
    expect(first.batches().flat()).toStrictEqual(['b1', 'b2', 'b3']);
    expect(second.batches()).toStrictEqual([['b4', 'b5']]);
  });

  it('redelivers from the first failed record listed in batchItemFailures, not before it', async () => {
    const table = await createTable();
    await put(table, [{ pk: 'c1' }, { pk: 'c2' }, { pk: 'c3', fail: 1 }, { pk: 'c4' }, { pk: 'c5' }]);

    const { batches, records, checkpoints, errors } = poll(table, 'StreamReporter', { reportBatchItemFailures: true });

    await invocations(batches, 2);
    const [shardId = ''] = await shardIds(table);
    const c5 = sequenceOf(records()[0]?.[4] as DynamoDBRecord);
    await waitFor('the checkpoint at c5', () => (checkpoints.get(mappingId, shardId) === c5 ? true : undefined));
    expect(batches()).toStrictEqual([
      ['c1', 'c2', 'c3', 'c4', 'c5'],
      ['c3', 'c4', 'c5'],
    ]);
    expect(errors).toStrictEqual([]);
  });

  it('sends the batch description to the on-failure queue after maximumRetryAttempts, then moves on', async () => {
    // GIVEN two records the function always fails, then two it handles, read two at a time
    const table = await createTable();
    const { QueueUrl: onFailureQueueUrl = '' } = await sqs.send(new CreateQueueCommand({ QueueName: `on-failure-${randomUUID()}` }));
    await put(table, [{ pk: 'd1', fail: 'always' }, { pk: 'd2', fail: 'always' }, { pk: 'd3' }, { pk: 'd4' }]);

    // WHEN the poller may retry a failed batch once
    const { batches, records, errors } = poll(table, 'StreamThrower', { batchSize: 2, maximumRetryAttempts: 1, onFailureQueueUrl });

    // THEN the failing batch is tried twice, described on the queue, and the next batch is delivered
    await invocations(batches, 3);
    expect(batches()).toStrictEqual([
      ['d1', 'd2'],
      ['d1', 'd2'],
      ['d3', 'd4'],
    ]);
    const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: onFailureQueueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
    const [shardId] = await shardIds(table);
    const [d1, d2] = records()[0] ?? [];
    expect(Messages.map((message) => JSON.parse(message.Body ?? '{}'))).toStrictEqual([
      {
        requestContext: {
          requestId: expect.any(String),
          functionArn: `arn:aws:lambda:${region}:000000000000:function:StreamThrower`,
          condition: 'RetryAttemptsExhausted',
          approximateInvokeCount: 2,
        },
        responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
        version: '1.0',
        timestamp: expect.any(String),
        DDBStreamBatchInfo: {
          shardId,
          startSequenceNumber: sequenceOf(d1 as DynamoDBRecord),
          endSequenceNumber: sequenceOf(d2 as DynamoDBRecord),
          approximateArrivalOfFirstRecord: expect.any(String),
          approximateArrivalOfLastRecord: expect.any(String),
          batchSize: 2,
          streamArn: table.streamArn,
        },
      },
    ]);
    expect(errors).toStrictEqual(['StreamThrower failed: Error: d1 failed on delivery 1; d2 failed on delivery 1', 'StreamThrower failed: Error: d1 failed on delivery 2; d2 failed on delivery 2']);
  });

  it('bisects a failing batch until the failure is isolated', async () => {
    // GIVEN four records, the third failing its first two deliveries
    const table = await createTable();
    await put(table, [{ pk: 'e1' }, { pk: 'e2' }, { pk: 'e3', fail: 2 }, { pk: 'e4' }]);

    // WHEN the function fails whole batches and the mapping bisects on error
    const { batches, records, checkpoints } = poll(table, 'StreamThrower', { bisectBatchOnFunctionError: true });

    // THEN the batch is halved, and the failing half halved again
    await invocations(batches, 5);
    const [shardId = ''] = await shardIds(table);
    const e4 = sequenceOf(records()[0]?.[3] as DynamoDBRecord);
    await waitFor('the checkpoint at e4', () => (checkpoints.get(mappingId, shardId) === e4 ? true : undefined));
    expect(batches()).toStrictEqual([['e1', 'e2', 'e3', 'e4'], ['e1', 'e2'], ['e3', 'e4'], ['e3'], ['e4']]);
  });

  it('stops promptly, whether an attempt is in flight or it is backing off before the next', async () => {
    // GIVEN two pollers retrying, without limit, a record their function always fails; the
    // fifth attempt comes about 3 s in, and a 3.2 s back-off follows it
    const [inFlightTable, backingOffTable] = await Promise.all([createTable(), createTable()]);
    await Promise.all([put(inFlightTable, [{ pk: 'g1', fail: 'always' }]), put(backingOffTable, [{ pk: 'h1', fail: 'always' }])]);
    const inFlight = poll(inFlightTable, 'StreamThrower');
    const backingOff = poll(backingOffTable, 'StreamThrower');
    const stopTimes: Promise<number>[] = [];
    const timedStop = (poller: { stop(): Promise<void> }) => {
      const started = Date.now();
      stopTimes.push(poller.stop().then(() => Date.now() - started));
    };

    // WHEN one is stopped as its fifth attempt starts, the other soon after that attempt failed
    inFlight.pool.onInvoke = (count) => {
      if (count === 5) timedStop(inFlight.poller);
    };
    await invocations(backingOff.batches, 5);
    await sleep(200); // an attempt takes milliseconds; this one is over and the back-off begun
    timedStop(backingOff.poller);
    await waitFor('both stops', () => (stopTimes.length === 2 ? true : undefined));

    // THEN neither sits out the back-off, and neither tries again
    for (const elapsed of await Promise.all(stopTimes)) expect(elapsed).toBeLessThan(2_000);
    expect(inFlight.batches()).toStrictEqual([['g1'], ['g1'], ['g1'], ['g1'], ['g1']]);
    expect(backingOff.batches()).toStrictEqual([['h1'], ['h1'], ['h1'], ['h1'], ['h1']]);
  });

  it('replaces an expired shard iterator from the checkpoint, losing and replaying nothing', async () => {
    // GIVEN a poller that has handled f1 and f2
    const table = await createTable();
    const { batches, errors } = poll(table, 'StreamReporter');
    await put(table, [{ pk: 'f1' }, { pk: 'f2' }]);
    await waitFor('f1 and f2', () => (batches().flat().length >= 2 ? true : undefined));

    // WHEN the iterator it holds expires: every later read with it is refused
    let expiredIterator: string | undefined;
    let refusals = 0;
    streams.middlewareStack.add(
      (next, context) => async (args) => {
        const iterator = (args.input as { ShardIterator?: string }).ShardIterator;
        if (context.commandName === 'GetRecordsCommand') {
          expiredIterator ??= iterator;
          if (iterator === expiredIterator) {
            refusals += 1;
            throw new ExpiredIteratorException({ message: 'Iterator expired', $metadata: {} });
          }
        }
        return next(args);
      },
      { step: 'initialize', name: 'expireOneIterator' },
    );
    try {
      await waitFor('the expired read', () => (refusals ? true : undefined));
      await put(table, [{ pk: 'f3' }, { pk: 'f4' }]);

      // THEN it takes a new iterator after f2 and carries on, reporting nothing
      await waitFor('f3 and f4', () => (batches().flat().length >= 4 ? true : undefined));
      expect(batches().flat()).toStrictEqual(['f1', 'f2', 'f3', 'f4']);
      expect(refusals).toBe(1);
      expect(errors).toStrictEqual([]);
    } finally {
      streams.middlewareStack.remove('expireOneIterator');
    }
  });
});
