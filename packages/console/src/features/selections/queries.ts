import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import type { Selection } from '../timetable/timetable-types.ts';
import { selectionApiQuery } from './selection-list-view.ts';
import type { SelectionListView } from './selection-list-view.ts';

/** Selections in a page of the list. */
export const SELECTION_PAGE_SIZE = 50;

/** Query keys of selections, generic to specific, so `selectionKeys.all` invalidates lists and selections. */
export const selectionKeys = {
  all: ['selections'] as const,
  lists: () => [...selectionKeys.all, 'list'] as const,
  list: (query: ReturnType<typeof selectionApiQuery>) => [...selectionKeys.lists(), query] as const,
  selection: (selectionId: string) => [...selectionKeys.all, 'selection', selectionId] as const,
};

const selectionPage = (api: ApiClient, query: ReturnType<typeof selectionApiQuery>) =>
  queryOptions({
    queryKey: selectionKeys.list(query),
    queryFn: async () => (await api.GET('/selections/selections', { params: { query } })).data!,
  });

/** A page of selections as the view filters them; the page shown stays while the next loads. */
export const useSelectionPage = (view: SelectionListView) =>
  useQuery({ ...selectionPage(useApi(), selectionApiQuery(view, SELECTION_PAGE_SIZE)), placeholderData: keepPreviousData });

/**
 * Every selection the view's filters select, page after page, for the CSV export.
 *
 * @example
 * const all = await everySelection(api, view);
 */
export const everySelection = async (api: ApiClient, view: SelectionListView): Promise<Selection[]> => {
  const all: Selection[] = [];
  let next: string | undefined;
  do {
    const page = (await api.GET('/selections/selections', { params: { query: selectionApiQuery({ ...view, next }, 100) } })).data!;
    all.push(...page.items);
    next = page.next ?? undefined;
  } while (next);
  return all;
};

const selection = (api: ApiClient, selectionId: string) =>
  queryOptions({
    queryKey: selectionKeys.selection(selectionId),
    queryFn: async () => (await api.GET('/selections/selections/{selectionId}', { params: { path: { selectionId } } })).data!,
  });

/**
 * One selection, as the person read it. It is not refetched behind their back (on focus, say): the move
 * they save is checked against the revision they saw.
 */
export const useSelection = (selectionId: string) => useQuery({ ...selection(useApi(), selectionId), staleTime: Infinity, refetchOnWindowFocus: false });

/**
 * Moves a selection to a new freeze date, as it was at the revision read. Saved, it replaces the one read;
 * refused because it changed (409), the page reads it again to show what changed.
 */
export const useMoveSelection = (selectionId: string) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: { start: string; expectedRevision: number }) =>
      (await api.PATCH('/selections/selections/{selectionId}', { params: { path: { selectionId } }, body })).data!,
    onSuccess: async (moved: Selection) => {
      queries.setQueryData(selectionKeys.selection(selectionId), moved);
      await queries.invalidateQueries({ queryKey: selectionKeys.lists() });
    },
  });
};

/** Reads the selection again, as it is now (after a refusal), and answers it; the page shows it too. */
export const useRereadSelection = (selectionId: string) => {
  const api = useApi();
  const queries = useQueryClient();
  return (): Promise<Selection> => queries.fetchQuery({ ...selection(api, selectionId), staleTime: 0 });
};
