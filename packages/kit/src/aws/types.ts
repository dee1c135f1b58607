import type { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';

/**
 * One item of a DynamoDB document-client transaction, such as an outbox or inbox put.
 *
 * @example
 * ```ts
 * const items: TransactWriteItem[] = [{ Put: { TableName: tableName, Item: ping } }, outboxPut(outboxTable, event)];
 * ```
 */
export type TransactWriteItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * The one thing the kit asks of an SQS client: to send a message. `sqsClient()` is one; tests pass a fake.
 *
 * @example
 * ```ts
 * const sqs: MessageSender = sqsClient();
 * await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
 * ```
 */
export interface MessageSender {
  send(command: SendMessageCommand): Promise<unknown>;
}
