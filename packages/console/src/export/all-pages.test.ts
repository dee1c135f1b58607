import { describe, expect, it } from '@jest/globals';
import { readAllPages } from './all-pages.ts';

describe('readAllPages', () => {
  it('reads from the first page to the last, passing each cursor back', async () => {
    const pages: Record<string, { items: number[]; next: string | null }> = { first: { items: [1, 2], next: 'b' }, b: { items: [3], next: 'c' }, c: { items: [], next: null } };
    const asked: (string | undefined)[] = [];
    const items = await readAllPages(async (next) => {
      asked.push(next);
      return pages[next ?? 'first']!;
    });
    expect({ items, asked }).toStrictEqual({ items: [1, 2, 3], asked: [undefined, 'b', 'c'] });
  });
});
