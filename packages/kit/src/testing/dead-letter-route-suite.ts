import { describe, expect, it } from '@jest/globals';
import { getDeadLetterHandler, listDeadLettersHandler, redriveDeadLettersHandler, serviceDeadLetterQueues } from '../dead-letters/index.ts';
import type { deadLetterRoutes } from '../dead-letters/dead-letter-routes.ts';
import type { HttpLambdaHandler } from '../http/http-handler.ts';
import { FakeSqs } from './fake-sqs.ts';
import { httpEvent } from './http-event.ts';
import { lambdaContext } from './lambda-context.ts';

const SQS = 'https://sqs.eu-west-2.amazonaws.com/123456789012';
const ROLES = ['hq-staff', 'finance', 'candidate'] as const;
type Role = (typeof ROLES)[number];
type Contracts = ReturnType<typeof deadLetterRoutes<string>>;
type Response = Awaited<ReturnType<HttpLambdaHandler>>;

const claims = (group: string) => ({ sub: `${group}-1`, 'cognito:groups': `[${group}]` });
const statusOf = (response: unknown) => (response as { statusCode: number }).statusCode;

/**
 * A service's two queues (its inbox's DLQ and its relay's), one dead letter on the inbox's, and a request to each
 * of its three routes: what both the suite and the answers below run.
 */
const fixture = (service: string, contracts: Contracts) => {
  const queues = serviceDeadLetterQueues(
    JSON.stringify([
      { queue: `${service}-inbox`, kind: 'inbox', url: `${SQS}/${service}-dlq`, arn: `arn:aws:sqs:eu-west-2:123456789012:${service}-dlq`, source: { url: `${SQS}/${service}-inbox`, arn: `arn:aws:sqs:eu-west-2:123456789012:${service}-inbox` } },
      { queue: `${service}-outbox-relay`, kind: 'outbox-relay', url: `${SQS}/${service}-relay-dlq`, arn: `arn:aws:sqs:eu-west-2:123456789012:${service}-relay-dlq` },
    ]),
  );
  const body = JSON.stringify({ id: 'evt-1', type: `${service}.something-happened`, version: 1, data: {} });
  const sqs = new FakeSqs();
  sqs.put(`${SQS}/${service}-dlq`, { MessageId: 'msg-1', Body: body });
  const redriving = (queue: string, group: string) =>
    redriveDeadLettersHandler(contracts.redriveDeadLetters, { sqs: sqs.client, queues })(
      httpEvent({ method: 'POST', path: `/${service}/dead-letters/${queue}/redrive`, routePath: `/${service}/dead-letters/{queue}/redrive`, pathParameters: { queue }, json: { all: true }, claims: claims(group) }),
      lambdaContext(),
    );
  const inbox = `${service}-inbox`;
  /** Each route, answering `group`: the listing, the inbox's message, and the redrive of all of it. */
  const answers = async (group: string): Promise<[string, Response][]> => [
    [
      `GET /${service}/dead-letters`,
      await listDeadLettersHandler(contracts.listDeadLetters, { sqs: sqs.client, queues })(httpEvent({ path: `/${service}/dead-letters`, claims: claims(group) }), lambdaContext()),
    ],
    [
      `GET /${service}/dead-letters/{queue}/{messageId}`,
      await getDeadLetterHandler(contracts.getDeadLetter, { sqs: sqs.client, queues })(
        httpEvent({ path: `/${service}/dead-letters/${inbox}/msg-1`, routePath: `/${service}/dead-letters/{queue}/{messageId}`, pathParameters: { queue: inbox, messageId: 'msg-1' }, claims: claims(group) }),
        lambdaContext(),
      ),
    ],
    [`POST /${service}/dead-letters/{queue}/redrive`, await redriving(inbox, group)],
  ];
  return { sqs, body, answers, redriving };
};

/**
 * The tests every service's dead-letter routes pass, as its handlers serve them (the kit's handlers with the
 * service's own contracts): every other role is refused with a 403 before any queue is read, the service's
 * role is answered on every route, and another service's queue is a 404, also before any read.
 *
 * @example
 * ```ts
 * describeDeadLetterRoutes({ service: 'fund', role: 'finance', otherService: 'selections', contracts: { listDeadLetters, getDeadLetter, redriveDeadLetters } });
 * ```
 */
export const describeDeadLetterRoutes = ({ service, role, otherService, contracts }: { service: string; role: Role; otherService: string; contracts: Contracts }): void => {
  describe(`the ${service} dead-letter routes`, () => {
    it.each(ROLES.filter((other) => other !== role))('fail with a 403 for %s on every route, before reading any queue', async (group) => {
      const { sqs, answers } = fixture(service, contracts);
      const statuses = (await answers(group)).map(([, response]) => statusOf(response));
      expect({ statuses, calls: sqs.calls }).toStrictEqual({ statuses: [403, 403, 403], calls: [] });
    });

    it(`answer ${role} on every route: the listing, the message, and the redrive of all`, async () => {
      const { sqs, body, answers } = fixture(service, contracts);
      const statuses = (await answers(role)).map(([, response]) => statusOf(response));
      expect({ statuses, left: sqs.messagesOn(`${SQS}/${service}-dlq`), replayed: sqs.messagesOn(`${SQS}/${service}-inbox`).map((message) => message.Body) }).toStrictEqual({
        statuses: [200, 200, 200],
        left: [],
        replayed: [body],
      });
    });

    it(`fail with a 404 for the ${otherService} service's queue, before reading any queue`, async () => {
      const { sqs, redriving } = fixture(service, contracts);
      const response = await redriving(`${otherService}-inbox`, role);
      expect({ status: statusOf(response), calls: sqs.calls }).toStrictEqual({ status: 404, calls: [] });
    });
  });
};

/**
 * The service's dead-letter routes answering its own role, one request each (the listing, a message, a redrive
 * of all), with their route keys: for a service's test that every route answers as its contract documents.
 *
 * @example
 * ```ts
 * answers.push(...(await deadLetterRouteAnswers({ service: 'fund', role: 'finance', contracts })));
 * ```
 */
export const deadLetterRouteAnswers = ({ service, role, contracts }: { service: string; role: Role; contracts: Contracts }): Promise<[string, Response][]> =>
  fixture(service, contracts).answers(role);
