import type { Application, DiversityGroup, GrantPurpose } from './application.ts';

/**
 * Where an application stands, as finance works through them: the statuses, with an approved grant split by
 * whether any of it has been paid yet (finance pays grants in instalments, so "part paid" is its own queue).
 */
export const applicationStages = ['awaiting-decision', 'awaiting-payment', 'part-paid', 'paid', 'rejected', 'withdrawn', 'approval-cancelled'] as const;
export type ApplicationStage = (typeof applicationStages)[number];

/** What finance's filters and counts read of an application: no statement, no history. */
export type ApplicationFacets = Pick<Application, 'status' | 'seatId' | 'region' | 'groups' | 'purpose' | 'disbursedPence'>;

/** The filters finance's list and counts take; an absent one matches every application. */
export interface ApplicationFilter {
  stage?: ApplicationStage | undefined;
  seatId?: string | undefined;
  region?: string | undefined;
  group?: DiversityGroup | undefined;
  purpose?: GrantPurpose | undefined;
}

/** The stage an application is at. */
export const stageOf = ({ status, disbursedPence }: Pick<ApplicationFacets, 'status' | 'disbursedPence'>): ApplicationStage => {
  switch (status) {
    case 'submitted':
      return 'awaiting-decision';
    case 'approved':
      return disbursedPence > 0 ? 'part-paid' : 'awaiting-payment';
    case 'disbursed':
      return 'paid';
    case 'rejected':
      return 'rejected';
    case 'withdrawn':
      return 'withdrawn';
    case 'cancelled':
      return 'approval-cancelled';
  }
};

/** Whether an application matches every filter given. */
export const matchesFilter = (application: ApplicationFacets, filter: ApplicationFilter): boolean =>
  (filter.stage === undefined || stageOf(application) === filter.stage) &&
  (filter.seatId === undefined || application.seatId === filter.seatId) &&
  (filter.region === undefined || application.region === filter.region) &&
  (filter.group === undefined || application.groups.includes(filter.group)) &&
  (filter.purpose === undefined || application.purpose === filter.purpose);

/** How many applications are at each stage, among those the other filters select, with the total. */
export interface StageCounts {
  stages: Record<ApplicationStage, number>;
  total: number;
}

/**
 * Counts the applications matching `filter` at each stage. The filter's own `stage` is ignored: the counts
 * are what each stage would show with the other filters as they are.
 */
export const countByStage = (applications: Iterable<ApplicationFacets>, { stage: _stage, ...filter }: ApplicationFilter): StageCounts => {
  const stages = Object.fromEntries(applicationStages.map((stage) => [stage, 0])) as Record<ApplicationStage, number>;
  let total = 0;
  for (const application of applications) {
    if (!matchesFilter(application, filter)) continue;
    stages[stageOf(application)] += 1;
    total += 1;
  }
  return { stages, total };
};
