import { describe, expect, it } from '@jest/globals';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { movement } from '../domain/ledger.ts';
import { FundLedger } from './fund-ledger.ts';

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({ message: 'Transaction cancelled', $metadata: {}, CancellationReasons: codes.map((Code) => ({ Code })) });

describe('FundLedger.post', () => {
  it('writes the movement once and adds its change to the totals, with the guard given', () => {
    // Prepare
    const levy = movement('levy', 750_000, { movementId: 'm-1', effectiveOn: '2026-05-31', postedAt: '2026-06-01T12:00:00.000Z', amountPence: 2_500, basisPoints: 300, donationId: 'd-1' });
    // Act
    const posting = new FundLedger('fund').post(levy, { condition: 'rateVersion = :rateVersion', values: { ':rateVersion': 2 }, set: { latestReceivedOn: '2026-05-31' } });
    // Assess
    expect(posting.items).toStrictEqual([
      {
        Update: {
          TableName: 'fund',
          Key: { pk: 'FUND', sk: 'FUND' },
          UpdateExpression: 'SET #s0 = :s0 ADD #t0 :t0, #t1 :t1, #t2 :t2, #t3 :t3',
          ConditionExpression: 'rateVersion = :rateVersion',
          ExpressionAttributeNames: { '#s0': 'latestReceivedOn', '#t0': 'donationCount', '#t1': 'raisedPence', '#t2': 'leviedUnits', '#t3': 'availableUnits' },
          ExpressionAttributeValues: { ':rateVersion': 2, ':s0': '2026-05-31', ':t0': 1, ':t1': 2_500, ':t2': 750_000, ':t3': 750_000 },
        },
      },
      {
        Put: {
          TableName: 'fund',
          Item: { pk: 'LEDGER#2026-05', sk: '2026-05-31#2026-06-01T12:00:00.000Z#m-1', type: 'movement', ...levy },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ]);
  });

  it('commits grant money only if the fund has that much available', () => {
    const posting = new FundLedger('fund').commit({ amountPence: 300, effectiveOn: '2026-06-01', applicationId: 'a-1', movementId: 'm-2', postedAt: '2026-06-01T12:00:00.000Z' });
    expect({ condition: posting.items[0].Update?.ConditionExpression, values: posting.items[0].Update?.ExpressionAttributeValues, entries: posting.movement.entries }).toStrictEqual({
      condition: 'availableUnits >= :required',
      values: { ':required': 3_000_000, ':t0': -3_000_000, ':t1': 3_000_000 },
      entries: [
        { account: 'fund', units: -3_000_000 },
        { account: 'committed', units: 3_000_000 },
      ],
    });
  });

  it('knows its own refusal by its place in the transaction', () => {
    const posting = new FundLedger('fund').commit({ amountPence: 300, effectiveOn: '2026-06-01', applicationId: 'a-1' });
    const error = cancelled('None', 'ConditionalCheckFailed', 'None');
    expect([posting.refused(error, 1), posting.refused(error, 0), posting.refused(new Error('throttled'), 1)]).toStrictEqual([true, false, false]);
  });
});
