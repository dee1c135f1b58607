import { describe, expect, it } from '@jest/globals';
import { concurrently } from './concurrently.ts';

describe('concurrently', () => {
  it('keeps the results in the order of the items, with no more than the limit in flight', async () => {
    // Prepare
    let inFlight = 0;
    let most = 0;
    const task = async (item: number) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, (item % 3) * 2));
      inFlight -= 1;
      return item * 10;
    };
    // Act
    const results = await concurrently([1, 2, 3, 4, 5, 6, 7], 3, task);
    // Assess
    expect({ results, most }).toStrictEqual({ results: [10, 20, 30, 40, 50, 60, 70], most: 3 });
  });

  it('fails as soon as one task fails', async () => {
    await expect(concurrently([1, 2], 2, async (item) => {
      if (item === 2) throw new Error('write refused');
      return item;
    })).rejects.toThrow('write refused');
  });

  it('resolves an empty list at once', async () => {
    expect(await concurrently([], 4, async () => 1)).toStrictEqual([]);
  });
});
