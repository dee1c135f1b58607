/** Where money came from, as the API names it and as finance reads it. */
export const SOURCES = [
  { value: 'donation', label: 'Donation' },
  { value: 'membership', label: 'Membership fee' },
  { value: 'fundraising', label: 'Local fundraising' },
  { value: 'affiliation', label: 'Affiliation fee' },
  { value: 'other', label: 'Other' },
] as const;

export type DonationSource = (typeof SOURCES)[number]['value'];

export const sourceLabel = (source: string): string => SOURCES.find((known) => known.value === source)?.label ?? source;

export const isSource = (value: string | null | undefined): value is DonationSource => SOURCES.some((known) => known.value === value);

/** The largest single payment the API takes (`MAX_DONATION_PENCE`, £100m). */
export const MAX_DONATION_PENCE = 10_000_000_000;

/** The largest CSV one import takes (`MAX_IMPORT_BYTES`, 4 MB), checked here first so a large file is refused at once. */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;
