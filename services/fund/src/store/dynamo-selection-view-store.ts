import { failedConditionAt, retryTransactionConflicts } from '@platform/kit';
import type { DocumentClient } from '@platform/kit';
import type { CancelledSelection, ScheduledSelection, SelectionView } from '../domain/selection-view.ts';
import { selectionViewOf } from './application-items.ts';
import { catalogueSelectionKey, SELECTIONS_PARTITION, seatPartition, seatSelectionKey } from './keys.ts';
import type { SelectionViewStore, ViewOutcome } from './selection-view-store.ts';

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

  selectionsIn(seatId: string): Promise<SelectionView[]> {
    return this.#viewsIn(seatPartition(seatId));
  }

  allSelections(): Promise<SelectionView[]> {
    return this.#viewsIn(SELECTIONS_PARTITION);
  }

  async #viewsIn(partition: string): Promise<SelectionView[]> {
    const views: SelectionView[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#dynamo.query({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :selection)',
        ExpressionAttributeValues: { ':pk': partition, ':selection': 'SELECTION#' },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      });
      views.push(...(page.Items ?? []).map(selectionViewOf));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return views;
  }

  recordScheduled(selection: ScheduledSelection): Promise<ViewOutcome> {
    // The latest phases win, whatever order the events arrive in; a cancelled selection stays cancelled.
    return this.#record(selection, {
      ConditionExpression: 'attribute_not_exists(pk) OR (#status = :scheduled AND occurredAt < :occurredAt)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':scheduled': 'scheduled', ':occurredAt': selection.occurredAt },
    });
  }

  recordCancelled(selection: CancelledSelection): Promise<ViewOutcome> {
    // A put, not an update: a cancelled selection keeps nothing of its schedule, and a cancellation that
    // arrives first leaves this tombstone, which refuses the late schedule.
    return this.#record(selection, {
      ConditionExpression: 'attribute_not_exists(pk) OR #status <> :cancelled',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':cancelled': 'cancelled' },
    });
  }

  /**
   * Puts the view in its seat's partition under `condition`, and its copy in the `SELECTIONS` partition in
   * the same transaction, so the two never disagree. The condition is checked on the seat's item alone: the
   * copy follows it.
   */
  async #record(
    view: SelectionView,
    condition: { ConditionExpression: string; ExpressionAttributeNames: Record<string, string>; ExpressionAttributeValues: Record<string, unknown> },
  ): Promise<ViewOutcome> {
    const item = { type: 'selection', ...view };
    try {
      await retryTransactionConflicts(() =>
        this.#dynamo.transactWrite({
          TransactItems: [
            { Put: { TableName: this.#tableName, Item: { ...seatSelectionKey(view.seatId, view.selectionId), ...item }, ...condition } },
            { Put: { TableName: this.#tableName, Item: { ...catalogueSelectionKey(view.selectionId), ...item } } },
          ],
        }),
      );
      return 'applied';
    } catch (error) {
      if (failedConditionAt(error, 0)) return 'ignored';
      throw error;
    }
  }
}
