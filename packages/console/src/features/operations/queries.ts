import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import type { components } from '../../api/schema.ts';
import type { DeadLetterService } from './dead-letter-words.ts';

export type DeadLetterQueue = components['schemas']['DeadLetterQueue'];
export type DeadLetter = components['schemas']['DeadLetter'];
export type RedriveOutcome = components['schemas']['Redrive'];
export type RedriveBody = components['schemas']['RedriveRequest'];

/** Query keys of the dead letters, generic to specific: a replay refreshes every view of them. */
export const deadLetterKeys = {
  all: ['dead-letters'] as const,
  service: (service: DeadLetterService) => [...deadLetterKeys.all, service] as const,
  message: (service: DeadLetterService, queue: string, messageId: string) => [...deadLetterKeys.all, service, queue, messageId] as const,
};

// The same route under each service's path: the typed client needs each path spelt out.
const listOf = async (api: ApiClient, service: DeadLetterService) => {
  if (service === 'fund') return (await api.GET('/fund/dead-letters')).data!;
  if (service === 'selections') return (await api.GET('/selections/dead-letters')).data!;
  return (await api.GET('/emeritus/dead-letters')).data!;
};

const messageOf = async (api: ApiClient, service: DeadLetterService, queue: string, messageId: string) => {
  const params = { params: { path: { queue, messageId } } };
  if (service === 'fund') return (await api.GET('/fund/dead-letters/{queue}/{messageId}', params)).data!;
  if (service === 'selections') return (await api.GET('/selections/dead-letters/{queue}/{messageId}', params)).data!;
  return (await api.GET('/emeritus/dead-letters/{queue}/{messageId}', params)).data!;
};

const redriveOf = async (api: ApiClient, service: DeadLetterService, queue: string, body: RedriveBody) => {
  const request = { params: { path: { queue } }, body };
  if (service === 'fund') return (await api.POST('/fund/dead-letters/{queue}/redrive', request)).data!;
  if (service === 'selections') return (await api.POST('/selections/dead-letters/{queue}/redrive', request)).data!;
  return (await api.POST('/emeritus/dead-letters/{queue}/redrive', request)).data!;
};

/** Each service's dead-letter queues, in the order given; a dead letter is not news that ages, so each read is fresh. */
export const useDeadLetterQueues = (services: readonly DeadLetterService[]) => {
  const api = useApi();
  return useQueries({
    queries: services.map((service) => ({ queryKey: deadLetterKeys.service(service), queryFn: () => listOf(api, service), staleTime: 0 })),
    combine: (results) => ({
      isPending: results.some((result) => result.isPending),
      error: results.find((result) => result.isError)?.error,
      data: results.every((result) => result.data !== undefined) ? services.map((service, index) => ({ service, queues: results[index]!.data!.queues })) : undefined,
    }),
  });
};

export const useDeadLetter = (service: DeadLetterService, queue: string, messageId: string) => {
  const api = useApi();
  return useQuery({ queryKey: deadLetterKeys.message(service, queue, messageId), queryFn: () => messageOf(api, service, queue, messageId), staleTime: 0 });
};

export const useRedrive = (service: DeadLetterService, queue: string) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (body: RedriveBody) => redriveOf(api, service, queue, body),
    onSuccess: () => queries.invalidateQueries({ queryKey: deadLetterKeys.all }),
  });
};
