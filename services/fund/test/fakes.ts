import type { SendMessageCommand, SendMessageCommandInput } from '@aws-sdk/client-sqs';
import type { EventEnvelope } from '@platform/events';
import type { DonationQueue } from '../src/store/donation-queue.ts';

/** A DonationQueue that keeps what it is sent; `refuse` lists indexes (within one call) it will not take. */
export class FakeDonationQueue implements DonationQueue {
  readonly sent: EventEnvelope[] = [];
  refuse: number[] = [];

  async send(events: readonly EventEnvelope[]): Promise<number[]> {
    events.forEach((event, index) => {
      if (!this.refuse.includes(index)) this.sent.push(event);
    });
    return this.refuse.filter((index) => index < events.length);
  }
}

/** The dead-letter queue as the consumer sees it: what was sent there, and why. */
export const fakeDeadLetterQueue = () => {
  const sent: SendMessageCommandInput[] = [];
  return {
    sent,
    reasons: () => sent.map((input) => input.MessageAttributes?.['failureReason']?.StringValue),
    sqs: {
      send: async (command: SendMessageCommand) => {
        sent.push(command.input);
        return {};
      },
    },
  };
};

/** JWT claims as API Gateway passes them for a caller in one group. */
export const claimsOf = (role: 'finance' | 'hq-staff' | 'candidate', sub = `${role}-1`) => ({ sub, 'cognito:groups': `[${role}]` });

export const bodyOf = (response: { body?: string }) => JSON.parse(response.body ?? 'null') as Record<string, unknown>;
