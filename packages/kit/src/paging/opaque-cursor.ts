import type * as z from 'zod';
import { InvalidInputError } from '../errors.ts';

// Cursors are short; anything longer is not one this API handed out.
const MAX_CURSOR_LENGTH = 1_000;

/** Encodes and decodes one kind of paging cursor. */
export interface OpaqueCursor<T> {
  encode(position: T): string;
  /**
   * The position a cursor carries. Throws {@link InvalidInputError} (a 400 naming the query parameter) on
   * anything that is not a cursor of this kind, or that `accepts` refuses (e.g. a cursor for another
   * partition or date range, which a forged cursor could otherwise use to read elsewhere).
   */
  decode(cursor: string, accepts?: (position: T) => boolean): T;
}

/**
 * A paging cursor that clients pass back unchanged: the position (typically DynamoDB's last key) as
 * base64url JSON, validated on the way back in against its schema.
 *
 * @example
 * ```ts
 * const pageCursor = opaqueCursor(z.object({ pk: z.string(), sk: z.string() }), 'next');
 * const next = pageCursor.encode({ pk: 'SEAT', sk: 'E14001063' });
 * const startKey = pageCursor.decode(next, (key) => key.pk === 'SEAT');
 * ```
 */
export const opaqueCursor = <T>(schema: z.ZodType<T>, parameter: string): OpaqueCursor<T> => ({
  encode: (position) => Buffer.from(JSON.stringify(position), 'utf8').toString('base64url'),
  decode: (cursor, accepts = () => true) => {
    let decoded: unknown;
    if (cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(cursor)) {
      const text = Buffer.from(cursor, 'base64url').toString('utf8');
      // Only the exact text `encode` gives: Node's decoder skips stray bits and replaces bad UTF-8, so many
      // strings would otherwise read as the same position.
      if (Buffer.from(text, 'utf8').toString('base64url') === cursor) {
        try {
          decoded = JSON.parse(text);
        } catch {
          decoded = undefined;
        }
      }
    }
    const position = schema.safeParse(decoded);
    if (!position.success || !accepts(position.data)) {
      const message = `not a cursor this list handed out; pass back the \`${parameter}\` of the previous page unchanged`;
      throw new InvalidInputError(`the request query is invalid: query.${parameter}: ${message}`, [{ path: ['query', parameter], message }]);
    }
    return position.data;
  },
});
