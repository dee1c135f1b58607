import { CalendarDate } from '@platform/events';
import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { BasisPoints } from '../domain/levy-rate.ts';
import { financeOnly, invalid } from './common-responses.ts';
import { LevyRatesResponse, SetLevyRateResponse } from './responses/levy-rates.ts';

/** `PUT /fund/levy-rates`. */
export const setLevyRate = defineRoute({
  method: 'PUT',
  path: '/fund/levy-rates',
  summary: 'Add a levy rate from a date; rates are kept for good and never backdated over levied donations',
  access: ['finance'],
  body: z.strictObject({ basisPoints: BasisPoints, effectiveFrom: CalendarDate }),
  responses: {
    200: { description: 'The same rate from the same date is set already', body: SetLevyRateResponse },
    201: { description: 'The rate, added, with the whole history', body: SetLevyRateResponse },
    ...invalid,
    ...financeOnly,
    409: { description: 'Another rate is set for that date, a donation on or after it is levied already, or the fund has 100 rates already' },
  },
});

/** `GET /fund/levy-rates`. */
export const listLevyRates = defineRoute({
  method: 'GET',
  path: '/fund/levy-rates',
  summary: 'List every levy rate, earliest first, and the one in force today',
  access: ['finance'],
  responses: { 200: { description: 'The rates', body: LevyRatesResponse }, ...financeOnly },
});
