import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import type { components } from '../../api/schema.ts';
import { readAllPages } from '../../export/all-pages.ts';

export type EmeritusSettings = components['schemas']['EmeritusSettings'];
export type RegisterFilter = { readonly status?: 'active' | 'withdrawn'; readonly seatId?: string };
export type RetirementBody = { mpId: string; mpName: string; seatId: string; announcedOn: string; expectedElectionOn?: string };

/** Query keys of the emeritus register, generic to specific, so `emeritusKeys.all` refreshes every view after a change. */
export const emeritusKeys = {
  all: ['emeritus'] as const,
  register: (filter: RegisterFilter) => [...emeritusKeys.all, 'register', filter] as const,
  retirement: (retirementId: string) => [...emeritusKeys.all, 'retirement', retirementId] as const,
  settings: () => [...emeritusKeys.all, 'settings'] as const,
  committee: () => [...emeritusKeys.all, 'committee'] as const,
  history: (cursor: string | undefined) => [...emeritusKeys.all, 'history', cursor ?? 'first'] as const,
};

const register = (api: ApiClient, filter: RegisterFilter) =>
  queryOptions({ queryKey: emeritusKeys.register(filter), queryFn: async () => (await api.GET('/emeritus/register', { params: { query: filter } })).data! });

export const useRegister = (filter: RegisterFilter) => useQuery(register(useApi(), filter));

export const useRetirement = (retirementId: string) => {
  const api = useApi();
  return useQuery({
    queryKey: emeritusKeys.retirement(retirementId),
    queryFn: async () => (await api.GET('/emeritus/retirements/{retirementId}', { params: { path: { retirementId } } })).data!,
  });
};

export const useEmeritusSettings = () => {
  const api = useApi();
  return useQuery({ queryKey: emeritusKeys.settings(), queryFn: async () => (await api.GET('/emeritus/settings')).data!, staleTime: Infinity });
};

export const useCommittee = () => {
  const api = useApi();
  return useQuery({ queryKey: emeritusKeys.committee(), queryFn: async () => (await api.GET('/emeritus/committee')).data! });
};

export const useHistoryPage = (cursor: string | undefined) => {
  const api = useApi();
  return useQuery({
    queryKey: emeritusKeys.history(cursor),
    queryFn: async () => (await api.GET('/emeritus/history', { params: { query: { limit: 50, ...(cursor ? { cursor } : {}) } } })).data!,
  });
};

/** Reads every entry of the history, oldest first, for an export: all its pages, not only the one shown. */
export const useAllHistory = () => {
  const api = useApi();
  return () =>
    readAllPages(async (next) => {
      const page = (await api.GET('/emeritus/history', { params: { query: { limit: 500, ...(next ? { cursor: next } : {}) } } })).data!;
      return { items: page.entries, next: page.nextCursor };
    });
};

/** After any change the register, the committee and the history all read afresh. */
const useEmeritusChange = <In, Out>(change: (api: ApiClient, input: In) => Promise<Out>) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({ mutationFn: (input: In) => change(api, input), onSuccess: () => queries.invalidateQueries({ queryKey: emeritusKeys.all }) });
};

export const useSaveSettings = () =>
  useEmeritusChange(async (api, body: { expectedElectionOn: string; earlyAnnouncementMonths: number }) => (await api.PUT('/emeritus/settings', { body })).data!);

export const useRecordRetirement = () => useEmeritusChange(async (api, body: RetirementBody) => (await api.POST('/emeritus/retirements', { body })).data!);

export const useWithdrawRetirement = (retirementId: string) =>
  useEmeritusChange(async (api, body: { reason: string; withdrawnOn?: string }) => (await api.POST('/emeritus/retirements/{retirementId}/withdraw', { params: { path: { retirementId } }, body })).data!);

export const useClauseVCheck = () => {
  const api = useApi();
  return useMutation({ mutationFn: async (attendees: string[]) => (await api.POST('/emeritus/clause-v/check', { body: { attendees } })).data! });
};
