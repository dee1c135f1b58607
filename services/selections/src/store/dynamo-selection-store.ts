import { gunzipSync, gzipSync } from 'node:zlib';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { EventEnvelope } from '@platform/events';
import { DYNAMODB_MAX_ITEM_BYTES, failedConditionAt, inboxPut, isDuplicateDelivery, itemSizeBytes, outboxPut } from '@platform/kit';
import type { DocumentClient, TransactWriteItem } from '@platform/kit';
import * as z from 'zod';
import { ConcurrentChangeError, TimetableAlreadyPublishedError, TimetableNotFoundError, TimetableTooLargeError } from '../domain/errors.ts';
import type { Seat, SeatRetirement } from '../domain/seat.ts';
import { Selection } from '../domain/selection.ts';
import { Publication, Timetable, TimetableEntry, TimetableStats } from '../domain/timetable.ts';
import { PUBLISHED_TIMETABLE_KEY, SELECTION_SORT_KEY, SELECTIONS_PARTITION, selectionKey, seatKey, timetableKey } from './keys.ts';
import { queryAll, queryPage } from './query-page.ts';
import type { PublishOutcome, SelectionStore, TimetableAt } from './selection-store.ts';
import type { Delivery, Page, PageRequest } from './types.ts';

// A timetable of 650 seats runs to some 250 KB as JSON, close to DynamoDB's 400 KB item limit; gzipped, its
// entries and stats take a tenth of that.
const TimetableBody = z.object({ entries: z.array(TimetableEntry), stats: TimetableStats });

const timetableItem = ({ entries, stats, ...timetable }: Timetable) => ({
  ...timetableKey(timetable.timetableId),
  ...timetable,
  body: gzipSync(JSON.stringify({ entries, stats })),
});

/**
 * What publishing adds to a timetable's item at most: `publication`, whose `skipped` may name every entry
 * with a reason of up to 120 characters (some 150 bytes each), and `publishedAt`.
 */
export const publicationAllowanceBytes = (entries: number): number => 200 + entries * 150;

/**
 * The item a draft is saved as, refused if it or the published timetable it becomes would not fit in one
 * DynamoDB item. The entries are gzipped, so their size depends on the seats' names; 650 seats with
 * ordinary names take some 30 KB, but the bound is the item's real size, measured here.
 */
export const sizedTimetableItem = (timetable: Timetable) => {
  const item = timetableItem(timetable);
  const bytes = itemSizeBytes(item) + publicationAllowanceBytes(timetable.entries.length);
  if (bytes > DYNAMODB_MAX_ITEM_BYTES) throw new TimetableTooLargeError(bytes, DYNAMODB_MAX_ITEM_BYTES, timetable.entries.length);
  return item;
};

const readTimetable = (item: Record<string, unknown>): Timetable => {
  const body = TimetableBody.parse(JSON.parse(gunzipSync(item['body'] as Uint8Array).toString('utf8')));
  return Timetable.parse({ ...item, ...body });
};

const selectionItem = (selection: Selection) => ({ ...selectionKey(selection.selectionId), ...selection });

/** The seat's retirement and selection are as they were read: the condition of every change a consumer makes. */
const seatAsRead = (seat: Seat): { condition: string; values: Record<string, unknown> } => {
  const clauses = ['attribute_exists(pk)'];
  const values: Record<string, unknown> = {};
  if (seat.retirement === undefined) clauses.push('attribute_not_exists(retirement)');
  else {
    clauses.push('retirement.retirementId = :readRetirementId', 'retirement.#status = :readRetirementStatus');
    values[':readRetirementId'] = seat.retirement.retirementId;
    values[':readRetirementStatus'] = seat.retirement.status;
  }
  if (seat.currentSelectionId === undefined) clauses.push('attribute_not_exists(currentSelectionId)');
  else {
    clauses.push('currentSelectionId = :readSelectionId');
    values[':readSelectionId'] = seat.currentSelectionId;
  }
  return { condition: clauses.join(' AND '), values };
};

export class DynamoSelectionStore implements SelectionStore {
  readonly #dynamo: DocumentClient;
  readonly #tableName: string;
  readonly #outboxTableName: string | undefined;

  /** `outboxTableName` is needed only by the functions that schedule, move or cancel selections. */
  constructor(dynamo: DocumentClient, tables: { tableName: string; outboxTableName?: string }) {
    this.#dynamo = dynamo;
    this.#tableName = tables.tableName;
    this.#outboxTableName = tables.outboxTableName;
  }

  async saveTimetable(timetable: Timetable): Promise<void> {
    await this.#dynamo.put({ TableName: this.#tableName, Item: sizedTimetableItem(timetable), ConditionExpression: 'attribute_not_exists(pk)' });
  }

  async getTimetable(timetableId: string): Promise<Timetable | undefined> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: timetableKey(timetableId), ConsistentRead: true });
    return Item === undefined ? undefined : readTimetable(Item);
  }

  async beginPublishing(timetableId: string): Promise<void> {
    try {
      await this.#dynamo.update({
        TableName: this.#tableName,
        Key: timetableKey(timetableId),
        UpdateExpression: 'SET #status = :publishing',
        ConditionExpression: 'attribute_exists(pk) AND #status IN (:draft, :publishing)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':draft': 'draft', ':publishing': 'publishing' },
      });
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const timetable = await this.getTimetable(timetableId);
      if (timetable === undefined) throw new TimetableNotFoundError(timetableId);
      throw new TimetableAlreadyPublishedError(timetableId, timetable.publishedAt);
    }
  }

  async publishSelection(selection: Selection, event: EventEnvelope): Promise<PublishOutcome> {
    const retirementCondition =
      selection.retirementId === undefined ? '' : ' AND retirement.retirementId = :retirementId AND retirement.#status = :announced';
    try {
      await this.#dynamo.transactWrite({
        TransactItems: [
          { Put: { TableName: this.#tableName, Item: selectionItem(selection), ConditionExpression: 'attribute_not_exists(pk)' } },
          {
            Update: {
              TableName: this.#tableName,
              Key: seatKey(selection.seatId),
              UpdateExpression: 'SET currentSelectionId = :selectionId',
              // A seat has one selection for the coming election, whichever timetable placed it.
              ConditionExpression: `attribute_exists(pk) AND attribute_not_exists(currentSelectionId)${retirementCondition}`,
              ...(selection.retirementId === undefined
                ? { ExpressionAttributeValues: { ':selectionId': selection.selectionId } }
                : {
                    ExpressionAttributeNames: { '#status': 'status' },
                    ExpressionAttributeValues: { ':selectionId': selection.selectionId, ':retirementId': selection.retirementId, ':announced': 'announced' },
                  }),
            },
          },
          outboxPut(this.#outbox(), event),
        ],
      });
      return 'published';
    } catch (error) {
      if (failedConditionAt(error, 0)) return 'already-published';
      if (failedConditionAt(error, 1)) return 'seat-taken';
      throw error;
    }
  }

  async finishPublishing(timetableId: string, publication: Publication, publishedAt: string): Promise<Timetable> {
    await this.#dynamo.transactWrite({
      TransactItems: [
        {
          Update: {
            TableName: this.#tableName,
            Key: timetableKey(timetableId),
            UpdateExpression: 'SET #status = :published, publishedAt = :publishedAt, publication = :publication',
            ConditionExpression: '#status = :publishing',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':published': 'published', ':publishing': 'publishing', ':publishedAt': publishedAt, ':publication': publication },
          },
        },
        { Put: { TableName: this.#tableName, Item: { ...PUBLISHED_TIMETABLE_KEY, timetableId, publishedAt } } },
      ],
    });
    const timetable = await this.getTimetable(timetableId);
    if (timetable === undefined) throw new TimetableNotFoundError(timetableId);
    return timetable;
  }

  async publishedTimetable(): Promise<Timetable | undefined> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: PUBLISHED_TIMETABLE_KEY, ConsistentRead: true });
    return Item === undefined ? undefined : this.getTimetable(String(Item['timetableId']));
  }

  async getSelection(selectionId: string): Promise<Selection | undefined> {
    const { Item } = await this.#dynamo.get({ TableName: this.#tableName, Key: selectionKey(selectionId), ConsistentRead: true });
    return Item === undefined ? undefined : Selection.parse(Item);
  }

  listSelections(request: PageRequest<Selection>): Promise<Page<Selection>> {
    return queryPage(this.#dynamo, this.#selections(), request);
  }

  async selectionsOf(timetableId: string): Promise<Selection[]> {
    return (await queryAll(this.#dynamo, this.#selections(), true)).filter((selection) => selection.timetableId === timetableId);
  }

  async saveMove(selection: Selection, expectedRevision: number, timetable: TimetableAt, event: EventEnvelope): Promise<void> {
    try {
      await this.#dynamo.transactWrite({
        TransactItems: [
          {
            Put: {
              TableName: this.#tableName,
              Item: selectionItem(selection),
              ConditionExpression: 'revision = :expected AND #status = :scheduled',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':expected': expectedRevision, ':scheduled': 'scheduled' },
            },
          },
          this.#nextRevision(timetable),
          outboxPut(this.#outbox(), event),
        ],
      });
    } catch (error) {
      if (error instanceof TransactionCanceledException) throw new ConcurrentChangeError(`selection ${selection.selectionId} or its timetable`, { cause: error });
      throw error;
    }
  }

  async recordRetirement(seat: Seat, retirement: SeatRetirement, delivery: Delivery): Promise<'saved' | 'duplicate'> {
    return this.#deliver(delivery, `seat ${seat.seatId}`, [this.#setRetirement(seat, retirement)]);
  }

  async slotRetirement(
    seat: Seat,
    retirement: SeatRetirement,
    { selection, timetable, events }: { selection: Selection; timetable: TimetableAt; events: EventEnvelope[] },
    delivery: Delivery,
  ): Promise<'saved' | 'duplicate'> {
    return this.#deliver(delivery, `seat ${seat.seatId} or timetable ${timetable.timetableId}`, [
      this.#setRetirement(seat, retirement, selection.status === 'cancelled' ? undefined : { set: selection.selectionId }),
      { Put: { TableName: this.#tableName, Item: selectionItem(selection), ConditionExpression: 'attribute_not_exists(pk)' } },
      this.#nextRevision(timetable),
      ...events.map((event) => outboxPut(this.#outbox(), event)),
    ]);
  }

  async withdrawRetirement(
    seat: Seat,
    retirement: SeatRetirement,
    { selection, expectedRevision, event }: { selection: Selection; expectedRevision: number; event?: EventEnvelope },
    delivery: Delivery,
  ): Promise<'saved' | 'duplicate'> {
    const frees = selection.status === 'cancelled';
    return this.#deliver(delivery, `seat ${seat.seatId} or selection ${selection.selectionId}`, [
      this.#setRetirement(seat, retirement, frees ? 'remove' : undefined),
      {
        Put: {
          TableName: this.#tableName,
          Item: selectionItem(selection),
          ConditionExpression: 'revision = :expected',
          ExpressionAttributeValues: { ':expected': expectedRevision },
        },
      },
      ...(event === undefined ? [] : [outboxPut(this.#outbox(), event)]),
    ]);
  }

  /** Commits a consumer's change with its inbox record; a failed condition elsewhere means the state moved on. */
  async #deliver(delivery: Delivery, what: string, items: TransactWriteItem[]): Promise<'saved' | 'duplicate'> {
    try {
      await this.#dynamo.transactWrite({ TransactItems: [inboxPut(this.#tableName, delivery.consumer, delivery.eventId), ...items] });
      return 'saved';
    } catch (error) {
      if (isDuplicateDelivery(error, 0)) return 'duplicate';
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.some((reason) => reason.Code === 'ConditionalCheckFailed')) {
        throw new ConcurrentChangeError(what, { cause: error });
      }
      throw error;
    }
  }

  /** Sets the seat's retirement, and points it at a new selection or frees it, if it is as it was read. */
  #setRetirement(seat: Seat, retirement: SeatRetirement, selection?: { set: string } | 'remove'): TransactWriteItem {
    const { condition, values } = seatAsRead(seat);
    const set = ['retirement = :retirement', ...(selection !== undefined && selection !== 'remove' ? ['currentSelectionId = :selectionId'] : [])];
    return {
      Update: {
        TableName: this.#tableName,
        Key: seatKey(seat.seatId),
        UpdateExpression: `SET ${set.join(', ')}${selection === 'remove' ? ' REMOVE currentSelectionId' : ''}`,
        ConditionExpression: condition,
        ...(seat.retirement === undefined ? {} : { ExpressionAttributeNames: { '#status': 'status' } }),
        ExpressionAttributeValues: {
          ...values,
          ':retirement': retirement,
          ...(selection !== undefined && selection !== 'remove' ? { ':selectionId': selection.set } : {}),
        },
      },
    };
  }

  #nextRevision({ timetableId, revision }: TimetableAt): TransactWriteItem {
    return {
      Update: {
        TableName: this.#tableName,
        Key: timetableKey(timetableId),
        UpdateExpression: 'SET revision = :next',
        ConditionExpression: 'revision = :seen AND #status = :published',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':seen': revision, ':next': revision + 1, ':published': 'published' },
      },
    };
  }

  #selections() {
    return { tableName: this.#tableName, partition: SELECTIONS_PARTITION, sortKey: SELECTION_SORT_KEY, read: (item: Record<string, unknown>) => Selection.parse(item) };
  }

  #outbox(): string {
    if (this.#outboxTableName === undefined) {
      throw new Error('this DynamoSelectionStore was built without an outbox table, so it cannot announce selections');
    }
    return this.#outboxTableName;
  }
}
