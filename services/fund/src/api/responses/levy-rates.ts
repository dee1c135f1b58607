import { CalendarDate } from '@platform/events';
import * as z from 'zod';

/** A levy rate as finance set it. */
export const LevyRateResponse = z
  .strictObject({ basisPoints: z.int().min(0).max(10_000), effectiveFrom: CalendarDate, setBy: z.string().min(1), setAt: z.iso.datetime() })
  .meta({
    id: 'LevyRate',
    description: 'A levy rate in basis points (300 is 3%), in force from `effectiveFrom` until the next one.',
    example: { basisPoints: 300, effectiveFrom: '2026-01-01', setBy: 'fin-1', setAt: '2025-12-15T10:00:00.000Z' },
  });

/** `PUT /fund/levy-rates`: the rate added (201), or found already set (200), and every rate, earliest first. */
export const SetLevyRateResponse = z
  .strictObject({ rate: LevyRateResponse, rates: z.array(LevyRateResponse) })
  .meta({ id: 'SetLevyRate', description: 'The rate added and every rate, earliest first.' });

/** `GET /fund/levy-rates`: every rate, earliest first, and the one in force today. */
export const LevyRatesResponse = z
  .strictObject({ rates: z.array(LevyRateResponse), inForce: LevyRateResponse.nullable() })
  .meta({ id: 'LevyRates', description: 'Every rate, earliest first, and the one in force today (`null` before the first).' });
