import type { SQSEvent, SQSRecord } from 'aws-lambda';

/**
 * An SQS event for tests, one record per body, with message ids `message-1`, `message-2`, ….
 *
 * @example
 * ```ts
 * const result = await handler(sqsEvent(JSON.stringify(event), 'not json'), lambdaContext());
 * ```
 */
export const sqsEvent = (...bodies: string[]): SQSEvent => ({
  Records: bodies.map(
    (body, index): SQSRecord => ({
      messageId: `message-${index + 1}`,
      receiptHandle: `receipt-${index + 1}`,
      body,
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: '1767268800000',
        SenderId: 'AIDAEXAMPLE',
        ApproximateFirstReceiveTimestamp: '1767268800001',
      },
      messageAttributes: {},
      md5OfBody: 'md5',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-2:123456789012:events',
      awsRegion: 'eu-west-2',
    }),
  ),
});
