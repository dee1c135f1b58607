import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import { readAllPages } from '../../export/all-pages.ts';
import { fundKeys } from '../fund/queries.ts';
import { applicationsApiQuery, countsApiQuery } from './application-list-view.ts';
import type { ApplicationFilters, ApplicationListView } from './application-list-view.ts';
import type { DecisionBody } from './decision-answers.ts';

/** Applications in a page of the list. */
export const PAGE_SIZE = 50;
/** The export reads the view's pages this many at a time: the API's most. */
const EXPORT_PAGE_SIZE = 1_000;

/** Query keys of finance's applications, generic to specific, so `applicationKeys.all` invalidates lists, counts and applications. */
export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  list: (query: ReturnType<typeof applicationsApiQuery>) => [...applicationKeys.lists(), query] as const,
  counts: (query: ApplicationFilters) => [...applicationKeys.all, 'counts', query] as const,
  application: (applicationId: string) => [...applicationKeys.all, 'application', applicationId] as const,
};

const applicationPage = (api: ApiClient, query: ReturnType<typeof applicationsApiQuery>) =>
  queryOptions({
    queryKey: applicationKeys.list(query),
    queryFn: async () => (await api.GET('/fund/applications', { params: { query } })).data!,
  });

const stageCounts = (api: ApiClient, query: ApplicationFilters) =>
  queryOptions({
    queryKey: applicationKeys.counts(query),
    queryFn: async () => (await api.GET('/fund/applications/counts', { params: { query } })).data!,
  });

const financeApplication = (api: ApiClient, applicationId: string) =>
  queryOptions({
    queryKey: applicationKeys.application(applicationId),
    queryFn: async () => {
      const found = (await api.GET('/fund/applications/{applicationId}', { params: { path: { applicationId } } })).data!;
      // Finance is always answered with finance's view, which names the candidate; the candidate's never does.
      if (!('candidateId' in found)) throw new Error('the API answered finance with a candidate’s view');
      return found;
    },
  });

/** A page of applications as the view filters them; the page shown stays while the next loads. */
export const useApplicationPage = (view: ApplicationListView) => useQuery({ ...applicationPage(useApi(), applicationsApiQuery(view, PAGE_SIZE)), placeholderData: keepPreviousData });
/** How many applications each preset view holds under the view's filters. */
export const useStageCounts = (view: ApplicationListView) => useQuery({ ...stageCounts(useApi(), countsApiQuery(view)), placeholderData: keepPreviousData });
/** One application, as finance reads it. */
export const useFinanceApplication = (applicationId: string) => useQuery(financeApplication(useApi(), applicationId));

/** Reads every application the view selects, all its pages, for the export. */
export const useReadAllApplications = (view: ApplicationListView) => {
  const api = useApi();
  return () => {
    const { next: _next, ...query } = applicationsApiQuery(view, EXPORT_PAGE_SIZE);
    return readAllPages(async (next) => (await api.GET('/fund/applications', { params: { query: { ...query, ...(next ? { next } : {}) } } })).data!);
  };
};

/** After a decision, payment or cancellation: the application, every list and count, and the fund's totals are read again. */
const useGrantMutation = <T,>(send: (api: ApiClient, input: T) => Promise<unknown>) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => send(api, input),
    onSuccess: () => Promise.all([queries.invalidateQueries({ queryKey: applicationKeys.all }), queries.invalidateQueries({ queryKey: fundKeys.all })]),
  });
};

export const useDecideApplication = (applicationId: string) =>
  useGrantMutation(async (api, body: DecisionBody) => (await api.POST('/fund/applications/{applicationId}/decision', { params: { path: { applicationId } }, body })).data!);

/** A payment carries its own id, made once per visit to the payment page, so a retried request pays once. */
export const useDisburseGrant = (applicationId: string) =>
  useGrantMutation(async (api, body: { amountPence: number; disbursementId: string }) =>
    (await api.POST('/fund/applications/{applicationId}/disbursements', { params: { path: { applicationId } }, body })).data!,
  );

export const useCancelApproval = (applicationId: string) =>
  useGrantMutation(async (api, reason: string) => (await api.POST('/fund/applications/{applicationId}/cancel-approval', { params: { path: { applicationId } }, body: { reason } })).data!);
