import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import { candidateKeys } from './queries.ts';

const privacyPolicy = (api: ApiClient) =>
  queryOptions({
    queryKey: [...candidateKeys.all, 'privacy'] as const,
    queryFn: async () => (await api.GET('/fund/privacy')).data!,
    // The policy changes with a deployment, not while someone reads it.
    staleTime: Infinity,
  });

/** The fund's retention policy (`GET /fund/privacy`), as the API publishes it for this stage. */
export const usePrivacyPolicy = () => useQuery(privacyPolicy(useApi()));

/** What a page says of retention while the policy loads or could not be read: nothing false. */
export const RETENTION_UNKNOWN = 'Your information is erased after a set period once your application and its selection are over.';
