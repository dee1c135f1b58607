import type { DocumentClient } from '@platform/kit';
import type { CancelledSelection, ScheduledSelection, SelectionView } from '../domain/selection-view.ts';
import { selectionViewOf } from './application-items.ts';
import { seatPartition, seatSelectionKey } from './keys.ts';
import type { SelectionViewStore, ViewOutcome } from './selection-view-store.ts';

const isConditionFailure = (error: unknown) => (error as Error).name === 'ConditionalCheckFailedException';

/**
 * The views are idempotent by their own conditions, so these consumers need no inbox record: a redelivered
 * schedule carries the `occurredAt` already stored (and `<` refuses it), a redelivered cancellation finds
 * the selection cancelled. Either way the write is refused and nothing changes.
 */
export class DynamoSelectionViewStore implements SelectionViewStore {
  readonly #dynamo: DocumentClient;
  readonly #tableName: string;

  constructor(dynamo: DocumentClient, tableName: string) {
    this.#dynamo = dynamo;
    this.#tableName = tableName;
  }

  async selectionsIn(seatId: string): Promise<SelectionView[]> {
    const views: SelectionView[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#dynamo.query({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :selection)',
        ExpressionAttributeValues: { ':pk': seatPartition(seatId), ':selection': 'SELECTION#' },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      });
      views.push(...(page.Items ?? []).map(selectionViewOf));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return views;
  }

  async recordScheduled(selection: ScheduledSelection): Promise<ViewOutcome> {
    try {
      await this.#dynamo.put({
        TableName: this.#tableName,
        Item: { ...seatSelectionKey(selection.seatId, selection.selectionId), type: 'selection', ...selection },
        // The latest phases win, whatever order the events arrive in; a cancelled selection stays cancelled.
        ConditionExpression: 'attribute_not_exists(pk) OR (#status = :scheduled AND occurredAt < :occurredAt)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':scheduled': 'scheduled', ':occurredAt': selection.occurredAt },
      });
      return 'applied';
    } catch (error) {
      if (isConditionFailure(error)) return 'ignored';
      throw error;
    }
  }

  async recordCancelled(selection: CancelledSelection): Promise<ViewOutcome> {
    try {
      // A put, not an update: a cancelled selection keeps nothing of its schedule, and a cancellation that
      // arrives first leaves this tombstone, which refuses the late schedule.
      await this.#dynamo.put({
        TableName: this.#tableName,
        Item: { ...seatSelectionKey(selection.seatId, selection.selectionId), type: 'selection', ...selection },
        ConditionExpression: 'attribute_not_exists(pk) OR #status <> :cancelled',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':cancelled': 'cancelled' },
      });
      return 'applied';
    } catch (error) {
      if (isConditionFailure(error)) return 'ignored';
      throw error;
    }
  }
}
