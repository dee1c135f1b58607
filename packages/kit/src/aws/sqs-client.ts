import { SQSClient } from '@aws-sdk/client-sqs';

// Its own module, so that a function which only sends messages does not bundle the DynamoDB client.
let sqs: SQSClient | undefined;

/**
 * The container's SQS client, created on first use and reused by every later invocation. Region and
 * endpoint come from `AWS_REGION` and `AWS_ENDPOINT_URL_SQS` or `AWS_ENDPOINT_URL`, read by the SDK itself.
 * The endpoint, not a queue URL's host, decides where requests go: emulators hand out URLs on hosts such
 * as `sqs.eu-west-2.localhost` that need not resolve, and in AWS the two agree anyway.
 *
 * @example
 * ```ts
 * await sqsClient().send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
 * ```
 */
export const sqsClient = (): SQSClient => (sqs ??= new SQSClient({ useQueueUrlAsEndpoint: false }));
