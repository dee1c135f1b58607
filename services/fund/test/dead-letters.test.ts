import { describe, expect, it } from '@jest/globals';
import { getDeadLetterHandler, listDeadLettersHandler, redriveDeadLettersHandler, serviceDeadLetterQueues } from '@platform/kit/dead-letters';
import { FakeSqs, httpEvent, lambdaContext } from '@platform/kit/testing';
import { getDeadLetter, listDeadLetters, redriveDeadLetters } from '../src/api/dead-letter-routes.ts';

process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';

// The fund service's dead-letter routes as its handlers serve them (the kit's handlers with this service's
// contracts): who may call them, and that they know no queue but the service's own.
const SQS = 'https://sqs.eu-west-2.amazonaws.com/123456789012';
const queues = serviceDeadLetterQueues(
  JSON.stringify([
    { queue: 'fund-inbox', kind: 'inbox', url: `${SQS}/fund-dlq`, arn: 'arn:aws:sqs:eu-west-2:123456789012:fund-dlq', source: { url: `${SQS}/fund-inbox`, arn: 'arn:aws:sqs:eu-west-2:123456789012:fund-inbox' } },
    { queue: 'fund-outbox-relay', kind: 'outbox-relay', url: `${SQS}/fund-relay-dlq`, arn: 'arn:aws:sqs:eu-west-2:123456789012:fund-relay-dlq' },
  ]),
);
const claims = (group: string) => ({ sub: `${group}-1`, 'cognito:groups': `[${group}]` });
const statusOf = (response: unknown) => (response as { statusCode: number }).statusCode;
const withOneDeadLetter = () => {
  const sqs = new FakeSqs();
  sqs.put(`${SQS}/fund-dlq`, { MessageId: 'msg-1', Body: JSON.stringify({ id: 'evt-1', type: 'fund.something-happened', version: 1, data: {} }) });
  return sqs;
};
const requests = (group: string) => [
  [listDeadLettersHandler(listDeadLetters, { sqs: sqs.client, queues }), httpEvent({ path: '/fund/dead-letters', claims: claims(group) })],
  [
    getDeadLetterHandler(getDeadLetter, { sqs: sqs.client, queues }),
    httpEvent({ path: '/fund/dead-letters/fund-inbox/msg-1', routePath: '/fund/dead-letters/{queue}/{messageId}', pathParameters: { queue: 'fund-inbox', messageId: 'msg-1' }, claims: claims(group) }),
  ],
  [
    redriveDeadLettersHandler(redriveDeadLetters, { sqs: sqs.client, queues }),
    httpEvent({ method: 'POST', path: '/fund/dead-letters/fund-inbox/redrive', routePath: '/fund/dead-letters/{queue}/redrive', pathParameters: { queue: 'fund-inbox' }, json: { all: true }, claims: claims(group) }),
  ],
] as const;
let sqs = withOneDeadLetter();

describe('the fund dead-letter routes', () => {
  it.each(['hq-staff', 'candidate'])('fail with a 403 for %s on every route, before reading any queue', async (group) => {
    sqs = withOneDeadLetter();
    const statuses = [];
    for (const [handler, event] of requests(group)) statuses.push(statusOf(await handler(event, lambdaContext())));
    expect({ statuses, calls: sqs.calls }).toStrictEqual({ statuses: [403, 403, 403], calls: [] });
  });

  it('answer finance on every route: the listing, the message, and the redrive of all', async () => {
    sqs = withOneDeadLetter();
    const statuses = [];
    for (const [handler, event] of requests('finance')) statuses.push(statusOf(await handler(event, lambdaContext())));
    expect({ statuses, left: sqs.messagesOn(`${SQS}/fund-dlq`), replayed: sqs.messagesOn(`${SQS}/fund-inbox`).map((message) => message.Body) }).toStrictEqual({
      statuses: [200, 200, 200],
      left: [],
      replayed: [JSON.stringify({ id: 'evt-1', type: 'fund.something-happened', version: 1, data: {} })],
    });
  });

  it('fail with a 404 for the selections service\'s queue, before reading any queue', async () => {
    sqs = withOneDeadLetter();
    const response = await redriveDeadLettersHandler(redriveDeadLetters, { sqs: sqs.client, queues })(
      httpEvent({ method: 'POST', path: '/fund/dead-letters/selections-inbox/redrive', routePath: '/fund/dead-letters/{queue}/redrive', pathParameters: { queue: 'selections-inbox' }, json: { all: true }, claims: claims('finance') }),
      lambdaContext(),
    );
    expect({ status: statusOf(response), calls: sqs.calls }).toStrictEqual({ status: 404, calls: [] });
  });
});
