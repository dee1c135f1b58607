import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import { selectionKeys } from '../selections/queries.ts';
import type { TimetableBody } from './timetable-form.ts';
import type { Selection } from './timetable-types.ts';

/** Query keys of timetables, generic to specific. */
export const timetableKeys = {
  all: ['timetables'] as const,
  timetable: (timetableId: string) => [...timetableKeys.all, timetableId] as const,
};

const timetable = (api: ApiClient, timetableId: string) =>
  queryOptions({
    queryKey: timetableKeys.timetable(timetableId),
    queryFn: async () => (await api.GET('/selections/timetables/{timetableId}', { params: { path: { timetableId } } })).data!,
  });

/** One timetable, draft or published. */
export const useTimetable = (timetableId: string) => useQuery(timetable(useApi(), timetableId));

// The API answers at most this many a page; 650 seats take seven pages.
const SELECTIONS_PAGE = 100;

/** Every scheduled selection, page after page: what a draft is compared with before it is published. */
export const useScheduledSelections = () => {
  const api = useApi();
  return useQuery({
    queryKey: [...selectionKeys.all, 'scheduled', 'every'] as const,
    queryFn: async () => {
      const all: Selection[] = [];
      let next: string | undefined;
      do {
        const page = (await api.GET('/selections/selections', { params: { query: { status: 'scheduled', limit: SELECTIONS_PAGE, ...(next ? { next } : {}) } } })).data!;
        all.push(...page.items);
        next = page.next ?? undefined;
      } while (next);
      return all;
    },
  });
};

/** Drafts a timetable; the draft goes into the cache so its page opens without reading it again. */
export const useDraftTimetable = () => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: TimetableBody) => (await api.POST('/selections/timetables', { body: body as never })).data!,
    onSuccess: (drafted) => queries.setQueryData(timetableKeys.timetable(drafted.timetableId), drafted),
  });
};

/** Publishes a draft, scheduling its selections; every selection read is stale after. */
export const usePublishTimetable = (timetableId: string) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async () => (await api.POST('/selections/timetables/{timetableId}/publish', { params: { path: { timetableId } } })).data!,
    onSuccess: async (published) => {
      queries.setQueryData(timetableKeys.timetable(timetableId), published);
      await queries.invalidateQueries({ queryKey: selectionKeys.all });
    },
  });
};
