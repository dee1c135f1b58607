import { describe, expect, it } from '@jest/globals';
import { seededRandom } from './seeded-random.ts';

const draws = (seed: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: 5 }, () => random.int(1, 1_000_000));
};

describe('seededRandom', () => {
  it('draws the same numbers for the same seed, and others for another', () => {
    expect(draws(2024)).toStrictEqual(draws(2024));
    expect(draws(2025)).not.toStrictEqual(draws(2024));
  });

  it('keeps whole numbers within both bounds, reaching each', () => {
    const random = seededRandom(7);
    const rolls = Array.from({ length: 600 }, () => random.int(1, 6));
    expect([...new Set(rolls)].sort()).toStrictEqual([1, 2, 3, 4, 5, 6]);
  });

  it('fails to pick from an empty list', () => {
    expect(() => seededRandom(1).pick([])).toThrow(RangeError);
  });
});
