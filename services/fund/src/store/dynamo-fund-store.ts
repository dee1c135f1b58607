import type { EventEnvelope } from '@platform/events';
import { failedConditionAt, inboxPut, isDuplicateDelivery, outboxPut, retryTransactionConflicts } from '@platform/kit';
import type { DocumentClient, TransactWriteItem } from '@platform/kit';
import type { Donation } from '../domain/donation.ts';
import type { LevyRate } from '../domain/levy-rate.ts';
import type { Movement } from '../domain/ledger.ts';
import type { Refund } from '../domain/refund.ts';
import { FundLedger } from './fund-ledger.ts';
import type { DateRange, Delivery, DonationOutcome, FundState, FundStore, LedgerPage, RateGuard, RateOutcome, RefundOutcome } from './fund-store.ts';
import { donationOf, fundStateOf, movementOf, refundOf } from './items.ts';
import { donationKey, fundKey, ledgerPartition, monthsBetween, refundKey } from './keys.ts';
import { decodeCursor, encodeCursor } from './ledger-cursor.ts';

/** The condition on the fund's totals item under which a levy calculated from `guard` is still right. */
const levyGuard = (guard: RateGuard, receivedOn: string) => {
  const rates = guard.rateVersion === 0 ? 'attribute_not_exists(rateVersion)' : 'rateVersion = :rateVersion';
  const values: Record<string, unknown> = guard.rateVersion === 0 ? {} : { ':rateVersion': guard.rateVersion };
  // The latest date levied only ever moves forward, so it is written (and checked) only by a levy that
  // moves it; an earlier-dated levy needs no check of it at all. `<=`, not `<`: concurrent levies of the
  // same new date all write the same value, and none need be refused for it.
  if (guard.latestReceivedOn !== undefined && receivedOn <= guard.latestReceivedOn) return { condition: rates, values };
  return {
    condition: `${rates} AND (attribute_not_exists(latestReceivedOn) OR latestReceivedOn <= :receivedOn)`,
    set: { latestReceivedOn: receivedOn },
    values: { ...values, ':receivedOn': receivedOn },
  };
};

export class DynamoFundStore implements FundStore {
  readonly #dynamo: DocumentClient;
  readonly #tableName: string;
  readonly #outboxTableName: string | undefined;
  readonly #ledger: FundLedger;

  /** `outboxTableName` is needed only to record refunds; the other functions lack it. */
  constructor(dynamo: DocumentClient, tables: { tableName: string; outboxTableName?: string }) {
    this.#dynamo = dynamo;
    this.#tableName = tables.tableName;
    this.#outboxTableName = tables.outboxTableName;
    this.#ledger = new FundLedger(tables.tableName);
  }

  async fund(): Promise<FundState> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: fundKey, ConsistentRead: true });
    return fundStateOf(Item);
  }

  async recordDonation({ donation, levy }: { donation: Donation; levy: Movement }, guard: RateGuard, { consumer, eventId }: Delivery): Promise<DonationOutcome> {
    const posting = this.#ledger.post(levy, levyGuard(guard, donation.receivedOn));
    const items: TransactWriteItem[] = [
      {
        Put: {
          TableName: this.#tableName,
          Item: { ...donationKey(donation.donationId), type: 'donation', ...donation },
          // The donation id is levied once, whichever event brings it.
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...posting.items,
      inboxPut(this.#tableName, consumer, eventId),
    ];
    try {
      await retryTransactionConflicts(() => this.#dynamo.transactWrite({ TransactItems: items }));
      return 'recorded';
    } catch (error) {
      if (isDuplicateDelivery(error, 3)) return 'duplicate-delivery';
      if (failedConditionAt(error, 0)) return 'donation-exists';
      if (posting.refused(error, 1)) return 'stale-rates';
      throw error;
    }
  }

  async donation(donationId: string): Promise<{ donation: Donation; refunds: Refund[] } | undefined> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#dynamo.query({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': donationKey(donationId).pk },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      });
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    const donationItem = items.find((item) => item['sk'] === 'DONATION');
    if (donationItem === undefined) return undefined;
    const refunds = items
      .filter((item) => String(item['sk']).startsWith('REFUND#'))
      .map(refundOf)
      .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
    return { donation: donationOf(donationItem), refunds };
  }

  async recordRefund({ donation, refund, reversal }: { donation: Donation; refund: Refund; reversal: Movement }, event: EventEnvelope): Promise<RefundOutcome> {
    if (this.#outboxTableName === undefined) throw new Error('this DynamoFundStore was built without an outbox table, so it cannot record refunds');
    const posting = this.#ledger.post(reversal);
    const items: TransactWriteItem[] = [
      {
        Update: {
          TableName: this.#tableName,
          Key: donationKey(donation.donationId),
          UpdateExpression: 'SET refundedPence = refundedPence + :refunded, levyReversedUnits = levyReversedUnits + :reversed',
          // Checked against the stored total, not the one read: concurrent refunds can never together
          // exceed the donation.
          ConditionExpression: 'attribute_exists(pk) AND refundedPence <= :mostBefore',
          ExpressionAttributeValues: {
            ':refunded': refund.amountPence,
            ':reversed': refund.levyReversedUnits,
            ':mostBefore': donation.amountPence - refund.amountPence,
          },
        },
      },
      {
        Put: {
          TableName: this.#tableName,
          Item: { ...refundKey(refund.donationId, refund.refundId), type: 'refund', ...refund },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...posting.items,
      outboxPut(this.#outboxTableName, event),
    ];
    try {
      await retryTransactionConflicts(() => this.#dynamo.transactWrite({ TransactItems: items }));
      return 'recorded';
    } catch (error) {
      if (failedConditionAt(error, 1)) return 'refund-exists';
      if (failedConditionAt(error, 0)) return 'donation-changed';
      throw error;
    }
  }

  async addRate(rate: LevyRate, guard: RateGuard): Promise<RateOutcome> {
    const version = guard.rateVersion === 0 ? 'attribute_not_exists(rateVersion)' : 'rateVersion = :rateVersion';
    try {
      await retryTransactionConflicts(() =>
        this.#dynamo.update({
          TableName: this.#tableName,
          Key: fundKey,
          // Appended, never replaced: the history of rates is kept as set.
          UpdateExpression: 'SET rates = list_append(if_not_exists(rates, :none), :rate), rateVersion = :nextVersion',
          ConditionExpression: `${version} AND (attribute_not_exists(latestReceivedOn) OR latestReceivedOn < :effectiveFrom)`,
          ExpressionAttributeValues: {
            ':none': [],
            ':rate': [rate],
            ':nextVersion': guard.rateVersion + 1,
            ':effectiveFrom': rate.effectiveFrom,
            ...(guard.rateVersion === 0 ? {} : { ':rateVersion': guard.rateVersion }),
          },
        }),
      );
      return 'added';
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return 'stale';
      throw error;
    }
  }

  async ledger({ from, to }: DateRange, { limit, cursor }: { limit: number; cursor?: string }): Promise<LedgerPage> {
    const months = monthsBetween(from, to);
    const start = cursor === undefined ? { month: months[0] ?? '' } : decodeCursor(cursor, { from, to });
    const movements: Movement[] = [];
    let after = start.after;
    for (let index = months.indexOf(start.month); index >= 0 && index < months.length; index++) {
      const month = months[index] as string;
      do {
        const page = await this.#dynamo.query({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':pk': ledgerPartition(month), ':from': from, ':to': `${to}#\uffff` },
          Limit: limit - movements.length,
          ExclusiveStartKey: after,
        });
        movements.push(...(page.Items ?? []).map(movementOf));
        after = page.LastEvaluatedKey as { pk: string; sk: string } | undefined;
        if (movements.length >= limit) {
          if (after !== undefined) return { movements, cursor: encodeCursor({ month, after }) };
          const next = months[index + 1];
          return next === undefined ? { movements } : { movements, cursor: encodeCursor({ month: next }) };
        }
      } while (after !== undefined);
    }
    return { movements };
  }

  async allMovements(): Promise<Movement[]> {
    const movements: Movement[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#dynamo.scan({
        TableName: this.#tableName,
        FilterExpression: 'begins_with(pk, :ledger)',
        ExpressionAttributeValues: { ':ledger': 'LEDGER#' },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      });
      movements.push(...(page.Items ?? []).map(movementOf));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return movements;
  }
}
