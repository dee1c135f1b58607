import { opaqueCursor } from '@platform/kit';
import * as z from 'zod';

/** The key of the last item a page looked at: DynamoDB's `LastEvaluatedKey` for this table. */
export const PageKey = z.object({ pk: z.string().min(1).max(100), sk: z.string().min(1).max(200) }).strict();
export type PageKey = z.infer<typeof PageKey>;

const pageCursor = opaqueCursor(PageKey, 'next');

/** A `next` cursor: the page key, opaque to clients. */
export const encodeCursor = (key: PageKey): string => pageCursor.encode(key);

/**
 * The page key a `next` cursor carries, checked to lie in the partition being listed so that a forged
 * cursor cannot start a query elsewhere. Throws `InvalidInputError` (a 400) on anything else.
 */
export const decodeCursor = (cursor: string, partition: string): PageKey => pageCursor.decode(cursor, (key) => key.pk === partition);
