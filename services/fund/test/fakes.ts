import type { SendMessageCommand, SendMessageCommandInput } from '@aws-sdk/client-sqs';
import type { EventEnvelope } from '@platform/events';
import type { DonationData } from '../src/domain/donation.ts';
import { donationFingerprint } from '../src/store/donation-claims.ts';
import type { ClaimOutcome, DonationClaims } from '../src/store/donation-claims.ts';
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

/** DonationClaims in memory: the first facts claimed for an id hold it, as the conditional put does. */
export class FakeDonationClaims implements DonationClaims {
  readonly held = new Map<string, string>();

  async claim(data: DonationData): Promise<ClaimOutcome> {
    const held = this.held.get(data.donationId);
    if (held === undefined) {
      this.held.set(data.donationId, donationFingerprint(data));
      return 'claimed';
    }
    return held === donationFingerprint(data) ? 'claimed-alike' : 'claimed-otherwise';
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
