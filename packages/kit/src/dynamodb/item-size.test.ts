import { describe, expect, it } from '@jest/globals';
import { DYNAMODB_MAX_ITEM_BYTES, itemSizeBytes } from './item-size.ts';

describe('itemSizeBytes', () => {
  it('counts names and string values in UTF-8 bytes, not UTF-16 units', () => {
    // 'ŵ' is 2 bytes of UTF-8, '€' 3, an emoji 4 (two UTF-16 units)
    expect(itemSizeBytes({ pk: 'ŵ€😀' })).toBe(2 + 2 + 3 + 4);
  });

  it('counts a number by its significant digits, two to a byte, plus one', () => {
    expect([itemSizeBytes({ n: 7 }), itemSizeBytes({ n: 1_000 }), itemSizeBytes({ n: 123_456_789 })]).toStrictEqual([1 + 2, 1 + 2, 1 + 6]);
  });

  it('counts 3 bytes for a list or map and 1 for each of its elements', () => {
    expect(itemSizeBytes({ l: ['ab', true, null], m: { k: 'v' } })).toBe(1 + 3 + (1 + 2) + (1 + 1) + (1 + 1) + (1 + 3 + (1 + 1 + 1)));
  });

  it('counts binary values by their bytes and ignores undefined attributes', () => {
    expect(itemSizeBytes({ body: new Uint8Array(10), gone: undefined })).toBe(4 + 10);
  });

  it('is 400 KB at the limit', () => {
    expect(itemSizeBytes({ s: 'x'.repeat(DYNAMODB_MAX_ITEM_BYTES - 1) })).toBe(409_600);
  });
});
