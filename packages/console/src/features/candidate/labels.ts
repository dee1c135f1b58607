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

/** The title of one step of the candidate's timeline, from the API's action and outcome. */
export const stepTitle = (action: string, outcome: string): string => {
  if (action === 'submitted') return 'Application submitted';
  if (action === 'withdrawn') return 'Application withdrawn';
  if (action === 'considered') return outcome === 'approved' ? 'Application approved' : outcome === 'rejected' ? 'Application not approved' : 'Application considered';
  if (action === 'disbursed') return outcome === 'paid' ? 'Paid in full' : 'Payment made';
  if (action === 'approval-cancelled') return 'Approval cancelled';
  return 'Update';
};
