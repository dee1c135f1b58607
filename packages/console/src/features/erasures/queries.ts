import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import { applicationKeys } from '../applications/queries.ts';

/** Erasures in a page of the audit. */
export const ERASURES_PAGE_SIZE = 50;

/** Query keys of the erasure audit, one per page's cursor. */
export const erasureKeys = {
  all: ['erasures'] as const,
  page: (next: string | undefined) => [...erasureKeys.all, next ?? 'first'] as const,
};

/**
 * A page of the audit of every erasure, oldest first, from the API's cursor; the page shown stays while the next loads.
 *
 * @example
 * const page = useErasurePage(params.get('next') ?? undefined);
 */
export const useErasurePage = (next: string | undefined) => {
  const api = useApi();
  return useQuery({
    queryKey: erasureKeys.page(next),
    queryFn: async () => (await api.GET('/fund/erasures', { params: { query: { limit: ERASURES_PAGE_SIZE, ...(next ? { next } : {}) } } })).data!,
    placeholderData: keepPreviousData,
  });
};

/**
 * Finance erases an application's special category data on the candidate's behalf, with the request as the
 * reason; `withdraw` confirms that an undecided one is withdrawn first. The application, lists and audit are
 * read again after.
 *
 * @example
 * useEraseOnBehalf(applicationId).mutate({ reason: 'Letter of 3 March, ref 42', withdraw: false });
 */
export const useEraseOnBehalf = (applicationId: string) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async ({ reason, withdraw }: { reason: string; withdraw: boolean }) =>
      (await api.POST('/fund/applications/{applicationId}/erase', { params: { path: { applicationId } }, body: withdraw ? { reason, withdraw: true } : { reason } })).data!,
    onSuccess: () => Promise.all([queries.invalidateQueries({ queryKey: applicationKeys.all }), queries.invalidateQueries({ queryKey: erasureKeys.all })]),
  });
};
