import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
} from '@aws-sdk/client-sqs';
import type { Message, MessageAttributeValue, SQSClient } from '@aws-sdk/client-sqs';

interface Held {
  message: Message;
  visible: boolean;
}

/**
 * An in-memory SQS for the commands the dead-letter tools send (receive, change visibility, delete, send),
 * keyed by queue URL: a received message stays hidden until made visible again or deleted, as in SQS.
 * `calls` records each command's name and queue, so a test can check that nothing was read.
 *
 * @example
 * ```ts
 * const sqs = new FakeSqs();
 * sqs.put(dlqUrl, { MessageId: 'm-1', Body: '{}' });
 * await listDeadLettersHandler(route, { sqs: sqs.client, queues })(event, lambdaContext());
 * ```
 */
export class FakeSqs {
  readonly queues = new Map<string, Held[]>();
  readonly calls: { command: string; queueUrl: string }[] = [];
  private sequence = 0;

  /** Puts a message on a queue as if it had been sent there. */
  put(queueUrl: string, message: Message): void {
    const queue = this.queues.get(queueUrl) ?? [];
    queue.push({ message: { ReceiptHandle: `rh-${++this.sequence}`, ...message }, visible: true });
    this.queues.set(queueUrl, queue);
  }

  /** The messages on a queue, hidden or not. */
  messagesOn(queueUrl: string): Message[] {
    return (this.queues.get(queueUrl) ?? []).map((held) => held.message);
  }

  readonly client = {
    send: async (command: unknown): Promise<unknown> => {
      const input = (command as { input: { QueueUrl?: string } }).input;
      const queueUrl = input.QueueUrl ?? '';
      this.calls.push({ command: (command as object).constructor.name, queueUrl });
      const queue = this.queues.get(queueUrl) ?? [];
      if (command instanceof ReceiveMessageCommand) {
        const taken = queue.filter((held) => held.visible).slice(0, command.input.MaxNumberOfMessages ?? 1);
        for (const held of taken) held.visible = false;
        return { Messages: taken.map((held) => held.message) };
      }
      if (command instanceof ChangeMessageVisibilityCommand) {
        const held = queue.find((each) => each.message.ReceiptHandle === command.input.ReceiptHandle);
        if (held !== undefined) held.visible = command.input.VisibilityTimeout === 0;
        return {};
      }
      if (command instanceof DeleteMessageCommand) {
        this.queues.set(queueUrl, queue.filter((each) => each.message.ReceiptHandle !== command.input.ReceiptHandle));
        return {};
      }
      if (command instanceof SendMessageCommand) {
        const messageId = `sent-${++this.sequence}`;
        this.put(queueUrl, {
          MessageId: messageId,
          ...(command.input.MessageBody === undefined ? {} : { Body: command.input.MessageBody }),
          ...(command.input.MessageAttributes === undefined ? {} : { MessageAttributes: command.input.MessageAttributes as Record<string, MessageAttributeValue> }),
        });
        return { MessageId: messageId };
      }
      throw new Error(`FakeSqs does not serve ${(command as object).constructor.name}`);
    },
  } as unknown as SQSClient;
}
