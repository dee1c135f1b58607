import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import type { ApiClient } from '../../api/client.ts';
import type { ReportRange } from './report-view.ts';

/** Query keys of finance's reports, generic to specific. */
export const reportKeys = {
  all: ['reports'] as const,
  diversity: (range: ReportRange) => [...reportKeys.all, 'diversity', range] as const,
};

const diversityReport = (api: ApiClient, range: ReportRange) =>
  queryOptions({
    queryKey: reportKeys.diversity(range),
    queryFn: async () => (await api.GET('/fund/reports/diversity', { params: { query: range } })).data!,
  });

/** The diversity report for the months chosen; the report shown stays while another range loads. */
export const useDiversityReport = (range: ReportRange, enabled: boolean) => useQuery({ ...diversityReport(useApi(), range), enabled, placeholderData: keepPreviousData });
