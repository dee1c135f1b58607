import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { setLevyRate } from '../api/levy-rate-routes.ts';
import { addRate, inDateOrder } from '../domain/levy-rate.ts';
import { rateView } from '../domain/views.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';

// A retry follows a donation levied (or a rate added) between the read and the write.
const MAX_ATTEMPTS = 10;

/**
 * `PUT /fund/levy-rates` (finance): adds a levy rate from a date (201), kept in the history for good. The
 * same rate for the same date again is a 200. A different rate for a date that has one, or a date on or
 * before the latest donation already levied, is a 409 (rates are never backdated over levied donations).
 */
export const setLevyRateHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(setLevyRate, async ({ body: { basisPoints, effectiveFrom } }, { caller, logger }) => {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const fund = await funds.fund();
      const addition = addRate(fund.rates, { basisPoints, effectiveFrom, setBy: caller.id, setAt: new Date().toISOString() }, fund);
      if (addition.outcome === 'unchanged') {
        return { status: 200, body: { rate: rateView(addition.rate), rates: inDateOrder(fund.rates).map(rateView) } };
      }
      if ((await funds.addRate(addition.rate, fund)) === 'added') {
        logger.info('levy rate added', { basisPoints, effectiveFrom });
        return { status: 201, body: { rate: rateView(addition.rate), rates: inDateOrder([...fund.rates, addition.rate]).map(rateView) } };
      }
    }
    throw new Error(`the levy rate from ${effectiveFrom} could not be added: the fund changed on each of ${MAX_ATTEMPTS} attempts`);
  });

export const handler = setLevyRateHandler(fundStore());
