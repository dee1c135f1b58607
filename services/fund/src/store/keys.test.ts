import { describe, expect, it } from '@jest/globals';
import { monthsBetween, movementKey } from './keys.ts';

describe('monthsBetween', () => {
  it('lists the months of a range, across a year end', () => {
    expect(monthsBetween('2025-11-30', '2026-02-01')).toStrictEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('movementKey', () => {
  it('files a movement under the month of its effective date, sorted by date, posting time and id', () => {
    expect(movementKey({ effectiveOn: '2026-05-31', postedAt: '2026-06-01T12:00:00.000Z', movementId: 'm-1' })).toStrictEqual({
      pk: 'LEDGER#2026-05',
      sk: '2026-05-31#2026-06-01T12:00:00.000Z#m-1',
    });
  });
});
