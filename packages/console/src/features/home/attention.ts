import type { components } from '../../api/schema.ts';

type Selection = components['schemas']['Selection'];
type Phase = Selection['phases'][number];

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The Monday of the week a day falls in (weeks run Monday to Sunday, as the timetable's do).
 *
 * @example
 * mondayOf('2027-01-07'); // '2027-01-04'
 */
export const mondayOf = (date: string): string => {
  const ms = dayOf(date);
  const sinceMonday = (new Date(ms).getUTCDay() + 6) % 7;
  return isoDay(ms - sinceMonday * DAY_MS);
};

export interface PhaseStarting {
  readonly selection: Selection;
  readonly phase: Phase;
  readonly week: 'this week' | 'next week';
}

/**
 * The phases of scheduled selections that start this week or next (from `today`'s Monday to the Sunday after),
 * soonest first: what HQ staff must get ready for.
 *
 * @example
 * phasesStartingSoon(selections, '2027-01-07'); // phases starting 4 to 17 January 2027
 */
export const phasesStartingSoon = (selections: readonly Selection[], today: string): PhaseStarting[] => {
  const thisWeek = dayOf(mondayOf(today));
  const nextWeek = thisWeek + 7 * DAY_MS;
  const after = nextWeek + 7 * DAY_MS;
  return selections
    .filter((selection) => selection.status === 'scheduled')
    .flatMap((selection) =>
      selection.phases
        .filter((phase) => dayOf(phase.start) >= thisWeek && dayOf(phase.start) < after)
        .map((phase): PhaseStarting => ({ selection, phase, week: dayOf(phase.start) < nextWeek ? 'this week' : 'next week' })),
    )
    .sort((a, b) => a.phase.start.localeCompare(b.phase.start) || a.selection.seatName.localeCompare(b.selection.seatName));
};

/**
 * Retirements recorded in the `days` before `now` (an ISO instant), newest first.
 *
 * @example
 * recentRetirements(register.items, new Date().toISOString());
 */
export const recentRetirements = <T extends { readonly recordedAt: string }>(retirements: readonly T[], now: string, days = 30): T[] => {
  const since = Date.parse(now) - days * DAY_MS;
  return retirements.filter((retirement) => Date.parse(retirement.recordedAt) >= since).sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
};

/**
 * Scheduled selections flagged because the retirement that opened them was withdrawn after the freeze date:
 * HQ staff decide whether each goes ahead.
 *
 * @example
 * flaggedSelections(selections).map((selection) => selection.seatName);
 */
export const flaggedSelections = (selections: readonly Selection[]): Selection[] =>
  selections.filter((selection) => selection.status === 'scheduled' && selection.retirementWithdrawnAfterFreeze !== undefined).sort((a, b) => a.seatName.localeCompare(b.seatName));
