import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DocumentClient } from '@platform/kit';
import { ConcurrentChangeError, SeatFlagsChangedError, SeatNotFoundError } from '../domain/errors.ts';
import { Seat } from '../domain/seat.ts';
import type { SeatWrite } from '../domain/seat-import.ts';
import { DEFAULT_SETTINGS, Settings } from '../domain/settings.ts';
import { concurrently } from './concurrently.ts';
import { SEATS_PARTITION, seatKey, SETTINGS_KEY } from './keys.ts';
import { queryAll } from './query-page.ts';
import type { SeatFlagsChange, SeatStore, StoredSettings } from './seat-store.ts';
import type { Page, PageRequest } from './types.ts';

// Enough in flight to write 650 seats in a few seconds, few enough not to be throttled.
const WRITE_CONCURRENCY = 16;

/** `SET a = :a, b = :b` for the defined values, with their names and values. */
const setting = (values: Record<string, unknown>, valueOf = (name: string) => `:${name}`) => {
  const entries = Object.entries(values).filter(([, value]) => value !== undefined);
  return {
    clauses: entries.map(([name]) => `#${name} = ${valueOf(name)}`),
    names: Object.fromEntries(entries.map(([name]) => [`#${name}`, name])),
    values: Object.fromEntries(entries.map(([name, value]) => [`:${name}`, value])),
  };
};

export class DynamoSeatStore implements SeatStore {
  readonly #dynamo: DocumentClient;
  readonly #tableName: string;

  constructor(dynamo: DocumentClient, { tableName }: { tableName: string }) {
    this.#dynamo = dynamo;
    this.#tableName = tableName;
  }

  async getSettings(): Promise<StoredSettings> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: SETTINGS_KEY, ConsistentRead: true });
    if (Item === undefined) return { settings: DEFAULT_SETTINGS, version: 0 };
    return { settings: Settings.parse(Item), version: Number(Item['version']) };
  }

  async putSettings(settings: Settings, expectedVersion: number): Promise<StoredSettings> {
    const version = expectedVersion + 1;
    try {
      await this.#dynamo.put({
        TableName: this.#tableName,
        Item: { ...SETTINGS_KEY, ...settings, version },
        ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :expected',
        ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':expected': expectedVersion } }),
      });
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new ConcurrentChangeError('the settings', { cause: error });
      throw error;
    }
    return { settings, version };
  }

  async getSeat(seatId: string): Promise<Seat | undefined> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: seatKey(seatId), ConsistentRead: true });
    return Item === undefined ? undefined : Seat.parse(Item);
  }

  allSeats(): Promise<Seat[]> {
    return queryAll(this.#dynamo, this.#seats(), true);
  }

  async applyImport(writes: readonly SeatWrite[]): Promise<void> {
    await concurrently(writes, WRITE_CONCURRENCY, (write) => (write.kind === 'create' ? this.#create(write.seat) : this.#update(write)));
  }

  async updateFlags(seatId: string, change: SeatFlagsChange, updatedAt: string, expectedRevision?: number): Promise<Seat> {
    const { boundaryReviewUntil, ...flags } = change;
    const set = setting({ ...flags, ...(boundaryReviewUntil === null ? {} : { boundaryReviewUntil }), updatedAt });
    // A seat stored before revisions were kept has none: it is at revision 0.
    const atRevision = expectedRevision === undefined ? '' : expectedRevision === 0 ? ' AND (attribute_not_exists(flagsRevision) OR flagsRevision = :expected)' : ' AND flagsRevision = :expected';
    try {
      const { Attributes } = await this.#dynamo.update({
        TableName: this.#tableName,
        Key: seatKey(seatId),
        UpdateExpression: `SET ${set.clauses.join(', ')}, flagsRevision = if_not_exists(flagsRevision, :zero) + :one${boundaryReviewUntil === null ? ' REMOVE boundaryReviewUntil' : ''}`,
        ConditionExpression: `attribute_exists(pk)${atRevision}`,
        ExpressionAttributeNames: set.names,
        ExpressionAttributeValues: { ...set.values, ':zero': 0, ':one': 1, ...(expectedRevision === undefined ? {} : { ':expected': expectedRevision }) },
        ReturnValues: 'ALL_NEW',
      });
      return Seat.parse(Attributes);
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const current = await this.getSeat(seatId);
      if (current === undefined) throw new SeatNotFoundError(seatId);
      throw new SeatFlagsChangedError(seatId, expectedRevision ?? current.flagsRevision, current.flagsRevision);
    }
  }

  #seats() {
    return { tableName: this.#tableName, partition: SEATS_PARTITION, read: (item: Record<string, unknown>) => Seat.parse(item) };
  }

  // An upsert rather than a conditional put: should another import create the seat first, this one still
  // lands its fields, and the flags (if_not_exists) stay as they were.
  async #create(seat: Seat): Promise<void> {
    // The revision is not written: a seat without one is at 0, and a concurrent import must not reset it.
    const { island, priority, shortlist, importedAt, seatId, flagsRevision: _atZero, ...fields } = seat;
    const set = setting({ seatId, ...fields });
    const keep = setting({ island, priority, shortlist, importedAt }, (name) => `if_not_exists(#${name}, :${name})`);
    await this.#dynamo.update({
      TableName: this.#tableName,
      Key: seatKey(seatId),
      UpdateExpression: `SET ${[...set.clauses, ...keep.clauses].join(', ')}`,
      ExpressionAttributeNames: { ...set.names, ...keep.names },
      ExpressionAttributeValues: { ...set.values, ...keep.values },
    });
  }

  async #update(write: Extract<SeatWrite, { kind: 'update' }>): Promise<void> {
    const set = setting({ ...write.fields, updatedAt: write.updatedAt });
    await this.#dynamo.update({
      TableName: this.#tableName,
      Key: seatKey(write.seatId),
      UpdateExpression: `SET ${set.clauses.join(', ')}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: set.names,
      ExpressionAttributeValues: set.values,
    });
  }
}
