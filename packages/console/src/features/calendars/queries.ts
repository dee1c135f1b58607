import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import type { components } from '../../api/schema.ts';

export type CalendarSubscription = components['schemas']['CalendarSubscription'];
export type NewCalendarSubscription = components['schemas']['NewCalendarSubscription'];

/** Query keys of a timetable's calendar links. */
export const calendarKeys = {
  links: (timetableId: string) => ['calendar-links', timetableId] as const,
};

const links = (api: ApiClient, timetableId: string) =>
  queryOptions({
    queryKey: calendarKeys.links(timetableId),
    queryFn: async () => (await api.GET('/selections/timetables/{timetableId}/calendar-subscriptions', { params: { path: { timetableId } } })).data!,
  });

/** Every link made to a timetable's feed, revoked ones included. */
export const useCalendarLinks = (timetableId: string) => useQuery(links(useApi(), timetableId));

/** Makes a link; the answer holds the only copy of its address, so it is kept in the page, never in the cache. */
export const useCreateCalendarLink = (timetableId: string) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async () => (await api.POST('/selections/timetables/{timetableId}/calendar-subscriptions', { params: { path: { timetableId } } })).data!,
    onSuccess: () => queries.invalidateQueries({ queryKey: calendarKeys.links(timetableId) }),
  });
};

export const useRevokeCalendarLink = (timetableId: string) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (subscriptionId: string) => (await api.DELETE('/selections/calendar-subscriptions/{subscriptionId}', { params: { path: { subscriptionId } } })).data!,
    onSuccess: () => queries.invalidateQueries({ queryKey: calendarKeys.links(timetableId) }),
  });
};

/** The timetable as a file, fetched with the session's token (a plain link could not send it). */
export const useTimetableFile = () => {
  const api = useApi();
  return async (timetableId: string, format: 'csv' | 'ics'): Promise<Blob> => {
    const options = { params: { path: { timetableId } }, parseAs: 'blob' as const };
    const answer = format === 'csv' ? await api.GET('/selections/timetables/{timetableId}/calendar.csv', options) : await api.GET('/selections/timetables/{timetableId}/calendar.ics', options);
    return answer.data as Blob;
  };
};
