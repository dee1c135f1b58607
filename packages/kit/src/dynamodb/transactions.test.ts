import { describe, expect, it } from '@jest/globals';
import { TransactionCanceledException, TransactionConflictException } from '@aws-sdk/client-dynamodb';
import { failedConditionAt, isTransactionConflict, retryTransactionConflicts } from './transactions.ts';

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: codes.map((Code) => ({ Code })) });

describe('retryTransactionConflicts', () => {
  it('retries a write that met a conflicting transaction, until it goes through', async () => {
    // Prepare
    let calls = 0;
    const write = async () => {
      calls += 1;
      if (calls < 3) throw calls === 1 ? cancelled('None', 'TransactionConflict') : new TransactionConflictException({ message: 'conflict', $metadata: {} });
      return 'written';
    };
    // Act
    const result = await retryTransactionConflicts(write, { baseDelayMs: 1 });
    // Assess
    expect({ result, calls }).toStrictEqual({ result: 'written', calls: 3 });
  });

  it('does not retry a failed condition, nor any other failure', async () => {
    // Prepare
    let calls = 0;
    const write = async () => {
      calls += 1;
      throw cancelled('ConditionalCheckFailed', 'TransactionConflict');
    };
    // Act
    const result = retryTransactionConflicts(write, { baseDelayMs: 1 });
    // Assess
    await expect(result).rejects.toThrow(TransactionCanceledException);
    expect(calls).toBe(1);
  });

  it('fails with the conflict after the last attempt', async () => {
    await expect(retryTransactionConflicts(async () => Promise.reject(cancelled('TransactionConflict')), { attempts: 3, baseDelayMs: 1 })).rejects.toThrow(
      TransactionCanceledException,
    );
    expect(isTransactionConflict(cancelled('TransactionConflict'))).toBe(true);
  });
});

describe('isTransactionConflict', () => {
  it('is true only when every cancelled item was held by another transaction or untouched', () => {
    expect(isTransactionConflict(cancelled('None', 'TransactionConflict'))).toBe(true);
    expect(isTransactionConflict(cancelled('TransactionConflict', 'ThrottlingError'))).toBe(false);
    expect(isTransactionConflict(cancelled('None', 'None'))).toBe(false);
    expect(isTransactionConflict(new Error('TransactionConflict'))).toBe(false);
  });
});

describe('failedConditionAt', () => {
  it('names the item whose condition failed, and no other', () => {
    expect(failedConditionAt(cancelled('None', 'ConditionalCheckFailed'), 1)).toBe(true);
    expect(failedConditionAt(cancelled('None', 'ConditionalCheckFailed'), 0)).toBe(false);
    expect(failedConditionAt(new Error('ConditionalCheckFailed'), 1)).toBe(false);
  });
});
