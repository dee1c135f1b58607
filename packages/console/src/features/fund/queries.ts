import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import type { ChartRange } from './money-chart-data.ts';

/** Query keys of finance's view of the fund, generic to specific, so `fundKeys.all` invalidates every one. */
export const fundKeys = {
  all: ['fund'] as const,
  balance: () => [...fundKeys.all, 'balance'] as const,
  reconciliation: () => [...fundKeys.all, 'reconciliation'] as const,
  levyRates: () => [...fundKeys.all, 'levy-rates'] as const,
  monthly: (range: ChartRange) => [...fundKeys.all, 'monthly', range] as const,
};

const balance = (api: ApiClient) => queryOptions({ queryKey: fundKeys.balance(), queryFn: async () => (await api.GET('/fund/balance')).data! });

const reconciliation = (api: ApiClient) =>
  queryOptions({ queryKey: fundKeys.reconciliation(), queryFn: async () => (await api.GET('/fund/reconciliation')).data! });

const levyRates = (api: ApiClient) => queryOptions({ queryKey: fundKeys.levyRates(), queryFn: async () => (await api.GET('/fund/levy-rates')).data! });

export const useBalance = () => useQuery(balance(useApi()));
export const useReconciliation = () => useQuery(reconciliation(useApi()));
export const useLevyRates = () => useQuery(levyRates(useApi()));

const monthlyReport = (api: ApiClient, range: ChartRange) =>
  queryOptions({ queryKey: fundKeys.monthly(range), queryFn: async () => (await api.GET('/fund/reports/monthly', { params: { query: range } })).data! });

/**
 * The fund month by month for the overview's charts; the charts shown stay while another range loads.
 *
 * @example
 * const report = useMonthlyReport({ from: '2026-01', to: '2026-12' });
 */
export const useMonthlyReport = (range: ChartRange) => useQuery({ ...monthlyReport(useApi(), range), placeholderData: keepPreviousData });

/** A levy rate as `PUT /fund/levy-rates` takes it. */
export interface NewLevyRate {
  readonly basisPoints: number;
  readonly effectiveFrom: string;
}

/** Adds a levy rate; the answer says whether it was added (201) or was set already (200). */
export const useAddLevyRate = () => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewLevyRate) => {
      const { data, response } = await api.PUT('/fund/levy-rates', { body });
      return { ...data!, added: response.status === 201 };
    },
    // The rate in force shows on the overview too, and every total is read again after any change.
    onSuccess: () => queries.invalidateQueries({ queryKey: fundKeys.all }),
  });
};
