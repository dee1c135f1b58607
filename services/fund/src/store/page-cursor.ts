import { InvalidInputError } from '@platform/kit';
import * as z from 'zod';

// The same shape as services/selections/src/store/page-cursor.ts, on purpose: a general cursor is on its
// way into the kit, and this file goes when it lands.

/** The key of the last item a page looked at: DynamoDB's `LastEvaluatedKey` for this table. */
export const PageKey = z.object({ pk: z.string().min(1).max(100), sk: z.string().min(1).max(200) }).strict();
export type PageKey = z.infer<typeof PageKey>;

/** A `next` cursor: the page key as base64url JSON, opaque to clients. */
export const encodeCursor = (key: PageKey): string => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/**
 * The page key a `next` cursor carries, checked to lie in the partition being listed so that a forged
 * cursor cannot start a query elsewhere (a candidate's partition, say). Throws {@link InvalidInputError}
 * (a 400) on anything else.
 */
export const decodeCursor = (cursor: string, partition: string): PageKey => {
  const invalid = () =>
    new InvalidInputError('the request query is invalid: query.next: not a cursor this list handed out', [
      { path: ['query', 'next'], message: 'not a cursor this list handed out; pass back the `next` of the previous page unchanged' },
    ]);
  if (!/^[A-Za-z0-9_-]{1,600}$/.test(cursor)) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const key = PageKey.safeParse(decoded);
  if (!key.success || key.data.pk !== partition) throw invalid();
  return key.data;
};
