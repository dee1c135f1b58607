import { describe, expect, it } from '@jest/globals';
import type { SendMessageBatchCommand, SendMessageBatchCommandInput, SendMessageBatchCommandOutput } from '@aws-sdk/client-sqs';
import { donationReceived } from '@platform/events';
import { SqsDonationQueue } from './donation-queue.ts';

const QUEUE_URL = 'https://sqs.eu-west-2.amazonaws.com/123456789012/fund-inbox';
const events = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    donationReceived.create({ donationId: `d-${index}`, amountPence: 100, receivedOn: '2026-05-01', source: 'donation' }, { correlationId: 'corr-1' }),
  );

/** An SQS client that records each batch, failing the entries whose ids are in `fail`. */
const fakeSqs = (fail: string[] = []) => {
  const batches: SendMessageBatchCommandInput[] = [];
  return {
    batches,
    sqs: {
      send: async (command: SendMessageBatchCommand): Promise<SendMessageBatchCommandOutput> => {
        batches.push(command.input);
        const ids = (command.input.Entries ?? []).map((entry) => entry.Id ?? '');
        return {
          $metadata: {},
          Successful: ids.filter((id) => !fail.includes(id)).map((id) => ({ Id: id, MessageId: `m-${id}`, MD5OfMessageBody: '' })),
          Failed: ids.filter((id) => fail.includes(id)).map((id) => ({ Id: id, Code: 'InternalError', SenderFault: false })),
        };
      },
    },
  };
};

describe('SqsDonationQueue', () => {
  it('sends a donor name with an emoji, U+FFFE and U+FFFF as ASCII JSON that parses back to the event', async () => {
    // Prepare
    const { batches, sqs } = fakeSqs();
    const event = donationReceived.create(
      { donationId: 'd-1', amountPence: 100, receivedOn: '2026-05-01', source: 'donation', donor: { name: '🌹 Zoë' } },
      { correlationId: 'corr-1' },
    );
    // Act
    const failed = await new SqsDonationQueue(sqs, QUEUE_URL).send([event]);
    // Assess
    const body = batches[0]?.Entries?.[0]?.MessageBody ?? '';
    expect(failed).toStrictEqual([]);
    expect(body).toBe(JSON.stringify(event).replace('🌹 Zoë', String.raw`\ud83c\udf39 Zo\u00eb`));
    expect(JSON.parse(body)).toStrictEqual(event);
  });

  it('sends the events in batches of ten, each as its JSON with its type and correlation id as attributes', async () => {
    // Prepare
    const { batches, sqs } = fakeSqs();
    const sent = events(23);
    // Act
    const failed = await new SqsDonationQueue(sqs, QUEUE_URL).send(sent);
    // Assess
    expect(failed).toStrictEqual([]);
    expect(batches.map((batch) => batch.Entries?.map((entry) => Number(entry.Id))).sort((a, b) => (a?.[0] ?? 0) - (b?.[0] ?? 0))).toStrictEqual([
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
      [10, 11, 12, 13, 14, 15, 16, 17, 18, 19],
      [20, 21, 22],
    ]);
    expect(batches.find((batch) => batch.Entries?.[0]?.Id === '0')?.Entries?.[0]).toStrictEqual({
      Id: '0',
      MessageBody: JSON.stringify(sent[0]),
      MessageAttributes: {
        eventType: { DataType: 'String', StringValue: 'fund.donation-received' },
        correlationId: { DataType: 'String', StringValue: 'corr-1' },
      },
    });
    expect(batches.every((batch) => batch.QueueUrl === QUEUE_URL)).toBe(true);
  });

  it('returns the indexes of the events the queue did not take', async () => {
    // Act
    const failed = await new SqsDonationQueue(fakeSqs(['3', '14']).sqs, QUEUE_URL).send(events(15));
    // Assess
    expect(failed).toStrictEqual([3, 14]);
  });
});
