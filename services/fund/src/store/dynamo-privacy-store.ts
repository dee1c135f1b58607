import { decodePageCursor, encodePageCursor, failedConditionAt, retryTransactionConflicts } from '@platform/kit';
import type { DocumentClient, TransactWriteItem } from '@platform/kit';
import type { ErasedGroupTally } from '../domain/erased-group-tally.ts';
import type { Erasure, ErasureRecord } from '../domain/erasure.ts';
import type { Page } from './application-store.ts';
import { applicationKey } from './keys.ts';
import { erasedGroupTallyOf, erasureRecordOf } from './privacy-items.ts';
import { ERASED_TALLY_PARTITION, ERASURE_SORT_KEY, ERASURES_PARTITION, erasedTallyKey, erasureKey } from './privacy-keys.ts';
import type { ErasureOutcome, PrivacyStore } from './privacy-store.ts';

const METRICS = ['applications', 'requestedPence', 'approved', 'approvedPence', 'paid', 'disbursedPence'] as const;

export class DynamoPrivacyStore implements PrivacyStore {
  readonly #dynamo: DocumentClient;
  readonly #tableName: string;

  constructor(dynamo: DocumentClient, tableName: string) {
    this.#dynamo = dynamo;
    this.#tableName = tableName;
  }

  async erase({ application, record }: Erasure, expectedVersion: number, tallies: readonly ErasedGroupTally[]): Promise<ErasureOutcome> {
    const items: TransactWriteItem[] = [
      {
        // A Put, not an Update: the item is replaced whole, so no erased attribute can survive beside the rest.
        Put: {
          TableName: this.#tableName,
          Item: { ...applicationKey(application.applicationId), type: 'application', ...application },
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': expectedVersion },
        },
      },
      {
        Put: {
          TableName: this.#tableName,
          Item: { ...erasureKey(record), type: 'erasure', ...record },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      ...tallies.map(
        (tally): TransactWriteItem => ({
          Update: {
            TableName: this.#tableName,
            Key: erasedTallyKey(tally),
            UpdateExpression: `SET #type = :type, #month = :month, #group = :group, #purpose = :purpose ADD ${METRICS.map((metric) => `#${metric} :${metric}`).join(', ')}`,
            ExpressionAttributeNames: {
              '#type': 'type',
              '#month': 'month',
              '#group': 'group',
              '#purpose': 'purpose',
              ...Object.fromEntries(METRICS.map((metric) => [`#${metric}`, metric])),
            },
            ExpressionAttributeValues: {
              ':type': 'erased-group-tally',
              ':month': tally.month,
              ':group': tally.group,
              ':purpose': tally.purpose,
              ...Object.fromEntries(METRICS.map((metric) => [`:${metric}`, tally[metric]])),
            },
          },
        }),
      ),
    ];
    try {
      // Erasures of different applications in one month and group meet on the same tally cell, so they can
      // conflict; a refusal by the version condition is never retried, it is the answer.
      await retryTransactionConflicts(() => this.#dynamo.transactWrite({ TransactItems: items }));
      return 'erased';
    } catch (error) {
      if (failedConditionAt(error, 0)) return 'application-changed';
      throw error;
    }
  }

  async erasedGroupTallies(): Promise<ErasedGroupTally[]> {
    const tallies: ErasedGroupTally[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.#dynamo.query({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': ERASED_TALLY_PARTITION },
        ExclusiveStartKey: startKey,
      });
      tallies.push(...(page.Items ?? []).map(erasedGroupTallyOf));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return tallies;
  }

  async erasures({ limit, next }: { limit: number; next?: string }): Promise<Page<ErasureRecord>> {
    const startKey = next === undefined ? undefined : decodePageCursor(next, ERASURES_PARTITION, ERASURE_SORT_KEY);
    const { Items = [], LastEvaluatedKey } = await this.#dynamo.query({
      TableName: this.#tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': ERASURES_PARTITION },
      Limit: limit,
      ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
    });
    const items = Items.map(erasureRecordOf);
    return LastEvaluatedKey === undefined ? { items } : { items, next: encodePageCursor({ pk: String(LastEvaluatedKey['pk']), sk: String(LastEvaluatedKey['sk']) }) };
  }
}
