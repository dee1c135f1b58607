import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetQueueAttributesCommand, SendMessageCommand, SetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { donationReceived } from '@platform/events';
import { devIssuer, startLocalCloud, type RunningLocalCloud } from '@platform/local-cloud';
import { eventually } from '@platform/testing';

// DynamoDB Local and fauxqs are stopped and started again under a running platform. The shared cloud of the
// integration project is in memory (a restart would wipe it) and other files use it meanwhile, so this file
// starts a cloud of its own with its state on disk, in a scratch folder on free ports. Being fresh, its fund
// holds only this file's donations: exact totals prove each was levied once, neither lost nor twice.
const stateDir = mkdtempSync(join(tmpdir(), 'fault-restart-'));
const receivedOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const RATE_BPS = 300;
// The template hides a received message for 180 s (six consumer timeouts), so a message failed during an outage
// would come back three minutes later. The test shortens that to 45 s: long enough that an outage (DynamoDB
// Local's JVM takes up to a minute to start again on a busy machine) costs a message at most two of its three
// receives (a third failure would move it to the dead-letter queue), short enough to wait for. What it proves
// is the same: a batch failed by an outage is redelivered, not lost.
const VISIBILITY_SECONDS = 45;
const DELIVERY_TIMEOUT_MS = 240_000;

let cloud: RunningLocalCloud;
let sqs: SQSClient;
let finance: string;
const acknowledged: { donationId: string; amountPence: number }[] = [];
const pings: string[] = [];
let refusals = 0;
const outages: Record<string, number> = {};
// The local cloud reports each failed poll and invocation on stderr: expected here, by the hundred. Counted, not printed.
let pollerErrors = 0;
let restoreLogLevel = () => {};
const consoleError = console.error.bind(console);
jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('[local-cloud]')) pollerErrors += 1;
  else consoleError(...args);
});

const ref = (prefix: string) => {
  const found = [...cloud.physical.refs].filter(([logicalId]) => logicalId.startsWith(prefix));
  if (found.length !== 1) throw new Error(`expected one resource named ${prefix}*, found ${found.length}`);
  return found[0]![1];
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const api = async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${cloud.apiUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${finance}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text && /json/.test(response.headers.get('content-type') ?? '') ? (JSON.parse(text) as Record<string, unknown>) : text };
};
const exactPence = (units: number) => `${Math.floor(units / 10_000)}.${String(units % 10_000).padStart(4, '0')}`;

class NotAcknowledgedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAcknowledgedError';
  }
}

/**
 * Tries until the platform acknowledges: a refused connection (SQS down) or a 5xx may come back while an
 * emulator is away. Only an acknowledged send counts; a retry repeats the same donation id, so a send that
 * did reach the queue before its answer was lost is levied once all the same. Any other answer fails the test.
 */
const untilAcknowledged = async (attempt: () => Promise<'acknowledged' | 'refused'>) => {
  const deadline = Date.now() + 180_000;
  for (;;) {
    let outcome: 'acknowledged' | 'refused' = 'refused';
    try {
      outcome = await attempt();
    } catch (error) {
      // A connection refused or reset (the emulator is away) is a refusal; an unexpected answer is not.
      if (error instanceof NotAcknowledgedError) throw error;
    }
    if (outcome === 'acknowledged') return;
    refusals += 1;
    if (Date.now() > deadline) throw new Error('the platform did not acknowledge within 180 s');
    await sleep(250);
  }
};

const donationBy = async (how: 'queue' | 'http', donationId: string, amountPence: number) => {
  const data = { donationId, amountPence, receivedOn, source: 'donation' as const };
  await untilAcknowledged(async () => {
    if (how === 'queue') {
      await sqs.send(new SendMessageCommand({ QueueUrl: ref('FundInboxQueue'), MessageBody: JSON.stringify(donationReceived.create(data, { correlationId: donationId })) }));
      return 'acknowledged';
    }
    const { status, body } = await api('POST', '/fund/donations', data);
    if (status >= 500) return 'refused';
    // 202: queued; 200: a retry of a donation whose first, failed-looking request was levied after all.
    if (status !== 202 && status !== 200) throw new NotAcknowledgedError(`POST /fund/donations answered ${status}: ${JSON.stringify(body)}`);
    return 'acknowledged';
  });
  acknowledged.push({ donationId, amountPence });
};

const ping = async () => {
  await untilAcknowledged(async () => {
    const { status, body } = await api('POST', '/health/pings', { message: 'through an outage' });
    if (status >= 500) return 'refused';
    if (status !== 202) throw new NotAcknowledgedError(`POST /health/pings answered ${status}: ${JSON.stringify(body)}`);
    pings.push((body as { pingId: string }).pingId);
    return 'acknowledged';
  });
};

/** A donation every 100 ms, alternately through the fund's inbox queue and `POST /fund/donations`, and a ping every fifth. */
const streamOfDonations = async (label: string, count: number) => {
  const sends: Promise<void>[] = [];
  for (let index = 0; index < count; index += 1) {
    sends.push(donationBy(index % 2 ? 'http' : 'queue', `${label}-${index}-${randomUUID().slice(0, 8)}`, 100 + index * 37));
    if (index % 5 === 0) sends.push(ping());
    await sleep(100);
  }
  await Promise.all(sends);
};

const depth = async (queueUrl: string) => {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
  );
  return { visible: Number(Attributes.ApproximateNumberOfMessages), inFlight: Number(Attributes.ApproximateNumberOfMessagesNotVisible) };
};

/** The end state every test must reach: each acknowledged donation levied once, each ping back, the fund reconciled, no dead letter. */
const deadLetterDepths = async () => {
  const deadLetterQueues = [...cloud.physical.refs].filter(([logicalId]) => /DeadLetterQueue/.test(logicalId));
  return Object.fromEntries(await Promise.all(deadLetterQueues.map(async ([logicalId, url]) => [logicalId, await depth(url)] as const)));
};
const expectEverythingAppliedOnce = async () => {
  const raisedPence = acknowledged.reduce((sum, { amountPence }) => sum + amountPence, 0);
  let levied: unknown;
  const balance = await eventually(
    async () => {
      const { body } = await api('GET', '/fund/balance');
      levied = (body as { donationCount: number }).donationCount;
      return (body as { donationCount: number }).donationCount >= acknowledged.length ? (body as Record<string, unknown>) : undefined;
    },
    { timeoutMs: DELIVERY_TIMEOUT_MS, intervalMs: 1_000, what: `${acknowledged.length} donations to be levied` },
  ).catch(async (error: unknown) => {
    // Say where the rest are: still on the inbox, or dead-lettered.
    throw new Error(`${(error as Error).message}; ${String(levied)} levied; the inbox holds ${JSON.stringify(await depth(ref('FundInboxQueue')))}; dead letters: ${JSON.stringify(await deadLetterDepths())}`);
  });
  expect(balance).toMatchObject({ donationCount: acknowledged.length, raisedPence, exact: { leviedPence: exactPence(raisedPence * RATE_BPS) } });
  for (const { donationId, amountPence } of acknowledged) {
    expect((await api('GET', `/fund/donations/${donationId}`)).body).toMatchObject({ donationId, amountPence, levy: { exactPence: exactPence(amountPence * RATE_BPS) } });
  }
  await eventually(
    async () => {
      for (const pingId of pings) {
        const { status, body } = await api('GET', `/health/pings/${pingId}`);
        if (status !== 200 || (body as { receivedAt?: string }).receivedAt === undefined) return undefined;
      }
      return true;
    },
    { timeoutMs: DELIVERY_TIMEOUT_MS, intervalMs: 1_000, what: `${pings.length} pings to come back through the outbox` },
  );
  expect((await api('GET', '/fund/reconciliation')).body).toMatchObject({ balanced: true, unbalancedMovementIds: [], differences: [], entriesSum: 0 });
  const depths = await deadLetterDepths();
  expect(depths).toStrictEqual(Object.fromEntries(Object.keys(depths).map((logicalId) => [logicalId, { visible: 0, inFlight: 0 }])));
};

beforeAll(async () => {
  // The outages fail requests on purpose: the functions' own error logs would bury the test's output. (Read
  // when the cloud starts; put back after, as jest may run another file in this process.)
  const logLevel = process.env.LOCAL_LOG_LEVEL;
  process.env.LOCAL_LOG_LEVEL ??= 'CRITICAL';
  restoreLogLevel = () => {
    if (logLevel === undefined) delete process.env.LOCAL_LOG_LEVEL;
    else process.env.LOCAL_LOG_LEVEL = logLevel;
  };
  cloud = await startLocalCloud({ apiPort: 0, stateDir }).finally(() => restoreLogLevel());
  sqs = new SQSClient({ endpoint: cloud.endpoints.sqs, region: cloud.region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, useQueueUrlAsEndpoint: false });
  finance = await (await devIssuer(join(stateDir, 'keys'))).sign({ sub: 'fin-faults', roles: ['finance'] });
  for (const queue of ['FundInboxQueue', 'HealthInboxQueue']) {
    await sqs.send(new SetQueueAttributesCommand({ QueueUrl: ref(queue), Attributes: { VisibilityTimeout: String(VISIBILITY_SECONDS) } }));
  }
  expect((await api('PUT', '/fund/levy-rates', { basisPoints: RATE_BPS, effectiveFrom: '2020-01-01' })).status).toBe(201);
}, 400_000);

afterAll(async () => {
  // The figures a report quotes: what was acknowledged, and how many sends the outages refused first.
  console.log(`[fault-injection] ${acknowledged.length} donations and ${pings.length} pings acknowledged; ${refusals} attempts refused during the outages; outages ${JSON.stringify(outages)}; ${pollerErrors} failures reported by the pollers and gateway`);
  sqs?.destroy();
  await cloud?.stop();
  rmSync(stateDir, { recursive: true, force: true });
}, 60_000);

describe('emulator restarts', () => {
  it('levies every acknowledged donation once when DynamoDB Local is stopped and restarted during a stream of donations', async () => {
    // Act: the outage starts a second into a four-second stream
    const stream = streamOfDonations('ddb', 40);
    await sleep(1_000);
    const started = Date.now();
    await cloud.restartDynamoDb({ downMs: 2_000 });
    outages.dynamodbSeconds = (Date.now() - started) / 1_000;
    await stream;
    // Assess
    await expectEverythingAppliedOnce();
  }, 480_000);

  it('levies every acknowledged donation once when fauxqs is stopped and restarted with messages in flight', async () => {
    // Prepare: a burst on the queue, some of it received by the consumer's poller and not yet deleted
    const burst = Promise.all(Array.from({ length: 30 }, (_, index) => donationBy('queue', `burst-${index}-${randomUUID().slice(0, 8)}`, 5_000 + index)));
    await burst;
    await eventually(async () => ((await depth(ref('FundInboxQueue'))).inFlight > 0 ? true : undefined), { intervalMs: 20, what: 'messages in flight' });
    // Act: the outage, while a stream goes on
    const stream = streamOfDonations('sqs', 30);
    const started = Date.now();
    await cloud.restartSqs({ downMs: 2_000 });
    outages.sqsSeconds = (Date.now() - started) / 1_000;
    await stream;
    // Assess
    await expectEverythingAppliedOnce();
  }, 480_000);

});
