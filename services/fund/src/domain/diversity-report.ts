import type { Application, DiversityGroup, GrantPurpose } from './application.ts';
import { diversityGroups, grantPurposes } from './application.ts';
import type { ErasedGroupTally } from './erased-group-tally.ts';

/**
 * Cells counting fewer people than this are not shown: with so few, a reader who knows who applied from a
 * region, or for what, could tell an individual's groups or grant.
 */
export const SUPPRESSION_THRESHOLD = 5;
export const SUPPRESSED = `<${SUPPRESSION_THRESHOLD}` as const;

/** A number, or `<5` where it counts (or, for an amount, sums over) fewer than five applications. */
export type Cell = number | typeof SUPPRESSED;

const metrics = ['applications', 'requestedPence', 'approved', 'approvedPence', 'paid', 'disbursedPence'] as const;
type Metric = (typeof metrics)[number];
type Tally = Record<Metric, number>;

/**
 * How many applications each figure is about: an amount is shown only when the count behind it is; the
 * sum of one or two grants would tell those people's grants.
 */
const basisOf: Record<Metric, 'applications' | 'approved' | 'paid'> = {
  applications: 'applications',
  requestedPence: 'applications',
  approved: 'approved',
  approvedPence: 'approved',
  paid: 'paid',
  disbursedPence: 'paid',
};

export type ReportRow = Record<Metric, Cell>;

export interface DiversityReport {
  /** Cells under this are shown as `<5`. */
  suppressionThreshold: number;
  /**
   * `applications`: every application received, whatever became of it; `approved`: those approved (a
   * cancelled approval included), with `approvedPence` what was approved less what was returned to the
   * fund; `paid`: those with any disbursement, and `disbursedPence` what was paid.
   */
  total: ReportRow;
  /** An applicant may choose several groups, so these rows overlap and do not add up to the total. */
  byGroup: ({ group: DiversityGroup } & ReportRow)[];
  byPurpose: ({ purpose: GrantPurpose } & ReportRow)[];
  byRegion: ({ region: string } & ReportRow)[];
}

const emptyTally = (): Tally => ({ applications: 0, requestedPence: 0, approved: 0, approvedPence: 0, paid: 0, disbursedPence: 0 });

const add = (tally: Tally, application: Application): void => {
  tally.applications += 1;
  tally.requestedPence += application.amountRequestedPence;
  if (application.approvedPence > 0) {
    tally.approved += 1;
    tally.approvedPence += application.approvedPence - application.releasedPence;
  }
  if (application.disbursedPence > 0) {
    tally.paid += 1;
    tally.disbursedPence += application.disbursedPence;
  }
};

const tallyBy = <K extends string>(applications: readonly Application[], keys: readonly K[], keysOf: (application: Application) => readonly K[]): Map<K, Tally> => {
  const tallies = new Map<K, Tally>(keys.map((key) => [key, emptyTally()]));
  for (const application of applications) {
    for (const key of keysOf(application)) {
      const tally = tallies.get(key) ?? emptyTally();
      add(tally, application);
      tallies.set(key, tally);
    }
  }
  return tallies;
};

/** Which cells of a row are hidden: those whose count is under the threshold (primary suppression). */
const primary = (tally: Tally): Set<Metric> => new Set(metrics.filter((metric) => tally[basisOf[metric]] < SUPPRESSION_THRESHOLD));

/**
 * Secondary suppression, for a dimension whose rows add up to the total (each application has one purpose
 * and one region): where a column hides exactly one row's cell while the total shows, that cell could be
 * worked out by subtraction, so the next smallest cell of the column is hidden too.
 */
const withSecondary = (tallies: readonly Tally[], total: Tally): Set<Metric>[] => {
  const hidden = tallies.map(primary);
  const totalHidden = primary(total);
  for (const metric of metrics) {
    if (totalHidden.has(metric)) continue;
    const hiding = hidden.filter((cells) => cells.has(metric)).length;
    if (hiding !== 1) continue;
    const basis = basisOf[metric];
    const next = tallies
      .map((tally, index) => ({ tally, index }))
      .filter(({ index }) => !hidden[index]?.has(metric))
      .sort((a, b) => a.tally[basis] - b.tally[basis])[0];
    if (next !== undefined) hidden[next.index]?.add(metric);
  }
  return hidden;
};

const rowOf = (tally: Tally, hidden: Set<Metric>): ReportRow =>
  Object.fromEntries(metrics.map((metric) => [metric, hidden.has(metric) ? SUPPRESSED : tally[metric]])) as ReportRow;

/**
 * Counts and amounts of applications by group, purpose and region, with small cells suppressed. It holds
 * no individual's data: every figure is about five applications or more, or is shown as `<5`. `erased` is the
 * aggregate of the erased applications' contributions to the group rows (the rest of an erased application,
 * its purpose, region and amounts, is still on it and counted from it).
 */
export const diversityReport = (applications: readonly Application[], erased: readonly ErasedGroupTally[] = []): DiversityReport => {
  const total = emptyTally();
  for (const application of applications) add(total, application);

  const groups = tallyBy(applications, diversityGroups, (application) => application.groups);
  // An erased application has no groups left to count; what it added to its groups' rows was kept, at its
  // erasure, in the aggregate (`erased`), so the rows read as they did before.
  for (const cell of erased) {
    const tally = groups.get(cell.group) ?? emptyTally();
    for (const metric of metrics) tally[metric] += cell[metric];
    groups.set(cell.group, tally);
  }
  const purposes = tallyBy(applications, grantPurposes, (application) => [application.purpose]);
  const regions = tallyBy(applications, [], (application) => [application.region]);
  const regionNames = [...regions.keys()].sort((a, b) => a.localeCompare(b));

  const purposeTallies = grantPurposes.map((purpose) => purposes.get(purpose) ?? emptyTally());
  const purposeHidden = withSecondary(purposeTallies, total);
  const regionTallies = regionNames.map((region) => regions.get(region) ?? emptyTally());
  const regionHidden = withSecondary(regionTallies, total);

  return {
    suppressionThreshold: SUPPRESSION_THRESHOLD,
    total: rowOf(total, primary(total)),
    byGroup: diversityGroups.map((group) => {
      const tally = groups.get(group) ?? emptyTally();
      return { group, ...rowOf(tally, primary(tally)) };
    }),
    byPurpose: grantPurposes.map((purpose, index) => ({ purpose, ...rowOf(purposeTallies[index] ?? emptyTally(), purposeHidden[index] ?? new Set()) })),
    byRegion: regionNames.map((region, index) => ({ region, ...rowOf(regionTallies[index] ?? emptyTally(), regionHidden[index] ?? new Set()) })),
  };
};
