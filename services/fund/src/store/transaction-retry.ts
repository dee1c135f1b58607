import { TransactionCanceledException, TransactionConflictException } from '@aws-sdk/client-dynamodb';

/**
 * Whether a write failed only because another transaction held one of its items at the same moment, which
 * DynamoDB reports rather than waits out. Every levy, refund and commitment updates the fund's totals item,
 * so under load this is expected, and retrying the same write is safe: nothing of it was applied.
 */
export const isTransactionConflict = (error: unknown): boolean =>
  error instanceof TransactionConflictException ||
  (error instanceof TransactionCanceledException &&
    (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict') &&
    !(error.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed'));

/** Whether a cancelled transaction's item at `index` failed its condition. */
export const failedConditionAt = (error: unknown, index: number): boolean =>
  error instanceof TransactionCanceledException && error.CancellationReasons?.[index]?.Code === 'ConditionalCheckFailed';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a write, retrying it while it fails with a transaction conflict, with full-jitter exponential
 * backoff (AWS Architecture Blog, "Exponential Backoff And Jitter"). Any other failure, or a conflict on the
 * last attempt, is thrown.
 *
 * @example
 * await retryTransactionConflicts(() => dynamo.transactWrite({ TransactItems: items }));
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
