/** Plain words for the fund's codes, as candidates read them. */
export const groupLabels: Record<string, string> = {
  women: 'Women',
  'black-asian-minority-ethnic': 'Black, Asian and minority ethnic people',
  disabled: 'Disabled people',
  'working-class-low-income': 'People from working-class or low-income backgrounds',
  'lgbt-plus': 'LGBT+ people',
  'prefer-to-describe': 'I would rather describe it in my own words',
};

export const purposeLabels: Record<string, string> = {
  childcare: 'Childcare',
  travel: 'Travel',
  'lost-earnings': 'Lost earnings',
  accessibility: 'Accessibility support',
  training: 'Training',
  other: 'Something else',
};

type TagColour = 'grey' | 'green' | 'blue' | 'red' | 'yellow' | 'purple';

/** Each status's words and tag colour: the words carry the meaning, the colour only repeats it. */
export const statusLabels: Record<string, { label: string; colour: TagColour }> = {
  submitted: { label: 'Awaiting a decision', colour: 'blue' },
  approved: { label: 'Approved', colour: 'green' },
  disbursed: { label: 'Paid', colour: 'purple' },
  rejected: { label: 'Not approved', colour: 'red' },
  withdrawn: { label: 'Withdrawn', colour: 'grey' },
  cancelled: { label: 'Approval cancelled', colour: 'yellow' },
};

export const statusOf = (status: string) => statusLabels[status] ?? { label: status, colour: 'grey' as const };

/** A step of the candidate's timeline as the API tells it. */
export interface TimelineStep {
  readonly action: string;
  readonly outcome: string;
  readonly at: string;
  readonly amountPence: number | null;
}

/**
 * The title of each step of the candidate's timeline, in the order given. A payment is "Part paid" or "Paid in
 * full" by what has been paid by then against the amount approved: the API's outcome for every payment is
 * `paid`, whether or not it was the last.
 *
 * @example
 * stepTitles(steps); // ['Application submitted', 'Application approved', 'Part paid', 'Paid in full']
 */
export const stepTitles = (steps: readonly TimelineStep[]): string[] => {
  const paidBy = new Map<TimelineStep, boolean>();
  let approved = 0;
  let paid = 0;
  for (const step of [...steps].sort((a, b) => a.at.localeCompare(b.at))) {
    if (step.action === 'considered' && step.outcome === 'approved') approved = step.amountPence ?? 0;
    if (step.action === 'disbursed') {
      paid += step.amountPence ?? 0;
      paidBy.set(step, approved > 0 && paid >= approved);
    }
  }
  return steps.map((step) => {
    if (step.action === 'submitted') return 'Application submitted';
    if (step.action === 'withdrawn') return 'Application withdrawn';
    if (step.action === 'considered') return step.outcome === 'approved' ? 'Application approved' : step.outcome === 'rejected' ? 'Application not approved' : 'Application considered';
    if (step.action === 'disbursed') return paidBy.get(step) ? 'Paid in full' : 'Part paid';
    if (step.action === 'approval-cancelled') return 'Approval cancelled';
    return 'Update';
  });
};
