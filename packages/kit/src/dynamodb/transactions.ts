import { TransactionCanceledException, TransactionConflictException } from '@aws-sdk/client-dynamodb';

/**
 * Whether a cancelled `transactWrite` failed the condition of its item at `index` among the transaction's
 * items (an item already there, a version moved on, a balance too low).
 *
 * @example
 * ```ts
 * try {
 *   await dynamo.transactWrite({ TransactItems: [lock, retirement] });
 * } catch (error) {
 *   if (failedConditionAt(error, 0)) throw new RetirementAlreadyActiveError(mpId);
 *   throw error;
 * }
 * ```
 */
export const failedConditionAt = (error: unknown, index: number): boolean =>
  error instanceof TransactionCanceledException && error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed';

/**
 * Whether a write failed only because another transaction held one of its items at that moment, which
 * DynamoDB reports rather than waits out: nothing of it was applied, so the same write may simply be retried.
 * A cancellation with any other reason (a failed condition above all) is not a conflict.
 *
 * @example
 * ```ts
 * if (isTransactionConflict(error)) return 'try again';
 * ```
 */
export const isTransactionConflict = (error: unknown): boolean => {
  if (error instanceof TransactionConflictException) return true;
  if (!(error instanceof TransactionCanceledException)) return false;
  const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code);
  return codes.includes('TransactionConflict') && codes.every((code) => code === 'TransactionConflict' || code === 'None');
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a write, retrying it while it fails with a transaction conflict, with full-jitter exponential
 * backoff (AWS Architecture Blog, "Exponential Backoff And Jitter"). Any other failure, or a conflict on the
 * last attempt, is thrown.
 *
 * @example
 * ```ts
 * await retryTransactionConflicts(() => dynamo.transactWrite({ TransactItems: items }));
 * ```
 */
export const retryTransactionConflicts = async <T>(
  write: () => Promise<T>,
  { attempts = 10, baseDelayMs = 10, maxDelayMs = 1_000 }: { attempts?: number; baseDelayMs?: number; maxDelayMs?: number } = {},
): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !isTransactionConflict(error)) throw error;
      await sleep(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt));
    }
  }
};
