import { Duration, Stack } from 'aws-cdk-lib';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { ServiceName } from '@platform/events';
import { Construct } from 'constructs';
import { routeKeyOf } from '../../packages/kit/src/contract.ts';
import type { RouteContract } from '../../packages/kit/src/contract.ts';
import type { PlatformApi } from './http-api.ts';
import { ServiceFunction } from './service-function.ts';
import type { ServiceInbox } from './service-inbox.ts';
import type { StageConfig } from './stage-config.ts';

export interface DeadLetterRoutesProps {
  readonly service: ServiceName;
  readonly stage: StageConfig;
  readonly api: PlatformApi;
  /** The service's inbox: its dead-letter queue is read and redriven, back to the inbox's queue. */
  readonly inbox: ServiceInbox;
  /** The on-failure queue of the service's outbox relay: read only, never redriven. */
  readonly relayDeadLetterQueue: IQueue;
  /** The service's three dead-letter contracts, from `deadLetterRoutes` in its `src/api/`. */
  readonly routes: { readonly listDeadLetters: RouteContract; readonly getDeadLetter: RouteContract; readonly redriveDeadLetters: RouteContract };
}

/**
 * A service's dead-letter routes: list, read one, redrive. Each function knows only the service's own two
 * dead-letter queues (`DEAD_LETTER_QUEUES`) and may touch only them: the readers receive and release
 * (never delete), and only the redrive may delete from the inbox's dead-letter queue and send to the inbox.
 * The relay's queue is listed, but the redrive has no grant on it (the handler refuses it with a 409 first).
 *
 * @example
 * new DeadLetterRoutes(this, 'DeadLetters', { service: 'fund', stage, api, inbox, relayDeadLetterQueue, routes: { listDeadLetters, getDeadLetter, redriveDeadLetters } });
 */
export class DeadLetterRoutes extends Construct {
  /** `ListDeadLetters`, `GetDeadLetter` and `RedriveDeadLetters`, by construct id. */
  readonly functions: Readonly<Record<string, ServiceFunction>>;

  constructor(scope: Construct, id: string, props: DeadLetterRoutesProps) {
    super(scope, id);
    const { service, stage, api, inbox, relayDeadLetterQueue, routes } = props;
    // toJsonString keeps each URL and ARN a reference that CloudFormation resolves at deploy time.
    const queues = Stack.of(this).toJsonString([
      {
        queue: `${service}-inbox`,
        kind: 'inbox',
        url: inbox.deadLetterQueue.queueUrl,
        arn: inbox.deadLetterQueue.queueArn,
        source: { url: inbox.queue.queueUrl, arn: inbox.queue.queueArn },
      },
      { queue: `${service}-outbox-relay`, kind: 'outbox-relay', url: relayDeadLetterQueue.queueUrl, arn: relayDeadLetterQueue.queueArn },
    ]);
    const fn = (fnId: string, handler: string, route: RouteContract) => {
      const built = new ServiceFunction(this, fnId, {
        service,
        stage,
        entry: `services/${service}/src/handlers/${handler}.ts`,
        // A read waits a second on each empty receive; a redrive of every message sends each one.
        timeout: Duration.seconds(29),
        environment: { DEAD_LETTER_QUEUES: queues },
      });
      api.route(routeKeyOf(route), built.function);
      return built;
    };

    const list = fn('ListDeadLetters', 'list-dead-letters', routes.listDeadLetters);
    const get = fn('GetDeadLetter', 'get-dead-letter', routes.getDeadLetter);
    for (const reader of [list, get]) {
      for (const queue of [inbox.deadLetterQueue, relayDeadLetterQueue]) queue.grant(reader.function, 'sqs:ReceiveMessage', 'sqs:ChangeMessageVisibility');
    }
    const redrive = fn('RedriveDeadLetters', 'redrive-dead-letters', routes.redriveDeadLetters);
    inbox.deadLetterQueue.grant(redrive.function, 'sqs:ReceiveMessage', 'sqs:ChangeMessageVisibility', 'sqs:DeleteMessage');
    inbox.queue.grantSendMessages(redrive.function);

    this.functions = { ListDeadLetters: list, GetDeadLetter: get, RedriveDeadLetters: redrive };
  }
}
