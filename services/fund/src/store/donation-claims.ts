import type { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DocumentClient } from '@platform/kit';
import type { DonationData } from '../domain/donation.ts';

/**
 * What claiming a donation id found: `claimed` (the id was free, and is now held for these facts),
 * `claimed-alike` (held already for the same facts: a retry, to be queued again), or `claimed-otherwise`
 * (held for another amount, date or source: a conflict).
 */
export type ClaimOutcome = 'claimed' | 'claimed-alike' | 'claimed-otherwise';

/**
 * The hand-recording route's hold on donation ids. The consumer refuses a conflicting id once the first is
 * levied, but until then every request would be queued and all but one dead-lettered unseen; a claim taken
 * atomically before queueing lets the route answer 409 to each conflicting request while it can still say so.
 */
export interface DonationClaims {
  claim(data: DonationData): Promise<ClaimOutcome>;
}

/** The facts that make a donation the same one (see `isSameDonation`): donor details may be corrected. */
export const donationFingerprint = ({ amountPence, receivedOn, source }: Pick<DonationData, 'amountPence' | 'receivedOn' | 'source'>): string =>
  `${amountPence}|${receivedOn}|${source}`;

/** `DONATION-CLAIM#<donationId>`, `CLAIM`: a small item beside the donation, never changed once written. */
export const donationClaimKey = (donationId: string) => ({ pk: `DONATION-CLAIM#${donationId}`, sk: 'CLAIM' });

/** Claims in the fund's table, by a conditional put; a failed condition returns the claim that holds the id. */
export class DynamoDonationClaims implements DonationClaims {
  readonly #dynamo: DocumentClient;
  readonly #tableName: string;

  constructor(dynamo: DocumentClient, tableName: string) {
    this.#dynamo = dynamo;
    this.#tableName = tableName;
  }

  async claim(data: DonationData): Promise<ClaimOutcome> {
    const fingerprint = donationFingerprint(data);
    try {
      await this.#dynamo.put({
        TableName: this.#tableName,
        Item: { ...donationClaimKey(data.donationId), fingerprint, donationId: data.donationId },
        ConditionExpression: 'attribute_not_exists(pk)',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      });
      return 'claimed';
    } catch (error) {
      // By name: the SDK's class may be loaded more than once in a bundle or a test worker.
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      // The document client does not unmarshall an exception's item: it is in DynamoDB's own form.
      return (error as ConditionalCheckFailedException).Item?.['fingerprint']?.S === fingerprint ? 'claimed-alike' : 'claimed-otherwise';
    }
  }
}
