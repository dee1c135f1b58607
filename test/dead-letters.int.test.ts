import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { donationReceived } from '@platform/events';
import { repoRoot } from '@platform/local-cloud';
import { eventually, localCloud } from '@platform/testing';

// `pnpm ops dlq` against the running local cloud, as an operator runs it: the real CLI in its own process,
// the fund's real inbox, consumer and dead-letter queue. Other files dead-letter fund messages too, so this
// one looks only at its own events.
const cloud = localCloud();
const run = randomUUID().slice(0, 8);
const receivedOn = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
// The shared fund's one rate, as every file that levies sets it (see services/fund/test/fund.int.test.ts).
const RATE = { basisPoints: 300, effectiveFrom: '2020-01-01' };
const DLQ = 'FundInboxDeadLetterQueue';
let finance: string;

interface Listed {
  queue: string;
  redrivesTo: string[];
  messages: { messageId: string; kind: string; failureReason?: string; eventType?: string; eventId?: string; ageSeconds?: number }[];
}

const ops = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['packages/local-cloud/bin/ops.mjs', 'dlq', ...args, '--ready-file', process.env.LOCAL_CLOUD_READY_FILE ?? ''], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};
/** The tool's listing of the fund's dead letters that hold this event. */
const listedFor = async (eventId: string) => {
  const listing = JSON.parse((await ops('list', '--queue', DLQ, '--json')).stdout) as Listed[];
  return listing.flatMap((queue) => queue.messages).filter((message) => message.eventId === eventId);
};
const deadLettered = (eventId: string, what: string) =>
  eventually(async () => ((await listedFor(eventId)).length === 1 ? (await listedFor(eventId))[0] : undefined), { timeoutMs: 30_000, what });
const donation = async (donationId: string) => (await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance })).body as Record<string, unknown>;
const levied = (donationId: string) =>
  eventually(async () => ((await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance })).status === 200 ? donation(donationId) : undefined), {
    what: `donation ${donationId} to be levied`,
  });
const ledgerKinds = async (donationId: string) => {
  const kinds: string[] = [];
  let cursor: string | undefined;
  do {
    const page = (await cloud.request('GET', `/fund/ledger?from=${receivedOn}&to=${receivedOn}${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`, { token: finance })).body as {
      movements: { kind: string; donationId?: string }[];
      nextCursor?: string;
    };
    kinds.push(...page.movements.filter((movement) => movement.donationId === donationId).map((movement) => movement.kind));
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return kinds.sort();
};
/** Until the fund's inbox no longer holds the body: the consumer has taken it and finished with it. */
const consumed = (body: string) =>
  eventually(async () => ((await cloud.peek(cloud.ref('FundInboxQueue'))).includes(body) ? undefined : true), { what: 'the fund to finish with the redriven event' });
/** A dead letter as the kit's consumer writes one, for a failure whose cause has since passed. */
const deadLetter = (body: string, reason: string) =>
  cloud.sqs.send(
    new SendMessageCommand({
      QueueUrl: cloud.ref(DLQ),
      MessageBody: body,
      MessageAttributes: { failureReason: { DataType: 'String', StringValue: reason }, sourceQueueMessageId: { DataType: 'String', StringValue: randomUUID() } },
    }),
  );

beforeAll(async () => {
  finance = await cloud.token('finance', 'ops-1');
  expect([200, 201]).toContain((await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: RATE })).status);
});

describe('pnpm ops dlq', () => {
  it('lists a conflicting donation with its reason, and a redrive that fails again returns it with its reason, the first donation kept', async () => {
    // Prepare: a donation levied, then an event giving the same donation another amount
    const first = donationReceived.create({ donationId: `${run}-conflict`, amountPence: 1_000, receivedOn, source: 'donation' }, { correlationId: run });
    await cloud.sqs.send(new SendMessageCommand({ QueueUrl: cloud.ref('FundInboxQueue'), MessageBody: JSON.stringify(first) }));
    const kept = await levied(`${run}-conflict`);
    const conflicting = donationReceived.create({ donationId: `${run}-conflict`, amountPence: 9_999, receivedOn, source: 'donation' }, { correlationId: run });
    await cloud.sqs.send(new SendMessageCommand({ QueueUrl: cloud.ref('FundInboxQueue'), MessageBody: JSON.stringify(conflicting) }));
    const reason = `donation ${run}-conflict was already received with a different amount, date or source; it was levied as first received`;
    // Act: list it
    const listed = await deadLettered(conflicting.id, 'the conflicting donation in the listing');
    // Assess
    expect({ ...listed, messageId: typeof listed.messageId, ageSeconds: typeof listed.ageSeconds }).toStrictEqual({
      messageId: 'string',
      kind: 'event',
      failureReason: reason,
      eventType: 'fund.donation-received',
      eventId: conflicting.id,
      ageSeconds: 'number',
    });
    const readable = (await ops('list', '--queue', DLQ)).stdout.split('\n');
    const line = readable.findIndex((text) => text.includes(listed.messageId));
    expect(readable.slice(line, line + 2)).toStrictEqual([
      expect.stringMatching(new RegExp(`^  ${listed.messageId}  fund.donation-received ${conflicting.id}  age \\d+s$`)),
      `    reason: ${reason}`,
    ]);
    // Act: redrive it by its event's id
    const redriven = await ops('redrive', '--queue', DLQ, '--id', conflicting.id);
    // Assess: moved, failed again, back with its reason as a new message; the donation as first received
    expect({ code: redriven.code, stdout: redriven.stdout.startsWith(`moved 1 to FundInboxQueue`) }).toStrictEqual({ code: 0, stdout: true });
    const again = await eventually(
      async () => {
        const found = await listedFor(conflicting.id);
        return found.length === 1 && found[0]?.messageId !== listed.messageId ? found[0] : undefined;
      },
      { timeoutMs: 30_000, what: 'the redriven conflict back in the dead-letter queue' },
    );
    expect(again.failureReason).toBe(reason);
    expect(await donation(`${run}-conflict`)).toStrictEqual(kept);
  });

  it('redrives a dead letter whose cause has passed, which is then levied once', async () => {
    // Prepare: a donation that failed for a passing reason (a throttled table, say)
    const event = donationReceived.create({ donationId: `${run}-passed`, amountPence: 2_000, receivedOn, source: 'donation' }, { correlationId: run });
    await deadLetter(JSON.stringify(event), 'ProvisionedThroughputExceededException: the table was throttled');
    const listed = await deadLettered(event.id, 'the throttled donation in the listing');
    expect(listed.failureReason).toBe('ProvisionedThroughputExceededException: the table was throttled');
    // Act
    const redriven = await ops('redrive', '--queue', DLQ, '--id', listed.messageId);
    // Assess
    expect(redriven).toStrictEqual({ code: 0, stdout: `moved 1 to ${cloud.ref('FundInboxQueue').split('/').at(-1)}: ${listed.messageId}\n`, stderr: '' });
    expect(await levied(`${run}-passed`)).toMatchObject({ donationId: `${run}-passed`, amountPence: 2_000, levy: { exactPence: '60.0000' } });
    expect({ ledger: await ledgerKinds(`${run}-passed`), stillDeadLettered: await listedFor(event.id) }).toStrictEqual({ ledger: ['levy'], stillDeadLettered: [] });
  });

  it('redrives an event that was already applied, and nothing changes', async () => {
    // Prepare: a donation levied, and its event dead-lettered too (as when a consumer timed out after its write)
    const event = donationReceived.create({ donationId: `${run}-applied`, amountPence: 3_000, receivedOn, source: 'donation' }, { correlationId: run });
    const body = JSON.stringify(event);
    await cloud.sqs.send(new SendMessageCommand({ QueueUrl: cloud.ref('FundInboxQueue'), MessageBody: body }));
    const before = await levied(`${run}-applied`);
    await deadLetter(body, 'Task timed out after 10.00 seconds');
    await deadLettered(event.id, 'the applied donation in the listing');
    // Act
    const redriven = await ops('redrive', '--queue', DLQ, '--id', event.id);
    await consumed(body);
    // Assess: the inbox knew the event; the donation and its ledger are as they were, and the queue is clear of it
    expect(redriven.code).toBe(0);
    expect({ donation: await donation(`${run}-applied`), ledger: await ledgerKinds(`${run}-applied`), stillDeadLettered: await listedFor(event.id) }).toStrictEqual({
      donation: before,
      ledger: ['levy'],
      stillDeadLettered: [],
    });
  });

  it("fails to redrive a relay's on-failure queue, and says why", async () => {
    // Prepare
    const relayQueue = cloud.served.queues.find((logicalId) => /^Fund.*Relay.*DeadLetterQueue/.test(logicalId)) ?? 'none';
    // Act
    const refused = await ops('redrive', '--queue', relayQueue, '--all');
    // Assess
    expect({ code: refused.code, stderr: refused.stderr.split(':')[0] }).toStrictEqual({ code: 1, stderr: `not redriving ${relayQueue}` });
    expect(refused.stderr).toContain('the on-failure destination of an outbox relay');
  });

  it('fails to show an id that no message on the queue has, naming the queue', async () => {
    const refused = await ops('show', '--queue', DLQ, '--id', `${run}-nothing`);
    expect(refused).toStrictEqual({ code: 1, stdout: '', stderr: expect.stringMatching(new RegExp(`^FundInboxDeadLetterQueue\\w* holds no message with the id ${run}-nothing`)) });
  });
});
