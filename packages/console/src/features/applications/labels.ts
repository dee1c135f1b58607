import type { components } from '../../api/schema.ts';
import { groupLabels as candidateGroupLabels, purposeLabels } from '../candidate/labels.ts';

export type ApplicationStage = components['schemas']['ApplicationStage'];
export type DiversityGroup = components['schemas']['ApplicationSummary']['groups'][number];
export type GrantPurpose = components['schemas']['ApplicationSummary']['purpose'];

type TagColour = 'grey' | 'green' | 'blue' | 'red' | 'yellow' | 'purple' | 'turquoise' | 'orange';

/** The preset views of finance's list, in the order finance works through them, with their words and tags. */
export const STAGES: readonly { stage: ApplicationStage; label: string; colour: TagColour }[] = [
  { stage: 'awaiting-decision', label: 'Awaiting a decision', colour: 'blue' },
  { stage: 'awaiting-payment', label: 'Approved, awaiting payment', colour: 'turquoise' },
  { stage: 'part-paid', label: 'Part paid', colour: 'orange' },
  { stage: 'paid', label: 'Paid', colour: 'purple' },
  { stage: 'rejected', label: 'Rejected', colour: 'red' },
  { stage: 'withdrawn', label: 'Withdrawn', colour: 'grey' },
  { stage: 'approval-cancelled', label: 'Approval cancelled', colour: 'yellow' },
];

/** A group in finance's words: the candidate's own labels, but "described in their own words" for theirs. */
export const groupLabels: Record<string, string> = { ...candidateGroupLabels, 'prefer-to-describe': 'Described in their own words' };
export { purposeLabels };

export const GROUPS = Object.keys(candidateGroupLabels) as DiversityGroup[];
export const PURPOSES = Object.keys(purposeLabels) as GrantPurpose[];

/**
 * The stage an application in finance's list is at, as the API's `stage` filter reads it.
 *
 * @example
 * stageOf({ status: 'approved', disbursedPence: 100 }); // 'part-paid'
 */
export const stageOf = ({ status, disbursedPence }: { status: string; disbursedPence: number }): ApplicationStage => {
  if (status === 'submitted') return 'awaiting-decision';
  if (status === 'approved') return disbursedPence > 0 ? 'part-paid' : 'awaiting-payment';
  if (status === 'disbursed') return 'paid';
  if (status === 'cancelled') return 'approval-cancelled';
  return status as ApplicationStage;
};

/**
 * A stage's words and tag colour.
 *
 * @example
 * stageTag('part-paid'); // { label: 'Part paid', colour: 'orange' }
 */
export const stageTag = (stage: ApplicationStage): { label: string; colour: TagColour } => {
  const found = STAGES.find((item) => item.stage === stage);
  return found ? { label: found.label, colour: found.colour } : { label: stage, colour: 'grey' };
};

/** A step of an application's history, as the API gives it. */
export interface HistoryStep {
  readonly action: string;
  readonly outcome: string;
  readonly amountPence: number | null;
}

/**
 * The title of each step of an application's history, as finance reads it, in the order given (oldest
 * first). Every payment's outcome is `paid`, so whether it completed the grant is worked out from the
 * running total against the amount approved.
 *
 * @example
 * historyTitles([{ action: 'considered', outcome: 'approved', amountPence: 5000 }, { action: 'disbursed', outcome: 'paid', amountPence: 2000 }], formatPence);
 * // ['Approved: £50.00', 'Part paid: £20.00']
 */
export const historyTitles = (history: readonly HistoryStep[], money: (pence: number) => string): string[] => {
  let approved = 0;
  let paid = 0;
  return history.map(({ action, outcome, amountPence }) => {
    const amount = amountPence === null ? '' : `: ${money(amountPence)}`;
    if (action === 'submitted') return 'Application submitted';
    // Finance withdraws too (to erase on a candidate's behalf): the byline says who, so the title does not.
    if (action === 'withdrawn') return 'Withdrawn';
    if (action === 'considered') {
      if (outcome !== 'approved') return 'Rejected';
      approved = amountPence ?? 0;
      return `Approved${amount}`;
    }
    if (action === 'disbursed') {
      paid += amountPence ?? 0;
      return `${paid >= approved ? 'Paid in full' : 'Part paid'}${amount}`;
    }
    if (action === 'approval-cancelled') return `Approval cancelled${amountPence === null ? '' : `: ${money(amountPence)} returned to the fund`}`;
    return 'Update';
  });
};
