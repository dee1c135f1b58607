import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { MessageSender } from '../aws/types.ts';
import { asciiJsonText } from '../json/ascii-json.ts';

// SQS caps a message's attributes with its body at 256 KiB; a reason never needs more than this.
const maxReasonLength = 1_000;

/**
 * Sends a message that can never be processed straight to the dead-letter queue, with the original body
 * (its non-ASCII characters escaped as `\uXXXX`, which leaves a JSON body the same value, so that no queue
 * refuses it) and, as message attributes, why it failed (`failureReason`) and the id it had (`sourceQueueMessageId`).
 *
 * @example
 * ```ts
 * await sendToDeadLetterQueue(sqsClient(), deadLetterQueueUrl, { body: record.body, messageId: record.messageId, reason });
 * ```
 */
export const sendToDeadLetterQueue = async (
  sqs: MessageSender,
  queueUrl: string,
  message: { body: string; messageId: string; reason: string },
): Promise<void> => {
  await sqs.send(
    new SendMessageCommand({
      QueueUrl: queueUrl,
      MessageBody: asciiJsonText(message.body),
      MessageAttributes: {
        failureReason: { DataType: 'String', StringValue: asciiJsonText(message.reason.slice(0, maxReasonLength)) },
        sourceQueueMessageId: { DataType: 'String', StringValue: message.messageId },
      },
    }),
  );
};
