import * as z from 'zod';

/** `?limit=`: how many items a page holds, 100 unless asked, 1000 at most. */
export const Limit = z.coerce.number().int().min(1).max(1000).default(100);

/** A yes/no query parameter, spelled `true` or `false`. */
export const QueryBoolean = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `?next=`: the cursor of the previous page, checked by the store. */
export const Cursor = z.string().min(1).max(600);
