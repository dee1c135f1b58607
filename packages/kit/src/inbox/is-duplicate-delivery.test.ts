import { describe, expect, it } from '@jest/globals';
import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { CancellationReason } from '@aws-sdk/client-dynamodb';
import { isDuplicateDelivery } from './is-duplicate-delivery.ts';

const cancelled = (reasons: CancellationReason[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled, please refer cancellation reasons for specific reasons',
    $metadata: {},
    CancellationReasons: reasons,
  });

describe('isDuplicateDelivery', () => {
  it('recognises a transaction cancelled by the inbox item finding the event processed', () => {
    const error = cancelled([{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }]);
    expect(isDuplicateDelivery(error, 1)).toBe(true);
  });

  it('looks at the reason for the inbox item wherever it sits in the transaction', () => {
    const error = cancelled([{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }, { Code: 'None' }]);
    expect(isDuplicateDelivery(error, 0)).toBe(true);
  });

  it('does not mistake a failed condition on another item for a duplicate', () => {
    const error = cancelled([{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }]);
    expect(isDuplicateDelivery(error, 1)).toBe(false);
  });

  it('does not mistake a conflicting transaction for a duplicate', () => {
    const error = cancelled([{ Code: 'None' }, { Code: 'TransactionConflict' }]);
    expect(isDuplicateDelivery(error, 1)).toBe(false);
  });

  it('does not mistake other errors for a duplicate', () => {
    const error = new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
    expect(isDuplicateDelivery(error, 0)).toBe(false);
  });
});
