import type { DocumentClient } from '@platform/kit';
import { decodePageCursor, encodePageCursor } from '@platform/kit';
import type { Page, PageRequest } from './types.ts';

export interface PartitionQuery<T> {
  tableName: string;
  partition: string;
  /** Turns a stored item into the domain value; throws on an item that breaks the schema. */
  read: (item: Record<string, unknown>) => T;
}

/** A partition listed a page at a time: a cursor's sort key must have this shape (matched whole). */
export interface PagedPartitionQuery<T> extends PartitionQuery<T> {
  sortKey: RegExp;
}

// Items here are small (under 1 KB), so a read of this many stays well inside DynamoDB's 1 MB a page.
const READ_BATCH = 500;

/**
 * One page of a partition's items that `keep`, in sort-key order. Filters run here rather than in
 * DynamoDB, so that a page holds `limit` matching items whenever there are that many, and the cursor is
 * the key of the last item the page holds: passing it back resumes right after it. A cursor whose key the
 * query could not have produced (another partition, a sort key of another shape) is a 400, never a start
 * key DynamoDB would reject.
 */
export const queryPage = async <T>(dynamo: DocumentClient, query: PagedPartitionQuery<T>, request: PageRequest<T>): Promise<Page<T>> => {
  const keep = request.keep ?? (() => true);
  let startKey: Record<string, unknown> | undefined = request.next === undefined ? undefined : decodePageCursor(request.next, query.partition, query.sortKey);
  const items: T[] = [];
  for (;;) {
    const { Items = [], LastEvaluatedKey } = await dynamo.query({
      TableName: query.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': query.partition },
      Limit: READ_BATCH,
      ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
    });
    for (const [index, item] of Items.entries()) {
      const value = query.read(item);
      if (!keep(value)) continue;
      items.push(value);
      if (items.length === request.limit) {
        const last = index === Items.length - 1 && LastEvaluatedKey === undefined;
        return last ? { items } : { items, next: encodePageCursor({ pk: String(item['pk']), sk: String(item['sk']) }) };
      }
    }
    if (LastEvaluatedKey === undefined) return { items };
    startKey = LastEvaluatedKey;
  }
};

/** Every item of a partition, in sort-key order. */
export const queryAll = async <T>(dynamo: DocumentClient, query: PartitionQuery<T>, consistent = false): Promise<T[]> => {
  const items: T[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamo.query({
      TableName: query.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': query.partition },
      ConsistentRead: consistent,
      ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
    });
    items.push(...(page.Items ?? []).map(query.read));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
};
