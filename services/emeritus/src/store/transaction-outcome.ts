import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** Whether a `transactWrite` was cancelled because the condition of its item at `itemIndex` failed. */
export const failedCondition = (error: unknown, itemIndex: number): boolean =>
  error instanceof TransactionCanceledException && error.CancellationReasons?.[itemIndex]?.Code === 'ConditionalCheckFailed';

/**
 * Whether a `transactWrite` was cancelled only because another transaction was writing the same items at
 * that moment (two HQ staff pressing the button together): worth trying again, unlike a failed condition.
 */
export const conflictedWithAnother = (error: unknown): boolean =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict') &&
  (error.CancellationReasons ?? []).every((reason) => reason.Code === 'TransactionConflict' || reason.Code === 'None');

/** A short, jittered pause before the next attempt, longer each time, so racing requests fall out of step. */
export const backOff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, attempt * (10 + Math.random() * 40)));
