import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { FakeSqs, httpEvent, lambdaContext } from '../testing/index.ts';
import { ON_FAILURE_EXPLANATION } from './dead-letter-queues.ts';
import { getDeadLetterHandler, listDeadLettersHandler, redriveDeadLettersHandler } from './dead-letter-handlers.ts';
import { deadLetterRoutes } from './dead-letter-routes.ts';
import { serviceDeadLetterQueues } from './service-dead-letter-queues.ts';

process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const routes = deadLetterRoutes({ service: 'fund', access: ['finance'], who: 'finance' });
const SQS = 'https://sqs.eu-west-2.amazonaws.com/123456789012';
const queues = serviceDeadLetterQueues(
  JSON.stringify([
    { queue: 'fund-inbox', kind: 'inbox', url: `${SQS}/FundInboxDeadLetterQueue`, arn: 'arn:aws:sqs:eu-west-2:123456789012:FundInboxDeadLetterQueue', source: { url: `${SQS}/FundInboxQueue`, arn: 'arn:aws:sqs:eu-west-2:123456789012:FundInboxQueue' } },
    { queue: 'fund-outbox-relay', kind: 'outbox-relay', url: `${SQS}/FundOutboxRelayDeadLetterQueue`, arn: 'arn:aws:sqs:eu-west-2:123456789012:FundOutboxRelayDeadLetterQueue' },
  ]),
);
const finance = { sub: 'fin-1', 'cognito:groups': '[finance]' };
const event = { id: 'evt-1', type: 'fund.donation-received', version: 1, data: { donationId: 'd-1' } };

const withDeadLetters = () => {
  const sqs = new FakeSqs();
  sqs.put(`${SQS}/FundInboxDeadLetterQueue`, {
    MessageId: 'msg-1',
    Body: JSON.stringify(event),
    Attributes: { SentTimestamp: String(NOW.getTime() - 90_000), ApproximateReceiveCount: '2' },
    MessageAttributes: {
      failureReason: { DataType: 'String', StringValue: 'donation d-1 was already received with a different amount' },
      sourceQueueMessageId: { DataType: 'String', StringValue: 'orig-1' },
    },
  });
  sqs.put(`${SQS}/FundOutboxRelayDeadLetterQueue`, {
    MessageId: 'msg-2',
    Body: JSON.stringify({ requestContext: { condition: 'RetryAttemptsExhausted' }, DDBStreamBatchInfo: { batchSize: 3 } }),
  });
  return sqs;
};

const bodyOf = (response: unknown) => JSON.parse((response as { body: string }).body) as unknown;
const statusOf = (response: unknown) => (response as { statusCode: number }).statusCode;

describe('the dead-letter handlers', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW, doNotFake: ['nextTick', 'setImmediate'] });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it("lists the service's queues with their messages, and leaves every message on its queue, visible", async () => {
    // Prepare
    const sqs = withDeadLetters();
    // Act
    const response = await listDeadLettersHandler(routes.listDeadLetters, { sqs: sqs.client, queues })(httpEvent({ path: '/fund/dead-letters', claims: finance }), lambdaContext());
    // Assess
    expect(bodyOf(response)).toStrictEqual({
      queues: [
        {
          queue: 'fund-inbox',
          name: 'FundInboxDeadLetterQueue',
          kind: 'inbox',
          replayable: true,
          redrivesTo: 'FundInboxQueue',
          messageCount: 1,
          more: false,
          messages: [{ messageId: 'msg-1', kind: 'event', failureReason: 'donation d-1 was already received with a different amount', eventType: 'fund.donation-received', eventId: 'evt-1', ageSeconds: 90 }],
        },
        {
          queue: 'fund-outbox-relay',
          name: 'FundOutboxRelayDeadLetterQueue',
          kind: 'outbox-relay',
          replayable: false,
          messageCount: 1,
          more: false,
          messages: [{ messageId: 'msg-2', kind: 'stream-batch', failureReason: 'RetryAttemptsExhausted' }],
        },
      ],
    });
    expect([...sqs.queues.values()].flat().map((held) => held.visible)).toStrictEqual([true, true]);
  });

  it('reads one message by the id of the event it holds, with its attributes and body', async () => {
    const sqs = withDeadLetters();
    const response = await getDeadLetterHandler(routes.getDeadLetter, { sqs: sqs.client, queues })(
      httpEvent({ path: '/fund/dead-letters/fund-inbox/evt-1', routePath: '/fund/dead-letters/{queue}/{messageId}', pathParameters: { queue: 'fund-inbox', messageId: 'evt-1' }, claims: finance }),
      lambdaContext(),
    );
    expect(bodyOf(response)).toStrictEqual({
      messageId: 'msg-1',
      kind: 'event',
      failureReason: 'donation d-1 was already received with a different amount',
      eventType: 'fund.donation-received',
      eventId: 'evt-1',
      ageSeconds: 90,
      queue: 'fund-inbox',
      replayable: true,
      sentAt: '2026-12-01T11:58:30.000Z',
      receiveCount: 2,
      attributes: { failureReason: 'donation d-1 was already received with a different amount', sourceQueueMessageId: 'orig-1' },
      body: JSON.stringify(event, null, 2),
    });
  });

  it('fails with a 404 for a queue the service does not have, before reading any queue', async () => {
    const sqs = withDeadLetters();
    const response = await getDeadLetterHandler(routes.getDeadLetter, { sqs: sqs.client, queues })(
      httpEvent({ path: '/fund/dead-letters/selections-inbox/msg-1', routePath: '/fund/dead-letters/{queue}/{messageId}', pathParameters: { queue: 'selections-inbox', messageId: 'msg-1' }, claims: finance }),
      lambdaContext(),
    );
    expect(statusOf(response)).toBe(404);
    expect((bodyOf(response) as { detail: string }).detail).toBe('this service has no dead-letter queue selections-inbox; its queues are fund-inbox, fund-outbox-relay');
    expect(sqs.calls).toStrictEqual([]);
  });

  it('fails with a 404 for a message the queue does not hold', async () => {
    const sqs = withDeadLetters();
    const response = await getDeadLetterHandler(routes.getDeadLetter, { sqs: sqs.client, queues })(
      httpEvent({ path: '/fund/dead-letters/fund-inbox/msg-9', routePath: '/fund/dead-letters/{queue}/{messageId}', pathParameters: { queue: 'fund-inbox', messageId: 'msg-9' }, claims: finance }),
      lambdaContext(),
    );
    expect(statusOf(response)).toBe(404);
    expect((bodyOf(response) as { detail: string }).detail).toBe("fund-inbox holds no message msg-9 (as its message id or its event's id)");
  });

  const redriving = (queue: string, json: unknown) =>
    httpEvent({ method: 'POST', path: `/fund/dead-letters/${queue}/redrive`, routePath: '/fund/dead-letters/{queue}/redrive', pathParameters: { queue }, json, claims: finance });

  it('sends a chosen message back to its source queue without its failure marks, and answers with what moved', async () => {
    const sqs = withDeadLetters();
    const response = await redriveDeadLettersHandler(routes.redriveDeadLetters, { sqs: sqs.client, queues })(redriving('fund-inbox', { messageIds: ['msg-1', 'msg-7'] }), lambdaContext());
    expect(bodyOf(response)).toStrictEqual({ queue: 'fund-inbox', movedTo: 'FundInboxQueue', moved: ['msg-1'], notFound: ['msg-7'] });
    expect(sqs.messagesOn(`${SQS}/FundInboxDeadLetterQueue`)).toStrictEqual([]);
    expect(sqs.messagesOn(`${SQS}/FundInboxQueue`).map(({ Body, MessageAttributes }) => ({ Body, MessageAttributes }))).toStrictEqual([{ Body: JSON.stringify(event), MessageAttributes: undefined }]);
  });

  it("fails with a 409 on a relay's on-failure queue, saying what to do instead, and moves nothing", async () => {
    const sqs = withDeadLetters();
    const response = await redriveDeadLettersHandler(routes.redriveDeadLetters, { sqs: sqs.client, queues })(redriving('fund-outbox-relay', { all: true }), lambdaContext());
    expect(statusOf(response)).toBe(409);
    expect((bodyOf(response) as { detail: string }).detail).toBe(`not redriving FundOutboxRelayDeadLetterQueue: ${ON_FAILURE_EXPLANATION}`);
    expect(sqs.calls).toStrictEqual([]);
  });

  it('fails with a 400 on a body that names neither messages nor all', async () => {
    const sqs = withDeadLetters();
    const response = await redriveDeadLettersHandler(routes.redriveDeadLetters, { sqs: sqs.client, queues })(redriving('fund-inbox', { all: false }), lambdaContext());
    expect(statusOf(response)).toBe(400);
    expect(sqs.calls).toStrictEqual([]);
  });

  it('fails with a 403 for a caller without the role, before reading any queue', async () => {
    const sqs = withDeadLetters();
    const response = await listDeadLettersHandler(routes.listDeadLetters, { sqs: sqs.client, queues })(
      httpEvent({ path: '/fund/dead-letters', claims: { sub: 'hq-1', 'cognito:groups': '[hq-staff]' } }),
      lambdaContext(),
    );
    expect(statusOf(response)).toBe(403);
    expect(sqs.calls).toStrictEqual([]);
  });
});
