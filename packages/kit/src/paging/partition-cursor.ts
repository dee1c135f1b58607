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

/**
 * The page key a `next` cursor carries, checked to lie in the partition being listed, so that a forged
 * cursor cannot start a query in another one (a candidate's, say). Throws `InvalidInputError` (a 400 naming
 * `query.next`) on anything else.
 *
 * @example
 * ```ts
 * const startKey = next === undefined ? undefined : decodePageCursor(next, 'APPLICATIONS');
 * ```
 */
export const decodePageCursor = (cursor: string, partition: string): PageKey => pageCursor.decode(cursor, (key) => key.pk === partition);
