/**
 * Runs `task` over `items` with at most `limit` in flight, and resolves with the results in order. Used for
 * the many small writes of an import or a publish, which one at a time would take too long and all at once
 * would be throttled.
 */
export const concurrently = async <T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> => {
  const results: R[] = new Array<R>(items.length);
  let nextIndex = 0;
  const worker = async (): Promise<void> => {
    while (nextIndex < items.length) {
      const index = nextIndex;
      nextIndex += 1;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
};
