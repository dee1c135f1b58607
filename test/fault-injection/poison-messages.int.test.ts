import { execFile } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { donationReceived, pingRecorded, retirementAnnounced } from '@platform/events';
import { repoRoot } from '@platform/local-cloud';
import { eventually, localCloud } from '@platform/testing';

// A poison message of each kind on each service's inbox, as a producer with a bug would send it, reaching that
// inbox's dead-letter queue with the consumer's reason; read with `pnpm ops dlq` as an operator reads it. Where
// the cause can be fixed (a retirement in a seat not yet imported), it is fixed and the dead letter redriven
// with the tool, and applied once. (test/dead-letters.int.test.ts has the fund's conflicting donation, a redrive
// that fails again, and an event already applied.) Other files dead-letter messages too: this one looks only
// at its own, by event id or by the run's mark in the body.
const cloud = localCloud();
const run = randomUUID().slice(0, 8);
const today = new Date().toISOString().slice(0, 10);

interface Listed {
  queue: string;
  messages: { messageId: string; kind: string; failureReason?: string; eventType?: string; eventId?: string }[];
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
const listing = async (queue: string) => JSON.parse((await ops('list', '--queue', queue, '--json')).stdout) as Listed[];
const messagesOn = async (queue: string) => (await listing(queue)).flatMap((listed) => listed.messages);

/** The inboxes, each with an event its consumer accepts and data that breaks that event's schema. */
const INBOXES = [
  {
    service: 'Fund',
    valid: () => donationReceived.create({ donationId: `${run}-poison`, amountPence: 100, receivedOn: today, source: 'donation' }, { correlationId: run }),
    breakData: (data: Record<string, unknown>) => ({ ...data, amountPence: -1 }),
    schemaReason: 'fund.donation-received v1 is invalid: data.amountPence: Too small: expected number to be >0',
  },
  {
    service: 'Selections',
    valid: () => retirementAnnounced.create(retirement(`${run}-poison`, 'E14000001'), { correlationId: run }),
    breakData: (data: Record<string, unknown>) => ({ ...data, seatId: 'not-a-seat' }),
    schemaReason: 'emeritus.retirement-announced v1 is invalid: data.seatId: a GSS code is a country letter (E, N, S, W) and eight digits, e.g. E14001063',
  },
  {
    service: 'Emeritus',
    valid: () => retirementAnnounced.create(retirement(`${run}-poison`, 'E14000001'), { correlationId: run }),
    breakData: (data: Record<string, unknown>) => ({ ...data, emeritusEligible: 'yes' }),
    schemaReason: 'emeritus.retirement-announced v1 is invalid: data.emeritusEligible: Invalid input: expected boolean, received string',
  },
  {
    service: 'Health',
    valid: () => pingRecorded.create({ pingId: randomUUID(), message: 'poison', recordedBy: run }, { correlationId: run }),
    breakData: (data: Record<string, unknown>) => ({ ...data, pingId: 'not-a-uuid' }),
    schemaReason: 'health.ping-recorded v1 is invalid: data.pingId: Invalid UUID',
  },
] as const;

function retirement(retirementId: string, seatId: string) {
  return { retirementId, mpId: `mp-${retirementId}`, mpName: 'Poison Test MP', seatId, announcedOn: today, expectedElectionOn: '2029-05-03', emeritusEligible: true };
}

const send = (service: string, body: string) => cloud.sqs.send(new SendMessageCommand({ QueueUrl: cloud.ref(`${service}InboxQueue`), MessageBody: body }));

let staff: string;
beforeAll(async () => {
  staff = await cloud.token('hq-staff', 'staff-poison');
});

describe.each(INBOXES)('a poison message on the $service inbox', ({ service, valid, breakData, schemaReason }) => {
  const deadLetters = `${service}InboxDeadLetterQueue`;

  it('reaches its dead-letter queue with its reason: an envelope that is invalid, an unknown type, an unknown version, data breaking its schema', async () => {
    // Prepare: four events, each wrong in one way
    const event = valid() as unknown as Record<string, unknown> & { data: Record<string, unknown> };
    const noOccurredAt: Record<string, unknown> = { ...event, id: randomUUID() };
    delete noOccurredAt.occurredAt;
    const poison: Record<string, { body: Record<string, unknown>; reason: string }> = {
      envelope: { body: noOccurredAt, reason: 'the envelope is invalid: occurredAt: Invalid input: expected string, received undefined' },
      type: { body: { ...event, id: randomUUID(), type: 'fund.grant-disbursed' }, reason: `fund.grant-disbursed v1 is not an event this consumer handles (it handles ${handles(service)})` },
      version: { body: { ...event, id: randomUUID(), version: 2 }, reason: `${event.type as string} v2 is not an event this consumer handles (it handles ${handles(service)})` },
      schema: { body: { ...event, id: randomUUID(), data: breakData(event.data) }, reason: schemaReason },
    };
    // Act
    for (const { body } of Object.values(poison)) await send(service, JSON.stringify(body));
    // Assess: each listed by the tool, by its event id, with the consumer's reason
    const ids = Object.values(poison).map(({ body }) => body.id as string);
    const listed = await eventually(
      async () => {
        const mine = (await messagesOn(deadLetters)).filter((message) => message.eventId !== undefined && ids.includes(message.eventId));
        return mine.length === ids.length ? mine : undefined;
      },
      { timeoutMs: 45_000, what: `the four poison messages on ${deadLetters}` },
    );
    expect(Object.fromEntries(ids.map((id) => [id, listed.find((message) => message.eventId === id)?.failureReason]))).toStrictEqual(
      Object.fromEntries(Object.values(poison).map(({ body, reason }) => [body.id, reason])),
    );
  });

  it('reaches its dead-letter queue with its reason when the body is not JSON, its body kept as it was sent', async () => {
    // Prepare
    const body = `{"poison": "${run}-${service}", this is not JSON`;
    // Act
    await send(service, body);
    // Assess: among the unreadable dead letters the tool lists, one shows this very body
    const shown = await eventually(
      async () => {
        const unreadable = (await messagesOn(deadLetters)).filter((message) => message.kind === 'unreadable' && message.failureReason === 'the body is not JSON');
        for (const { messageId } of unreadable) {
          const { stdout } = await ops('show', '--queue', deadLetters, '--id', messageId);
          if (stdout.includes(body)) return stdout;
        }
        return undefined;
      },
      { timeoutMs: 45_000, what: `the unreadable message on ${deadLetters}` },
    );
    expect(shown).toContain('the body is not JSON');
  });
});

describe('a retirement in a seat not yet imported', () => {
  it('reaches the selections dead-letter queue with its reason, and once the seat is imported, a redrive with the tool records it once', async () => {
    // Prepare: a seat no file has imported yet
    const seatId = `E97${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
    const event = retirementAnnounced.create(retirement(`${run}-unimported`, seatId), { correlationId: run });
    await send('Selections', JSON.stringify(event));
    const reason = `there is no seat ${seatId}; import the results file first (POST /selections/seats/import)`;
    // Act: the operator reads the reason
    const listed = await eventually(
      async () => (await messagesOn('SelectionsInboxDeadLetterQueue')).find((message) => message.eventId === event.id),
      { timeoutMs: 45_000, what: 'the retirement on the selections dead-letter queue' },
    );
    // Assess
    expect(listed).toMatchObject({ kind: 'event', eventType: 'emeritus.retirement-announced', eventId: event.id, failureReason: reason });
    expect((await cloud.request('GET', `/selections/seats/${seatId}`, { token: staff })).status).toBe(404);

    // Act: the cause fixed (the seat imported), then the dead letter redriven by its event id
    const imported = await cloud.request('POST', '/selections/seats/import', { token: staff, body: `gss_code,name,region\n${seatId},Poison Test Seat,North East\n`, headers: { 'content-type': 'text/csv' } });
    expect(imported.status).toBe(200);
    const redriven = await ops('redrive', '--queue', 'SelectionsInboxDeadLetterQueue', '--id', event.id);
    // Assess: moved, applied (the seat knows the retirement), and no longer dead-lettered
    expect({ code: redriven.code, moved: redriven.stdout.startsWith('moved 1 to ') }).toStrictEqual({ code: 0, moved: true });
    const seat = await eventually(
      async () => {
        const { body } = await cloud.request('GET', `/selections/seats/${seatId}`, { token: staff });
        return (body as { retirement?: unknown }).retirement === undefined ? undefined : body;
      },
      { timeoutMs: 45_000, what: `the retirement recorded in ${seatId}` },
    );
    expect(seat).toMatchObject({ seatId, retirement: { retirementId: `${run}-unimported`, status: 'announced', announcedOn: today } });
    expect((await messagesOn('SelectionsInboxDeadLetterQueue')).filter((message) => message.eventId === event.id)).toStrictEqual([]);
  });
});

function handles(service: string): string {
  switch (service) {
    case 'Fund':
      return 'fund.donation-received v1, selections.selection-scheduled v1, selections.selection-cancelled v1';
    case 'Health':
      return 'health.ping-recorded v1';
    default:
      return 'emeritus.retirement-announced v1, emeritus.retirement-withdrawn v1';
  }
}
