import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { ServiceName } from '@platform/events';
import { Construct } from 'constructs';
import type { EventQueues } from './event-routing.ts';
import { ServiceFunction } from './service-function.ts';
import type { StageConfig } from './stage-config.ts';

/** The relay's handler, shared by every service. */
export const RELAY_ENTRY = 'packages/kit/src/outbox/relay-handler.ts';

export interface OutboxRelayProps {
  readonly service: ServiceName;
  readonly stage: StageConfig;
  /** The service's outbox; it must have a stream. */
  readonly outbox: ITable;
  /** Where each event type goes, usually from `routeToInboxes`. */
  readonly routes: EventQueues;
}

/**
 * Reads a service's outbox stream and sends each event to the inbound queues of its consumers, as listed
 * in `EVENT_ROUTES` (`{ "<event type>": ["<queue url>", ...] }`). It may send to those queues only.
 * Records that still fail after bisecting and ten retries are described in the relay's dead-letter queue.
 */
export class OutboxRelay extends Construct {
  readonly function: ServiceFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: OutboxRelayProps) {
    super(scope, id);
    const streamArn = props.outbox.tableStreamArn;
    if (streamArn === undefined) {
      throw new Error(`OutboxRelay ${this.node.path} needs an outbox with a stream; ${props.outbox.node.path} has none`);
    }

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter queue: the on-failure destination (DestinationConfig.OnFailure) of ' +
        "the relay's stream event source mapping. cdk-nag only recognises DLQs named in a queue's " +
        "RedrivePolicy or a function's DeadLetterConfig.",
    });

    const eventRoutes = Object.fromEntries(
      Object.entries(props.routes).map(([eventType, queues]) => [eventType, queues.map((queue) => queue.queueUrl)]),
    );
    this.function = new ServiceFunction(this, 'Function', {
      service: props.service,
      stage: props.stage,
      entry: RELAY_ENTRY,
      timeout: Duration.seconds(30),
      // toJsonString keeps each queue URL a reference that CloudFormation resolves at deploy time.
      environment: { EVENT_ROUTES: Stack.of(this).toJsonString(eventRoutes) },
    });

    // A mapping of our own rather than DynamoEventSource: that one grants dynamodb:ListStreams on `*`, while
    // the grant below is limited to this outbox's stream.
    this.function.function.addEventSourceMapping('OutboxStream', {
      eventSourceArn: streamArn,
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: 25,
      bisectBatchOnError: true,
      retryAttempts: 10,
      reportBatchItemFailures: true,
      onFailure: new SqsDlq(this.deadLetterQueue),
    });
    props.outbox.grantStream(
      this.function.function,
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
    );

    for (const queue of new Set<IQueue>(Object.values(props.routes).flat())) {
      queue.grantSendMessages(this.function.function);
    }
  }
}
