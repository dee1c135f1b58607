import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { ServiceFunction } from './service-function.ts';
import type { StageConfig } from './stage-config.ts';

export interface ServiceInboxProps {
  readonly stage: StageConfig;
}

/**
 * The queue through which a service receives the events it consumes, with its dead-letter queue. One
 * consumer function reads it; a message that fails three times moves to the dead-letter queue, and the
 * consumer may send a poison message there at once, with its reason.
 *
 * @example
 * const inbox = new ServiceInbox(this, 'FundInbox', { stage });
 * inbox.attach(new ServiceFunction(this, 'Consumer', { ..., timeout: inbox.consumerTimeout }));
 */
export class ServiceInbox extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  /** The longest a consumer may run; the queue hides a received message for six times this. */
  readonly consumerTimeout: Duration;
  private consumer: ServiceFunction | undefined;

  constructor(scope: Construct, id: string, props: ServiceInboxProps) {
    super(scope, id);
    this.consumerTimeout = props.stage.consumerTimeout;

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Six times the consumer's timeout, as Lambda advises, so a batch still in flight (and its retries
      // after throttling) does not become visible to a second invocation.
      visibilityTimeout: Duration.seconds(this.consumerTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 3 },
    });
  }

  /**
   * Makes `consumer` the function that reads this inbox: batches of up to 10, partial batch failures, and
   * `DEAD_LETTER_QUEUE_URL` with permission to send there (and nowhere else).
   */
  attach(consumer: ServiceFunction): void {
    if (this.consumer !== undefined) {
      throw new Error(
        `${this.node.path} already has consumer ${this.consumer.node.path}; one function reads an inbox ` +
          `and dispatches on the event type, got a second: ${consumer.node.path}`,
      );
    }
    if (consumer.timeout.toSeconds() > this.consumerTimeout.toSeconds()) {
      throw new Error(
        `${consumer.node.path} times out after ${consumer.timeout.toSeconds()}s, longer than the ` +
          `${this.consumerTimeout.toSeconds()}s the inbox ${this.node.path} allows its consumer`,
      );
    }
    this.consumer = consumer;
    consumer.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
      }),
    );
    consumer.function.addEnvironment('DEAD_LETTER_QUEUE_URL', this.deadLetterQueue.queueUrl);
    this.deadLetterQueue.grantSendMessages(consumer.function);
  }
}
