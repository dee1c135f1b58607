import { randomUUID } from 'node:crypto';
import {
  DescribeStreamCommand,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  TrimmedDataAccessException,
  type _Record,
  type DynamoDBStreamsClient,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { FunctionPool } from '../runtime/function-pool.ts';
import type { StreamMappingWiring } from '../wiring/wiring.ts';
import type { Poller } from './sqs-poller.ts';
import { failedMessageIds } from './sqs-event.ts';
import type { StreamCheckpoints } from './stream-checkpoints.ts';

const IDLE_MS = 200;

const streamEvent = (records: _Record[], { streamArn, region }: { streamArn: string; region: string }): DynamoDBStreamEvent =>
  ({
    Records: records.map((record) => ({
      eventID: record.eventID,
      eventName: record.eventName,
      eventVersion: record.eventVersion ?? '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: region,
      dynamodb: {
        ...record.dynamodb,
        ApproximateCreationDateTime: Math.floor((record.dynamodb?.ApproximateCreationDateTime?.getTime() ?? Date.now()) / 1_000),
      },
      eventSourceARN: streamArn,
    })),
  }) as DynamoDBStreamEvent;

const sequenceOf = (record: _Record): string => record.dynamodb?.SequenceNumber ?? '';

/**
 * The local stand-in for a Lambda DynamoDB Streams event source mapping: reads every shard
 * of the table's stream in order, invokes the function in batches, and on failure retries
 * from the first failed record (with `ReportBatchItemFailures`), halves the batch (with
 * bisect), and after `MaximumRetryAttempts` sends the batch's description to the on-failure
 * queue and moves on, as Lambda does.
 *
 * @example
 * const poller = startStreamPoller({ mapping, streamArn, streams, sqs, pool, region, checkpoints, onFailureQueueUrl });
 */
export const startStreamPoller = ({
  mapping,
  streamArn,
  functionArn,
  streams,
  sqs,
  pool,
  region,
  checkpoints,
  onFailureQueueUrl,
  onError,
}: {
  mapping: StreamMappingWiring;
  streamArn: string;
  functionArn: string;
  streams: DynamoDBStreamsClient;
  sqs: SQSClient;
  pool: FunctionPool;
  region: string;
  checkpoints: StreamCheckpoints;
  onFailureQueueUrl: string | undefined;
  onError: (error: unknown) => void;
}): Poller => {
  let running = mapping.enabled;
  const iterators = new Map<string, string | null>();
  // One loop, so at most one wait at a time; stop() cuts it short (or it is skipped once
  // stopped) rather than sitting out a retry back-off of up to 5 s.
  let wake = () => {};
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (!running) return resolve();
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const listShards = async (): Promise<Shard[]> => {
    const shards: Shard[] = [];
    let exclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: exclusiveStartShardId }));
      shards.push(...(StreamDescription?.Shards ?? []));
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
    return shards;
  };

  const iteratorFor = async (shardId: string): Promise<string | undefined> => {
    const after = checkpoints.get(mapping.logicalId, shardId);
    const { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(after ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after } : { ShardIteratorType: mapping.startingPosition }),
      }),
    );
    return ShardIterator;
  };

  const reportExhausted = async (shardId: string, records: _Record[], attempts: number) => {
    if (!onFailureQueueUrl) return;
    const first = records[0];
    const last = records[records.length - 1];
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: onFailureQueueUrl,
        MessageBody: JSON.stringify({
          requestContext: { requestId: randomUUID(), functionArn, condition: 'RetryAttemptsExhausted', approximateInvokeCount: attempts },
          responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
          version: '1.0',
          timestamp: new Date().toISOString(),
          DDBStreamBatchInfo: {
            shardId,
            startSequenceNumber: first ? sequenceOf(first) : '',
            endSequenceNumber: last ? sequenceOf(last) : '',
            approximateArrivalOfFirstRecord: first?.dynamodb?.ApproximateCreationDateTime?.toISOString(),
            approximateArrivalOfLastRecord: last?.dynamodb?.ApproximateCreationDateTime?.toISOString(),
            batchSize: records.length,
            streamArn,
          },
        }),
      }),
    );
  };

  /** Hands a batch to the function until it succeeds or retries run out; checkpoints as it goes. */
  const deliver = async (shardId: string, batch: _Record[]): Promise<void> => {
    let pending = batch;
    let attempts = 0;
    while (pending.length && running) {
      attempts += 1;
      let failedFrom = 0;
      try {
        const result = await pool.invoke(mapping.functionLogicalId, streamEvent(pending, { streamArn, region }));
        const failed = mapping.reportBatchItemFailures ? failedMessageIds(result, pending.map(sequenceOf)) : new Set<string>();
        failedFrom = failed.size ? pending.findIndex((record) => failed.has(sequenceOf(record))) : pending.length;
      } catch (error) {
        onError(error);
      }
      const succeeded = pending.slice(0, failedFrom);
      const lastSucceeded = succeeded[succeeded.length - 1];
      if (lastSucceeded) checkpoints.set(mapping.logicalId, shardId, sequenceOf(lastSucceeded));
      pending = pending.slice(failedFrom);
      if (!pending.length) return;
      if (mapping.bisectBatchOnFunctionError && pending.length > 1) {
        const half = Math.ceil(pending.length / 2);
        await deliver(shardId, pending.slice(0, half));
        pending = pending.slice(half);
        continue;
      }
      if (mapping.maximumRetryAttempts >= 0 && attempts > mapping.maximumRetryAttempts) {
        await reportExhausted(shardId, pending, attempts);
        const last = pending[pending.length - 1];
        if (last) checkpoints.set(mapping.logicalId, shardId, sequenceOf(last));
        return;
      }
      await sleep(Math.min(100 * 2 ** attempts, 5_000));
    }
  };

  const readShard = async (shardId: string): Promise<number> => {
    let iterator = iterators.get(shardId);
    if (iterator === null) return 0;
    iterator ??= await iteratorFor(shardId);
    let response;
    try {
      response = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: mapping.batchSize }));
    } catch (error) {
      // DynamoDB Local sometimes refuses an iterator chained through many empty reads as
      // "trimmed"; like an expired one, it is replaced from the checkpoint, losing nothing. So is one that
      // failed for any other reason (DynamoDB restarting, say): whether it still works afterwards is the
      // emulator's business, and the checkpoint is ours.
      iterators.delete(shardId);
      if (!(error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException)) throw error;
      return 0;
    }
    const records = response.Records ?? [];
    try {
      if (records.length) await deliver(shardId, records);
    } catch (error) {
      // Delivery stopped part way (the on-failure queue unreachable while SQS is down): read again from the
      // last checkpoint, so what was not delivered is delivered and nothing is skipped.
      iterators.delete(shardId);
      throw error;
    }
    iterators.set(shardId, response.NextShardIterator ?? null);
    return records.length;
  };

  const loop = async () => {
    while (running) {
      try {
        const shards = await listShards();
        const finished = new Set(shards.filter((shard) => iterators.get(shard.ShardId ?? '') === null).map((shard) => shard.ShardId));
        let delivered = 0;
        for (const shard of shards) {
          const shardId = shard.ShardId ?? '';
          // A child shard waits until its parent is drained, which keeps each item's changes in order.
          const parentPending = shard.ParentShardId && shards.some((other) => other.ShardId === shard.ParentShardId) && !finished.has(shard.ParentShardId);
          if (parentPending || !running) continue;
          delivered += await readShard(shardId);
        }
        if (!delivered) await sleep(IDLE_MS);
      } catch (error) {
        if (!running) break;
        onError(error);
        await sleep(1_000);
      }
    }
  };

  const looping = running ? loop() : Promise.resolve();
  return {
    stop: async () => {
      running = false;
      wake();
      await looping;
    },
  };
};
