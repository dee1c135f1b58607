import { randomUUID } from 'node:crypto';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { donationReceived } from '@platform/events';
import { eventually, localCloud } from '@platform/testing';

// The dead-letter routes through the local cloud's gateway: the fund's real inbox, consumer and dead-letter
// queue, read and replayed by finance over HTTP. Other files dead-letter fund messages too, so this one
// looks only at its own events.
const cloud = localCloud();
const run = randomUUID().slice(0, 8);
const receivedOn = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
// The shared fund's one rate, as every file that levies sets it (see services/fund/test/fund.int.test.ts).
const RATE = { basisPoints: 300, effectiveFrom: '2020-01-01' };
let finance: string;
let staff: string;
let candidate: string;

interface Listed {
  queues: { queue: string; kind: string; replayable: boolean; messages: { messageId: string; kind: string; failureReason?: string; eventType?: string; eventId?: string; ageSeconds?: number }[] }[];
}

const listing = async (service: string, token: string) => (await cloud.request('GET', `/${service}/dead-letters`, { token })).body as Listed;
const listedFor = async (eventId: string, service = 'fund', token = finance) =>
  (await listing(service, token)).queues.flatMap((queue) => queue.messages.map((message) => ({ queue: queue.queue, ...message }))).filter((message) => message.eventId === eventId);
const deadLettered = (eventId: string, what: string) =>
  eventually(async () => ((await listedFor(eventId)).length === 1 ? (await listedFor(eventId))[0] : undefined), { timeoutMs: 30_000, what });
const donation = (donationId: string) =>
  eventually(async () => {
    const response = await cloud.request('GET', `/fund/donations/${donationId}`, { token: finance });
    return response.status === 200 ? (response.body as Record<string, unknown>) : undefined;
  }, { what: `donation ${donationId} to be levied` });
const ledgerKinds = async (donationId: string) => {
  const page = (await cloud.request('GET', `/fund/ledger?from=${receivedOn}&to=${receivedOn}`, { token: finance })).body as { movements: { kind: string; donationId?: string }[] };
  return page.movements.filter((movement) => movement.donationId === donationId).map((movement) => movement.kind);
};
/** A dead letter as the kit's consumer writes one, for a failure whose cause has since been fixed. */
const deadLetter = (body: string, reason: string) =>
  cloud.sqs.send(
    new SendMessageCommand({
      QueueUrl: cloud.ref('FundInboxDeadLetterQueue'),
      MessageBody: body,
      MessageAttributes: { failureReason: { DataType: 'String', StringValue: reason }, sourceQueueMessageId: { DataType: 'String', StringValue: randomUUID() } },
    }),
  );

beforeAll(async () => {
  [finance, staff, candidate] = await Promise.all([cloud.token('finance', 'dlq-fin'), cloud.token('hq-staff', 'dlq-hq'), cloud.token('candidate', 'dlq-cand')]);
  expect([200, 201]).toContain((await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: RATE })).status);
});

describe('the dead-letter routes', () => {
  it("list a poison donation to finance with its reason, and to nobody else: HQ staff's queues do not hold it, the fund's are refused them", async () => {
    // Prepare: a donation event whose amount fails its schema, sent to the fund's inbox
    const poison = { ...donationReceived.create({ donationId: `${run}-poison`, amountPence: 1_000, receivedOn, source: 'donation' }, { correlationId: run }) };
    const body = JSON.stringify({ ...poison, data: { ...poison.data, amountPence: -5 } });
    await cloud.sqs.send(new SendMessageCommand({ QueueUrl: cloud.ref('FundInboxQueue'), MessageBody: body }));
    // Act
    const listed = await deadLettered(poison.id, 'the poison donation in finance\'s listing');
    // Assess
    expect({ ...listed, messageId: typeof listed.messageId, ageSeconds: typeof listed.ageSeconds, failureReason: listed.failureReason?.startsWith('fund.donation-received v1 is invalid: data.amountPence') }).toStrictEqual({
      queue: 'fund-inbox',
      messageId: 'string',
      kind: 'event',
      failureReason: true,
      eventType: 'fund.donation-received',
      eventId: poison.id,
      ageSeconds: 'number',
    });
    const seenByStaff = [...(await listedFor(poison.id, 'selections', staff)), ...(await listedFor(poison.id, 'emeritus', staff))];
    const staffQueues = [...(await listing('selections', staff)).queues, ...(await listing('emeritus', staff)).queues].map((queue) => queue.queue);
    const refusals = await Promise.all([
      cloud.request('GET', '/fund/dead-letters', { token: staff }),
      cloud.request('GET', '/fund/dead-letters', { token: candidate }),
      cloud.request('GET', '/selections/dead-letters', { token: finance }),
      cloud.request('GET', `/selections/dead-letters/fund-inbox/${listed.messageId}`, { token: staff }),
      cloud.request('POST', '/selections/dead-letters/fund-inbox/redrive', { token: staff, body: { all: true } }),
    ]);
    expect({ seenByStaff, staffQueues, refusals: refusals.map((response) => response.status) }).toStrictEqual({
      seenByStaff: [],
      staffQueues: ['selections-inbox', 'selections-outbox-relay', 'emeritus-inbox', 'emeritus-outbox-relay'],
      refusals: [403, 403, 403, 404, 404],
    });
  });

  it('let finance read a dead letter whose cause was fixed and replay it, levied once; a second replay finds nothing', async () => {
    // Prepare: a donation that failed while its cause lasted (a throttled table, say)
    const event = donationReceived.create({ donationId: `${run}-fixed`, amountPence: 2_000, receivedOn, source: 'donation' }, { correlationId: run });
    await deadLetter(JSON.stringify(event), 'ProvisionedThroughputExceededException: the table was throttled');
    const listed = await deadLettered(event.id, 'the throttled donation in the listing');
    const read = await cloud.request('GET', `/fund/dead-letters/fund-inbox/${event.id}`, { token: finance });
    expect({ status: read.status, body: { ...(read.body as object), sentAt: typeof (read.body as { sentAt: unknown }).sentAt, ageSeconds: undefined, receiveCount: undefined } }).toStrictEqual({
      status: 200,
      body: {
        messageId: listed.messageId,
        kind: 'event',
        failureReason: 'ProvisionedThroughputExceededException: the table was throttled',
        eventType: 'fund.donation-received',
        eventId: event.id,
        ageSeconds: undefined,
        receiveCount: undefined,
        queue: 'fund-inbox',
        replayable: true,
        sentAt: 'string',
        attributes: expect.objectContaining({ failureReason: 'ProvisionedThroughputExceededException: the table was throttled' }),
        body: JSON.stringify(event, null, 2),
      },
    });
    // Act
    const replayed = await cloud.request('POST', '/fund/dead-letters/fund-inbox/redrive', { token: finance, body: { messageIds: [listed.messageId] } });
    // Assess
    expect(replayed).toMatchObject({ status: 200, body: { queue: 'fund-inbox', movedTo: cloud.ref('FundInboxQueue').split('/').at(-1), moved: [listed.messageId], notFound: [] } });
    expect(await donation(`${run}-fixed`)).toMatchObject({ donationId: `${run}-fixed`, amountPence: 2_000, levy: { exactPence: '60.0000' } });
    const again = await cloud.request('POST', '/fund/dead-letters/fund-inbox/redrive', { token: finance, body: { messageIds: [listed.messageId] } });
    expect({ again: again.body, ledger: await ledgerKinds(`${run}-fixed`), stillDeadLettered: await listedFor(event.id) }).toStrictEqual({
      again: { queue: 'fund-inbox', movedTo: cloud.ref('FundInboxQueue').split('/').at(-1), moved: [], notFound: [listed.messageId] },
      ledger: ['levy'],
      stillDeadLettered: [],
    });
  });

  it("replays an event already applied, and nothing changes: the fund's inbox knows it", async () => {
    const event = donationReceived.create({ donationId: `${run}-applied`, amountPence: 3_000, receivedOn, source: 'donation' }, { correlationId: run });
    await cloud.sqs.send(new SendMessageCommand({ QueueUrl: cloud.ref('FundInboxQueue'), MessageBody: JSON.stringify(event) }));
    const before = await donation(`${run}-applied`);
    await deadLetter(JSON.stringify(event), 'Task timed out after 10.00 seconds');
    await deadLettered(event.id, 'the applied donation in the listing');
    const replayed = await cloud.request('POST', '/fund/dead-letters/fund-inbox/redrive', { token: finance, body: { messageIds: [event.id] } });
    await eventually(async () => ((await cloud.peek(cloud.ref('FundInboxQueue'))).includes(JSON.stringify(event)) ? undefined : true), { what: 'the fund to finish with the replayed event' });
    expect({ status: replayed.status, donation: await donation(`${run}-applied`), ledger: await ledgerKinds(`${run}-applied`) }).toStrictEqual({ status: 200, donation: before, ledger: ['levy'] });
  });

  it("fails to replay the relay's on-failure queue with a 409 that says what to do instead", async () => {
    const refused = await cloud.request('POST', '/fund/dead-letters/fund-outbox-relay/redrive', { token: finance, body: { all: true } });
    expect({ status: refused.status, detail: (refused.body as { detail: string }).detail.includes("The events are still rows in the service's outbox table") }).toStrictEqual({ status: 409, detail: true });
  });
});
