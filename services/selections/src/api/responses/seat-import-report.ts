import { GssCode } from '@platform/events';
import * as z from 'zod';
import { ImportedSeatFields } from '../../domain/seat.ts';
import { UncontestedSeat } from '../../domain/settings.ts';

const Line = z.int().positive().meta({ description: 'The line of the file, counting from 1.' });

/** `POST /selections/seats/import`: what the import did to each seat, by line of the file. */
export const SeatImportReportResponse = z
  .strictObject({
    format: z.enum(['commons-library', 'minimal']),
    counts: z.strictObject({ created: z.int(), updated: z.int(), unchanged: z.int(), rejected: z.int() }),
    created: z.array(z.strictObject({ line: Line, seatId: GssCode })),
    updated: z.array(z.strictObject({ line: Line, seatId: GssCode, changed: z.array(ImportedSeatFields.keyof()) })),
    rejected: z.array(z.strictObject({ line: Line, seatId: z.string().optional(), reason: z.string().min(1) })),
    uncontestedAdded: z.array(z.strictObject(UncontestedSeat.shape)).meta({ description: 'The Speaker’s seats this import set aside.' }),
  })
  .meta({
    id: 'SeatImportReport',
    description: 'Seats created, updated, unchanged and rejected (with the line and reason), and the Speaker’s seats set aside.',
    example: {
      format: 'commons-library',
      counts: { created: 649, updated: 0, unchanged: 0, rejected: 1 },
      created: [{ line: 4, seatId: 'E14001063' }],
      updated: [],
      rejected: [{ line: 9, seatId: 'E1400106', reason: 'a GSS code is a country letter (E, N, S, W) and eight digits, e.g. E14001063' }],
      uncontestedAdded: [{ seatId: 'E14001172', reason: 'the Speaker’s seat: by convention the main parties do not stand against the Speaker' }],
    },
  });
