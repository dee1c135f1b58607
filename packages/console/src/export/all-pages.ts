/** A page of a list as the API answers it: its items and the cursor of the next page (null or absent on the last). */
export interface ListPage<T> {
  readonly items: readonly T[];
  readonly next?: string | null;
}

/**
 * Every item of a list, read a page at a time from the first page, for an export of exactly what a view's
 * filters select rather than only the page on screen.
 *
 * @example
 * const seats = await readAllPages(async (next) => (await api.GET('/selections/seats', { params: { query: { ...query, limit: 1000, next } } })).data!);
 */
export const readAllPages = async <T>(readPage: (next: string | undefined) => Promise<ListPage<T>>): Promise<T[]> => {
  const items: T[] = [];
  let next: string | undefined;
  do {
    const page = await readPage(next);
    items.push(...page.items);
    next = page.next ?? undefined;
  } while (next !== undefined);
  return items;
};
