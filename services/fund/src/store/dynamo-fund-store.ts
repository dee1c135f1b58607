import type { EventEnvelope } from '@platform/events';
import { failedConditionAt, inboxPut, isDuplicateDelivery, outboxPut, retryTransactionConflicts } from '@platform/kit';
import type { DocumentClient, TransactWriteItem } from '@platform/kit';
import type { Donation } from '../domain/donation.ts';
import type { LevyRate } from '../domain/levy-rate.ts';
import type { Movement } from '../domain/ledger.ts';
import type { Refund } from '../domain/refund.ts';
import { FundLedger } from './fund-ledger.ts';
import type {
  DateRange,
  Delivery,
  DonationFilter,
  DonationListPage,
  DonationOutcome,
  DonationSummary,
  FundState,
  FundStore,
  LedgerPage,
  RateGuard,
  RateOutcome,
  RefundOutcome,
} from './fund-store.ts';

/**
 * The most index entries one page of the donation list reads. Filters are applied by DynamoDB after it reads,
 * so a filter matching little could otherwise read years of donations in one request; past this, the page
 * ends short (even empty) with a cursor to carry on from.
 */
export const MAX_DONATIONS_READ_PER_PAGE = 2_000;

/** The filter expression (and its values) of a donation list's filters; undefined when there are none. */
const donationFilterOf = ({ source, needsPermissibilityCheck, donationIdStartsWith }: DonationFilter) => {
  const conditions: string[] = [];
  const values: Record<string, unknown> = {};
  if (source !== undefined) {
    conditions.push('#source = :source');
    values[':source'] = source;
  }
  if (needsPermissibilityCheck !== undefined) {
    conditions.push('permissibilityCheckRequired = :check');
    values[':check'] = needsPermissibilityCheck;
  }
  if (donationIdStartsWith !== undefined) {
    conditions.push('begins_with(donationId, :idPrefix)');
    values[':idPrefix'] = donationIdStartsWith;
  }
  if (conditions.length === 0) return undefined;
  // `source` is one of DynamoDB's reserved words.
  return { FilterExpression: conditions.join(' AND '), values, ...(source === undefined ? {} : { names: { '#source': 'source' } }) };
};
import { decodeDonationCursor, encodeDonationCursor } from './donation-cursor.ts';
import type { DonationCursor } from './donation-cursor.ts';
import { donationOf, donationSummaryOf, fundStateOf, movementOf, refundOf } from './items.ts';
import { donationIndexKeys, donationKey, donationsPartition, DONATIONS_BY_RECEIVED_ON, fundKey, ledgerPartition, monthsBetween, refundKey } from './keys.ts';
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
          Item: { ...donationKey(donation.donationId), ...donationIndexKeys(donation), type: 'donation', ...donation },
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

  async listDonations({ from, to }: DateRange, filter: DonationFilter, { limit, cursor }: { limit: number; cursor?: string }): Promise<DonationListPage> {
    // Newest first: the last month of the range first, and within each month the latest day first.
    const months = monthsBetween(from, to).reverse();
    const start: DonationCursor = cursor === undefined ? { month: months[0] ?? '' } : decodeDonationCursor(cursor, { from, to });
    const filtered = donationFilterOf(filter);
    const donations: DonationSummary[] = [];
    let budget = MAX_DONATIONS_READ_PER_PAGE;
    let after: DonationCursor['after'] = start.after;
    for (let index = months.indexOf(start.month); index >= 0 && index < months.length; index++) {
      const month = months[index] as string;
      do {
        const page = await this.#dynamo.query({
          TableName: this.#tableName,
          IndexName: DONATIONS_BY_RECEIVED_ON.indexName,
          KeyConditionExpression: '#month = :month AND #received BETWEEN :from AND :to',
          ExpressionAttributeNames: {
            '#month': DONATIONS_BY_RECEIVED_ON.partitionKey,
            '#received': DONATIONS_BY_RECEIVED_ON.sortKey,
            ...filtered?.names,
          },
          ExpressionAttributeValues: { ':month': donationsPartition(month), ':from': from, ':to': `${to}#\uffff`, ...filtered?.values },
          ...(filtered === undefined ? {} : { FilterExpression: filtered.FilterExpression }),
          ScanIndexForward: false,
          // Without filters every item read is kept, so reading what the page still needs is enough.
          Limit: Math.min(budget, filtered === undefined ? limit - donations.length : MAX_DONATIONS_READ_PER_PAGE),
          ExclusiveStartKey: after,
        });
        budget -= page.ScannedCount ?? page.Items?.length ?? 0;
        const items = page.Items ?? [];
        // A filtered page may bring more than is left to show: keep what fits, and resume after the last kept.
        const kept = items.slice(0, limit - donations.length);
        donations.push(...kept.map(donationSummaryOf));
        after = kept.length < items.length ? this.#startAfter(kept.at(-1) ?? {}, after) : (page.LastEvaluatedKey as DonationCursor['after']);
        const full = donations.length >= limit;
        if (full || budget <= 0) {
          if (after !== undefined) return { donations, cursor: encodeDonationCursor({ month, after }) };
          const next = months[index + 1];
          return next === undefined ? { donations } : { donations, cursor: encodeDonationCursor({ month: next }) };
        }
      } while (after !== undefined);
    }
    return { donations };
  }

  /** The start key of the index item after which to resume; `previous` when none was kept from the page. */
  #startAfter(item: Record<string, unknown>, previous: DonationCursor['after']): DonationCursor['after'] {
    if (item['pk'] === undefined) return previous;
    return {
      pk: String(item['pk']),
      sk: String(item['sk']),
      receivedMonth: String(item[DONATIONS_BY_RECEIVED_ON.partitionKey]),
      receivedKey: String(item[DONATIONS_BY_RECEIVED_ON.sortKey]),
    };
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
