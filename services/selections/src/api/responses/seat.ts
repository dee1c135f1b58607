import * as z from 'zod';
import { Seat } from '../../domain/seat.ts';
import type { SeatView } from '../../domain/seat.ts';

/** A seat as `GET`/`PATCH /selections/seats/{seatId}` and the seat list answer it: stored, plus what the settings make of it. */
export const SeatResponse = z
  .strictObject({
    ...Seat.shape,
    held: z.boolean().meta({ description: 'The party won the seat last time.' }),
    contested: z.boolean().meta({ description: 'The party stands in the seat’s nation and HQ staff have not set it aside.' }),
    needsSelection: z.boolean().meta({ description: 'Contested, with no candidate of the party’s own and no selection yet.' }),
  })
  .meta({
    id: 'Seat',
    description: 'A Westminster constituency, its 2024 result and the flags HQ staff set.',
    example: {
      seatId: 'E14001063',
      name: 'Aldershot',
      nation: 'England',
      region: 'South East',
      firstParty: 'Lab',
      majority: 5683,
      electorate: 78553,
      sittingMp: 'Alex Baker',
      island: false,
      priority: 2,
      shortlist: 'open',
      flagsRevision: 3,
      importedAt: '2026-11-02T09:00:00.000Z',
      updatedAt: '2026-11-02T09:00:00.000Z',
      held: true,
      contested: true,
      needsSelection: false,
    },
  }) satisfies z.ZodType<SeatView>;

/** `GET /selections/seats`: a page of seats; `next` is `null` on the last page. */
export const SeatPageResponse = z
  .strictObject({ items: z.array(SeatResponse), next: z.string().nullable().meta({ description: 'Pass as `next` for the following page.' }) })
  .meta({ id: 'SeatPage', description: 'A page of seats, in the order asked for (GSS code order unless asked).' });
