import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { readStackTemplate } from '@platform/local-cloud';
import { eventually } from '@platform/testing';
import type { LocalCloudClient } from '@platform/testing';

interface Template {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
}

/** Where an event was seen once it reached the selections inbox. */
export type Arrival =
  | { seen: 'on-the-queue'; event: unknown }
  | { seen: 'processed-by-the-consumer' }
  | { seen: 'dead-lettered-by-the-consumer'; event: unknown };

/**
 * Watches for an event reaching the selections service's inbound queue without ever receiving from it: a test
 * that received would steal the selections consumer's message, or add to its receive count until it was
 * dead-lettered.
 *
 * Each poll looks, in this order, for the event
 * 1. on the queue, ready or in flight (peeked, not received), until the consumer has taken it, and while it
 *    retries it (in flight for the queue's visibility timeout);
 * 2. in the consumer's table as the kit's inbox record (`INBOX#<event id>`), which every consumer commits with
 *    the change the event caused, before its message is deleted;
 * 3. in the selections dead-letter queue, should the consumer refuse it.
 * A message is deleted from the queue only after step 2's record exists or while it sits in step 3, so one of
 * the three always holds once it has arrived.
 */
export const selectionsInbox = (cloud: LocalCloudClient) => {
  // The stack as deployed, nested stacks flattened in: the consumer's event source mapping lives in a nested stack.
  const template = readStackTemplate(join(cloud.stateDir, 'cdk.out'), 'Platform-dev') as Template;
  const queueId = Object.keys(cloud.refs).find((id) => id.startsWith('SelectionsInboxQueue'));
  const mapping = Object.values(template.Resources).find(
    (resource) =>
      resource.Type === 'AWS::Lambda::EventSourceMapping' &&
      JSON.stringify(resource.Properties?.['EventSourceArn']) === JSON.stringify({ 'Fn::GetAtt': [queueId, 'Arn'] }),
  );
  const consumerId = (mapping?.Properties?.['FunctionName'] as { Ref: string } | undefined)?.Ref;
  const environment = consumerId === undefined ? undefined : (template.Resources[consumerId]?.Properties?.['Environment'] as { Variables?: Record<string, { Ref?: string }> });
  const tableId = environment?.Variables?.['TABLE_NAME']?.Ref;
  const consumerTable = tableId === undefined ? undefined : cloud.refs[tableId];
  // Without it, every arrival would look "on the queue" or lost, and the tests would check nothing of the consumer.
  if (consumerTable === undefined) throw new Error(`found no consumer with a TABLE_NAME on ${queueId} in the synthesized stack`);

  const peekFor = async (queueUrl: string, eventId: string): Promise<unknown> =>
    (await cloud.peek(queueUrl))
      // Other suites share the queue, and some send it poison that is not JSON at all: those are not the event.
      .map((body) => {
        try {
          return JSON.parse(body) as { id?: string };
        } catch {
          return {};
        }
      })
      .find((event) => event.id === eventId);

  const inboxRecordOf = async (eventId: string): Promise<boolean> => {
    const { Count = 0 } = await cloud.dynamodb.send(
      new QueryCommand({
        TableName: consumerTable,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': { S: `INBOX#${eventId}` } },
        ConsistentRead: true,
      }),
    );
    return Count > 0;
  };

  return {
    /** Waits until the event with this id has reached the selections inbox, and says where it was seen. */
    arrivalOf: (eventId: string): Promise<Arrival> =>
      eventually<Arrival>(
        async () => {
          const queued = await peekFor(cloud.ref('SelectionsInboxQueue'), eventId);
          if (queued !== undefined) return { seen: 'on-the-queue', event: queued };
          if (await inboxRecordOf(eventId)) return { seen: 'processed-by-the-consumer' };
          const deadLettered = await peekFor(cloud.ref('SelectionsInboxDeadLetterQueue'), eventId);
          return deadLettered === undefined ? undefined : { seen: 'dead-lettered-by-the-consumer', event: deadLettered };
        },
        { what: `event ${eventId} to reach the selections inbox` },
      ),
  };
};
