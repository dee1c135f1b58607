import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { pollerFixture, RecordingPool, sleep, waitFor } from '../../test/poller-harness.ts';
import { startFauxqs } from '../emulators/fauxqs.ts';
import type { RunningEmulator } from '../emulators/dynamodb-local.ts';
import { localCredentials } from '../emulators/local-credentials.ts';
import type { QueueMappingWiring } from '../wiring/wiring.ts';
import { startSqsPoller } from './sqs-poller.ts';

const region = 'eu-west-2';
const functions = [
  pollerFixture('Reporter', 'sqsBatch', 'batch-item-failures'),
  pollerFixture('Thrower', 'sqsBatch', 'throw'),
  pollerFixture('Malformed', 'sqsBatch', 'malformed'),
];

type Body = { id: string; fail?: 'always' | number; wait?: number };
interface Queue {
  url: string;
  arn: string;
}

describe('startSqsPoller', () => {
  let emulator: RunningEmulator;
  let sqs: SQSClient;
  const running: { stop(): Promise<void> }[] = [];

  beforeAll(async () => {
    emulator = await startFauxqs({ port: 0, region });
    sqs = new SQSClient({ region, credentials: localCredentials, endpoint: emulator.endpoint, useQueueUrlAsEndpoint: false });
  });
  afterEach(async () => {
    // Pollers first, then the pools they invoke.
    for (const each of running.splice(0)) await each.stop();
  });
  afterAll(async () => {
    sqs.destroy();
    await emulator.stop();
  });

  // Every queue hides a received message for 1 s, so what is left behind comes back quickly.
  const createQueue = async (attributes: Record<string, string> = {}): Promise<Queue> => {
    const { QueueUrl: url = '' } = await sqs.send(new CreateQueueCommand({ QueueName: `poller-${randomUUID()}`, Attributes: { VisibilityTimeout: '1', ...attributes } }));
    const { Attributes } = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }));
    return { url, arn: Attributes?.QueueArn ?? '' };
  };

  const send = async (queue: Queue, bodies: Body[]) => {
    for (let start = 0; start < bodies.length; start += 10) {
      const entries = bodies.slice(start, start + 10).map((body, index) => ({ Id: String(index), MessageBody: JSON.stringify(body) }));
      const { Failed = [] } = await sqs.send(new SendMessageBatchCommand({ QueueUrl: queue.url, Entries: entries }));
      expect(Failed).toStrictEqual([]);
    }
  };

  const isDrained = async (queue: Queue) => {
    const { Attributes = {} } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: queue.url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
    );
    return Attributes.ApproximateNumberOfMessages === '0' && Attributes.ApproximateNumberOfMessagesNotVisible === '0' ? true : undefined;
  };

  const poll = (queue: Queue, functionLogicalId: string, options: Partial<QueueMappingWiring> = {}, concurrency = 1) => {
    const pool = new RecordingPool(functions);
    const errors: string[] = [];
    const mapping: QueueMappingWiring = {
      logicalId: 'TestMapping',
      queueLogicalId: 'TestQueue',
      functionLogicalId,
      batchSize: 10,
      maximumBatchingWindowSeconds: 0,
      reportBatchItemFailures: true,
      enabled: true,
      ...options,
    };
    // One poller loop unless asked, so each receive is one invocation and the invocations come in order.
    const poller = startSqsPoller({ mapping, queueUrl: queue.url, queueArn: queue.arn, sqs, pool, region, concurrency, onError: (error) => errors.push((error as Error).message) });
    running.push(poller, pool);
    const batches = () => pool.events.map((event) => (event as SQSEvent).Records.map((record) => (JSON.parse(record.body) as Body).id).sort());
    const receiveCounts = () => pool.events.map((event) => (event as SQSEvent).Records.map((record) => record.attributes.ApproximateReceiveCount));
    return { poller, pool, errors, batches, receiveCounts };
  };

  it('deletes a batch the function handles, so it is delivered once', async () => {
    // GIVEN three messages waiting
    const queue = await createQueue();
    await send(queue, [{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    // WHEN the poller hands them to a function that succeeds
    const { batches, errors } = poll(queue, 'Reporter');
    // THEN the queue empties (nothing waits to come back) after one invocation with all three
    await waitFor('the queue to drain', () => isDrained(queue));
    expect(batches()).toStrictEqual([['a', 'b', 'c']]);
    expect(errors).toStrictEqual([]);
  });

  it('returns only the messages listed in batchItemFailures, after the visibility timeout', async () => {
    const queue = await createQueue();
    await send(queue, [{ id: 'a' }, { id: 'b', fail: 1 }, { id: 'c', fail: 1 }, { id: 'd' }]);

    const { batches, receiveCounts, errors } = poll(queue, 'Reporter');

    await waitFor('the queue to drain', () => isDrained(queue));
    const [first, ...redeliveries] = batches();
    expect(first).toStrictEqual(['a', 'b', 'c', 'd']);
    // b and c come back on their second receive, together or apart; a and d never do.
    expect(redeliveries.flat().sort()).toStrictEqual(['b', 'c']);
    expect(receiveCounts().slice(1).flat()).toStrictEqual(['2', '2']);
    expect(errors).toStrictEqual([]);
  });

  it('ignores a returned batchItemFailures list when the mapping does not report batch item failures', async () => {
    const queue = await createQueue();
    await send(queue, [{ id: 'a' }, { id: 'b', fail: 'always' }]);

    const { batches } = poll(queue, 'Reporter', { reportBatchItemFailures: false });

    await waitFor('the queue to drain', () => isDrained(queue));
    expect(batches()).toStrictEqual([['a', 'b']]);
  });

  it('returns every message of a failed invocation, also those the function had handled', async () => {
    const queue = await createQueue();
    await send(queue, [{ id: 'a' }, { id: 'b', fail: 1 }, { id: 'c' }]);

    const { batches, errors } = poll(queue, 'Thrower');

    await waitFor('the queue to drain', () => isDrained(queue));
    const [first, ...redeliveries] = batches();
    expect(first).toStrictEqual(['a', 'b', 'c']);
    expect(redeliveries.flat().sort()).toStrictEqual(['a', 'b', 'c']);
    expect(errors).toStrictEqual(['Thrower failed: Error: b failed on receive 1']);
  });

  it('fails the whole batch when the batchItemFailures response is malformed', async () => {
    const queue = await createQueue();
    await send(queue, [{ id: 'a' }, { id: 'b', fail: 1 }]);

    const { batches, errors } = poll(queue, 'Malformed');

    await waitFor('the queue to drain', () => isDrained(queue));
    const [first, ...redeliveries] = batches();
    expect(first).toStrictEqual(['a', 'b']);
    expect(redeliveries.flat().sort()).toStrictEqual(['a', 'b']);
    expect(errors).toStrictEqual([]);
  });

  it('leaves a message that always fails to the redrive policy: to the DLQ after exactly 2 receives', async () => {
    // GIVEN a queue whose redrive policy moves a message to its DLQ after 2 receives
    const dlq = await createQueue();
    const queue = await createQueue({ RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 2 }) });
    await send(queue, [{ id: 'poison', fail: 'always' }]);

    // WHEN the function fails it every time
    const { batches, receiveCounts } = poll(queue, 'Thrower');

    // THEN it lands in the DLQ, unchanged
    const dead = await waitFor('the message in the DLQ', async () => {
      const { Messages = [] } = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq.url, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }));
      return Messages.length ? Messages : undefined;
    });
    expect(dead.map((message) => message.Body)).toStrictEqual([JSON.stringify({ id: 'poison', fail: 'always' })]);
    // AND it is not delivered again, even well past the visibility timeout
    await sleep(1_500);
    expect(batches()).toStrictEqual([['poison'], ['poison']]);
    expect(receiveCounts()).toStrictEqual([['1'], ['2']]);
    await expect(isDrained(queue)).resolves.toBe(true);
  });

  it('never hands the function more than batchSize messages', async () => {
    const queue = await createQueue();
    const ids = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
    await send(queue, ids.map((id) => ({ id })));

    // A batching window makes the poller try to fill each batch, up to batchSize.
    const { batches } = poll(queue, 'Reporter', { batchSize: 3, maximumBatchingWindowSeconds: 1 });

    await waitFor('the queue to drain', () => isDrained(queue));
    expect(batches().map((batch) => batch.length)).toStrictEqual([3, 3, 1]);
    expect(batches().flat().sort()).toStrictEqual(ids);
  });

  it('stops promptly while long-polling an empty queue, reporting no error', async () => {
    const queue = await createQueue();
    const { poller, batches, errors } = poll(queue, 'Reporter');
    await sleep(300); // inside a long poll by now

    const started = Date.now();
    await poller.stop();

    expect(Date.now() - started).toBeLessThan(2_000);
    expect(batches()).toStrictEqual([]);
    expect(errors).toStrictEqual([]);
  });

  it('scales up to the maximum concurrency while batches come back full, and back to one poller once the queue is empty', async () => {
    // GIVEN a backlog of 80 messages, each batch taking 300 ms
    const queue = await createQueue({ VisibilityTimeout: '30' });
    const ids = Array.from({ length: 80 }, (_, index) => `m${index}`);
    await send(queue, ids.map((id) => ({ id, wait: 300 }) as Body));
    // WHEN a mapping allowing 3 concurrent batches polls it, though the poller's own default is 5
    const { poller, pool, batches, errors } = poll(queue, 'Reporter', { maximumConcurrency: 3 }, 5);
    // THEN it runs 3 batches at once at most and no fewer at its peak, each message once
    await waitFor('the queue to drain', () => isDrained(queue), 20_000);
    expect(pool.stats().get('Reporter')?.peakBusy).toBe(3);
    expect(batches().flat().sort()).toStrictEqual([...ids].sort());
    // AND back to one poller loop, long-polling the empty queue
    await waitFor('one poller loop', () => (poller.loops() === 1 ? true : undefined), 5_000);
    expect(errors).toStrictEqual([]);
  }, 40_000);

  it('keeps one poller on an idle queue, whatever its concurrency', async () => {
    const queue = await createQueue();
    const { poller, batches } = poll(queue, 'Reporter', {}, 5);

    await sleep(2_500); // two long polls and more

    expect({ loops: poller.loops(), batches: batches() }).toStrictEqual({ loops: 1, batches: [] });
  });
});
