import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import { fundKeys } from '../fund/queries.ts';
import type { LedgerView } from './ledger-view.ts';

/** Movements in a page of the journal. */
export const LEDGER_PAGE_SIZE = 50;

export const ledgerKeys = {
  all: [...fundKeys.all, 'ledger'] as const,
  page: (view: LedgerView) => [...ledgerKeys.all, view] as const,
};

/** One page of the journal: the movements effective in the range, by date then posting time. */
export const useLedgerPage = (view: LedgerView) => {
  const api = useApi();
  return useQuery({
    queryKey: ledgerKeys.page(view),
    queryFn: async () =>
      (await api.GET('/fund/ledger', { params: { query: { from: view.from, to: view.to, limit: String(LEDGER_PAGE_SIZE), ...(view.cursor ? { cursor: view.cursor } : {}) } } })).data!,
    placeholderData: keepPreviousData,
  });
};

/** The statement CSV of a range, as the API writes it for the accountants. */
export const readStatement = async (api: ApiClient, range: { from: string; to: string }): Promise<string> =>
  (await api.GET('/fund/statement.csv', { params: { query: range }, parseAs: 'text' })).data as unknown as string;
