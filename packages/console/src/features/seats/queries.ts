import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import type { components } from '../../api/schema.ts';
import { uploadCsv } from '../../api/upload-csv.ts';
import { useSession } from '../../auth/session.tsx';
import { readAllPages } from '../../export/all-pages.ts';
import type { ContestSettings } from './contest-settings-form.ts';
import { flagsBody } from './seat-flags-form.ts';
import { apiQuery } from './seat-list-view.ts';
import type { SeatListView } from './seat-list-view.ts';

/** Seats in a page of the list: the API's default. */
export const PAGE_SIZE = 100;
// The API's largest page: an export of every seat takes one request.
const EXPORT_PAGE_SIZE = 1000;

/** Query keys of HQ staff's seats, generic to specific, so `seatKeys.all` invalidates lists and seats. */
export const seatKeys = {
  all: ['seats'] as const,
  lists: () => [...seatKeys.all, 'list'] as const,
  list: (query: ReturnType<typeof apiQuery>) => [...seatKeys.lists(), query] as const,
  seat: (seatId: string) => [...seatKeys.all, 'seat', seatId] as const,
  settings: () => [...seatKeys.all, 'settings'] as const,
};

const seatPage = (api: ApiClient, query: ReturnType<typeof apiQuery>) =>
  queryOptions({
    queryKey: seatKeys.list(query),
    queryFn: async () => (await api.GET('/selections/seats', { params: { query } })).data!,
  });

const seat = (api: ApiClient, seatId: string) =>
  queryOptions({
    queryKey: seatKeys.seat(seatId),
    queryFn: async () => (await api.GET('/selections/seats/{seatId}', { params: { path: { seatId } } })).data!,
  });

/** A page of seats as the view filters them; the page shown stays while the next loads. */
export const useSeatPage = (view: SeatListView) => useQuery({ ...seatPage(useApi(), apiQuery(view, PAGE_SIZE)), placeholderData: keepPreviousData });
/** Reads every seat the view selects, in its order, for an export: all pages, not only the one shown. */
export const useAllSeats = (view: SeatListView) => {
  const api = useApi();
  const { next: _shown, ...query } = apiQuery(view, EXPORT_PAGE_SIZE);
  return () => readAllPages(async (next) => (await api.GET('/selections/seats', { params: { query: { ...query, ...(next === undefined ? {} : { next }) } } })).data!);
};
/** One seat; an edit form seeds from it once, so it is not refetched under the form. */
export const useSeat = (seatId: string) => useQuery({ ...seat(useApi(), seatId), staleTime: Infinity });

export type SeatImportReport = components['schemas']['SeatImportReport'];

/**
 * Sends a results CSV to `POST /selections/seats/import`, reporting the upload's progress (0 to 1); the seats
 * are read again once it is imported.
 */
export const useUploadSeats = () => {
  const session = useSession();
  const queries = useQueryClient();
  return async (csv: Blob, onProgress: (fraction: number) => void): Promise<SeatImportReport> => {
    const report = await uploadCsv<SeatImportReport>('/selections/seats/import', csv, session.accessToken(), onProgress);
    await queries.invalidateQueries({ queryKey: seatKeys.all });
    return report;
  };
};

export const usePatchSeat = (seatId: string) => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: ReturnType<typeof flagsBody>) =>
      (await api.PATCH('/selections/seats/{seatId}', { params: { path: { seatId } }, body: body as never })).data!,
    onSuccess: (saved) => {
      queries.setQueryData(seatKeys.seat(seatId), saved);
      return queries.invalidateQueries({ queryKey: seatKeys.lists() });
    },
  });
};

/** The contest settings: which seats the party fights. Read once for the form; a save puts the saved settings in the cache. */
export const useContestSettings = () => {
  const api = useApi();
  return useQuery({ queryKey: seatKeys.settings(), queryFn: async () => (await api.GET('/selections/settings')).data!, staleTime: Infinity });
};

export const useSaveContestSettings = () => {
  const api = useApi();
  const queries = useQueryClient();
  return useMutation({
    mutationFn: async (body: ContestSettings) => (await api.PUT('/selections/settings', { body })).data!,
    // Whether each seat is contested and needs a selection follows the settings: every seat view reads again.
    onSuccess: (saved) => {
      queries.setQueryData(seatKeys.settings(), saved);
      return Promise.all([queries.invalidateQueries({ queryKey: seatKeys.lists() }), queries.invalidateQueries({ queryKey: [...seatKeys.all, 'seat'] })]);
    },
  });
};
