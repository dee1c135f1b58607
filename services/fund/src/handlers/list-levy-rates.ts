import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { listLevyRates } from '../api/levy-rate-routes.ts';
import { calendarDateOf } from '../domain/dates.ts';
import { inDateOrder, rateInForce } from '../domain/levy-rate.ts';
import { rateView } from '../domain/views.ts';
import type { FundStore } from '../store/fund-store.ts';
import { fundStore } from './environment.ts';

/** `GET /fund/levy-rates` (finance): the whole rate history, earliest first, and the rate in force today. */
export const listLevyRatesHandler = (funds: FundStore): HttpLambdaHandler =>
  httpHandler(listLevyRates, async () => {
    const { rates } = await funds.fund();
    const inForce = rateInForce(rates, calendarDateOf(new Date()));
    return { status: 200, body: { rates: inDateOrder(rates).map(rateView), inForce: inForce === undefined ? null : rateView(inForce) } };
  });

export const handler = listLevyRatesHandler(fundStore());
