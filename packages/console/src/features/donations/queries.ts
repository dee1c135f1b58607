import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import { uploadCsv } from '../../api/upload-csv.ts';
import { isProblem } from '../../api/problem.ts';
import type { components } from '../../api/schema.ts';
import { fundKeys } from '../fund/queries.ts';
import type { NewDonation } from './donation-answers.ts';
import { apiQuery } from './donation-list-view.ts';
import type { DonationListView } from './donation-list-view.ts';

export type Donation = components['schemas']['Donation'];
export type DonationImportReport = components['schemas']['DonationImport'];

/** Rows in a page of the list: the API's default. */
export const PAGE_SIZE = 100;

/** Query keys of finance's donations, under the fund's, so any change to the fund reads them again. */
export const donationKeys = {
  all: [...fundKeys.all, 'donations'] as const,
  list: (query: ReturnType<typeof apiQuery>) => [...donationKeys.all, 'list', query] as const,
  donation: (donationId: string) => [...donationKeys.all, 'donation', donationId] as const,
};

const donationPage = (api: ApiClient, view: DonationListView) => {
  const query = apiQuery(view);
  return queryOptions({
    queryKey: donationKeys.list(query),
    queryFn: async () => (await api.GET('/fund/donations', { params: { query: { ...query, limit: String(PAGE_SIZE) } } })).data!,
    placeholderData: keepPreviousData,
  });
};

/** One page of the donations the view's filters select. */
export const useDonationPage = (view: DonationListView) => useQuery(donationPage(useApi(), view));

/**
 * Every donation the view's filters select, all pages from the first, for an export of exactly that.
 */
export const readAllDonations = async (api: ApiClient, view: DonationListView) => {
  const { next: _shown, ...filters } = view;
  const items: components['schemas']['DonationSummary'][] = [];
  let next: string | undefined;
  do {
    const page = (await api.GET('/fund/donations', { params: { query: { ...apiQuery(filters), limit: '500', ...(next === undefined ? {} : { next }) } } })).data!;
    items.push(...page.items);
    next = page.next ?? undefined;
  } while (next !== undefined);
  return items;
};

/**
 * A donation, its levy and its refunds. A donation just recorded is on the fund's queue until it is levied,
 * a second or two: until then the API answers 404, so the page asks again every two seconds, for a minute.
 */
export const useDonation = (donationId: string) => {
  const api = useApi();
  return useQuery({
    queryKey: donationKeys.donation(donationId),
    queryFn: async () => (await api.GET('/fund/donations/{donationId}', { params: { path: { donationId } } })).data!,
    refetchInterval: (query) => (isProblem(query.state.error, 404) && query.state.errorUpdateCount < 30 ? 2_000 : false),
  });
};

/** Records a donation by hand: 202 queued to be levied, or 200 when that donation was recorded before. */
export const useRecordDonation = () => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewDonation) => {
      const { data, response } = await api.POST('/fund/donations', { body });
      return { donationId: body.donationId, queued: response.status === 202, data };
    },
    onSuccess: () => queries.invalidateQueries({ queryKey: fundKeys.all }),
  });
};

/** Refunds part or all of a donation; the refund id is made once per confirmation, so a retry is recorded once. */
export const useRefundDonation = (donationId: string) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: { amountPence: number; refundId: string }) =>
      (await api.POST('/fund/donations/{donationId}/refunds', { params: { path: { donationId } }, body })).data!,
    onSuccess: () => queries.invalidateQueries({ queryKey: fundKeys.all }),
  });
};

/** Sends a CSV of donations to `POST /fund/donations/import`, reporting the upload's progress (0 to 1). */
export const uploadDonationImport = (csv: Blob, accessToken: string | undefined, onProgress: (fraction: number) => void): Promise<DonationImportReport> =>
  uploadCsv<DonationImportReport>('/fund/donations/import', csv, accessToken, onProgress);
