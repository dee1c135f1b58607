import { failedConditionAt } from '../dynamodb/transactions.ts';

/**
 * Whether a failed `transactWrite` was cancelled because its inbox item, at `itemIndex` among the
 * transaction's items, found the event already processed. Any other cancellation is a real failure.
 *
 * @example
 * ```ts
 * try {
 *   await dynamo.transactWrite({ TransactItems: [receivePing, inboxPut(tableName, consumer, event.id)] });
 * } catch (error) {
 *   if (!isDuplicateDelivery(error, 1)) throw error;
 * }
 * ```
 */
export const isDuplicateDelivery = (error: unknown, itemIndex: number): boolean => failedConditionAt(error, itemIndex);
