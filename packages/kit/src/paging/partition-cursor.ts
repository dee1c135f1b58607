import * as z from 'zod';
import { opaqueCursor } from './opaque-cursor.ts';

/** The key of the last item a page looked at: DynamoDB's `LastEvaluatedKey` for a `pk`/`sk` table. */
export const PageKey = z.object({ pk: z.string().min(1).max(100), sk: z.string().min(1).max(200) }).strict();
export type PageKey = z.infer<typeof PageKey>;

const pageCursor = opaqueCursor(PageKey, 'next');

/**
 * The `next` cursor of a page of one partition: its last key, opaque to clients.
 *
 * @example
 * ```ts
 * return { items, next: encodePageCursor({ pk: 'APPLICATIONS', sk: String(last['sk']) }) };
 * ```
 */
export const encodePageCursor = (key: PageKey): string => pageCursor.encode(key);

// Anchored whatever the caller wrote, and without the `g`/`y` flags, whose `lastIndex` would make `test`
// answer differently on each call.
const wholeMatch = (pattern: RegExp): RegExp => new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, ''));

/**
 * The page key a `next` cursor carries, checked to be one the partition's query could itself have handed
 * out: its `pk` is the partition being listed and its `sk` has the shape of that partition's sort keys
 * (`sortKey` must match the whole of it). So a forged cursor can neither start a query in another
 * partition (a candidate's, say) nor hand DynamoDB a start key it rejects (a 500). Throws
 * `InvalidInputError` (a 400 naming `query.next`) on anything else.
 *
 * @example
 * ```ts
 * const startKey = next === undefined ? undefined : decodePageCursor(next, 'APPLICATIONS', /APPLICATION#[0-9a-f-]{36}/);
 * ```
 */
export const decodePageCursor = (cursor: string, partition: string, sortKey: RegExp): PageKey => {
  const shape = wholeMatch(sortKey);
  return pageCursor.decode(cursor, (key) => key.pk === partition && shape.test(key.sk));
};
