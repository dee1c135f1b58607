import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import type { ApplicationRequestBody } from './draft.ts';

/** Query keys of the candidate's side of the fund, generic to specific, so one prefix invalidates all. */
export const candidateKeys = {
  all: ['candidate'] as const,
  applications: () => [...candidateKeys.all, 'applications'] as const,
  application: (applicationId: string) => [...candidateKeys.applications(), applicationId] as const,
  openSelections: (search: string) => [...candidateKeys.all, 'open-selections', search] as const,
};

const myApplications = (api: ApiClient) =>
  queryOptions({
    queryKey: candidateKeys.applications(),
    queryFn: async () => (await api.GET('/fund/applications/mine')).data!,
  });

const application = (api: ApiClient, applicationId: string) =>
  queryOptions({
    queryKey: candidateKeys.application(applicationId),
    queryFn: async () => (await api.GET('/fund/applications/{applicationId}', { params: { path: { applicationId } } })).data!,
  });

const openSelections = (api: ApiClient, search: string) =>
  queryOptions({
    queryKey: candidateKeys.openSelections(search),
    queryFn: async () => (await api.GET('/fund/open-selections', { params: { query: { search } } })).data!,
  });

export const useMyApplications = () => useQuery(myApplications(useApi()));
export const useApplication = (applicationId: string) => useQuery(application(useApi(), applicationId));
export const useOpenSelections = (search: string) => useQuery({ ...openSelections(useApi(), search), enabled: search.trim().length > 0 });

export const useSubmitApplication = () => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApplicationRequestBody) => (await api.POST('/fund/applications', { body })).data!,
    onSuccess: () => queries.invalidateQueries({ queryKey: candidateKeys.applications() }),
  });
};

export const useWithdrawApplication = (applicationId: string) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (reason: string | undefined) =>
      (await api.POST('/fund/applications/{applicationId}/withdraw', { params: { path: { applicationId } }, body: (reason ? { reason } : {}) as never })).data!,
    onSuccess: () => queries.invalidateQueries({ queryKey: candidateKeys.applications() }),
  });
};

/** Erases the special category data of the candidate's own application; `withdraw` confirms an undecided one goes first. */
export const useEraseApplication = (applicationId: string) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (withdraw: boolean) =>
      (await api.POST('/fund/applications/{applicationId}/erase', { params: { path: { applicationId } }, body: withdraw ? { withdraw: true } : {} })).data!,
    onSuccess: () => queries.invalidateQueries({ queryKey: candidateKeys.applications() }),
  });
};

/** Everything the platform holds about the candidate, read when they ask for it (never cached). */
export const useExportMyData = () => {
  const api = useApi();
  return useMutation({ mutationFn: async () => (await api.GET('/fund/applications/mine/export')).data! });
};
