import * as z from 'zod';

/** The four nations of the United Kingdom, as the Commons Library's `Country name` column spells them. */
export const Nation = z.enum(['England', 'Scotland', 'Wales', 'Northern Ireland']);
export type Nation = z.infer<typeof Nation>;

const nationOfLetter: Record<string, Nation> = { E: 'England', S: 'Scotland', W: 'Wales', N: 'Northern Ireland' };

/** The nation a GSS code belongs to: ONS codes start with the country's letter. */
export const nationOfGssCode = (seatId: string): Nation | undefined => nationOfLetter[seatId.charAt(0)];
