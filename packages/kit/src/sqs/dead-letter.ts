import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { MessageSender } from '../aws/types.ts';

// SQS caps a message's attributes with its body at 256 KiB; a reason never needs more than this.
const maxReasonLength = 1_000;

/**
 * Sends a message that can never be processed straight to the dead-letter queue, with the original body
 * and, as message attributes, why it failed (`failureReason`) and the id it had (`sourceQueueMessageId`).
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
      MessageBody: message.body,
      MessageAttributes: {
        failureReason: { DataType: 'String', StringValue: message.reason.slice(0, maxReasonLength) },
        sourceQueueMessageId: { DataType: 'String', StringValue: message.messageId },
      },
    }),
  );
};
