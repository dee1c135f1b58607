import { CalendarDate, GssCode } from '@platform/events';
import * as z from 'zod';

/** `GET /fund/open-selections`: the open selections whose seat name holds every word searched for. */
export const OpenSelectionsResponse = z
  .strictObject({
    search: z.string().meta({ description: 'The search, as given.' }),
    total: z.int().nonnegative().meta({ description: 'How many matched in all; at most 50 are listed.' }),
    items: z.array(
      z
        .strictObject({
          selectionId: z.string().min(1),
          seatId: GssCode,
          seatName: z.string().min(1),
          region: z.string().min(1),
          opensOn: CalendarDate.optional().meta({ description: 'The first day of the selection; absent on views recorded before the fund kept it.' }),
          closesOn: CalendarDate.meta({ description: 'The last day of its result phase: applications close after it.' }),
        })
        .meta({ id: 'OpenSelection' }),
    ),
  })
  .meta({
    id: 'OpenSelections',
    description: 'Seats whose selection is open now, by seat name.',
    example: {
      search: 'mon',
      total: 1,
      items: [{ selectionId: '3e9b7d2a-1c4f-5a6e-8b0d-9f2e4c6a8b1d', seatId: 'W07000112', seatName: 'Ynys Môn', region: 'Wales', opensOn: '2027-02-01', closesOn: '2027-03-30' }],
    },
  });
