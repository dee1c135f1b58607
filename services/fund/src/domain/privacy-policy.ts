import { BACKUP_RETENTION_DAYS, SPECIAL_CATEGORY_FIELDS } from './retention.ts';

/**
 * How the Diversity Fund keeps an applicant's special category data (UK GDPR Article 9), as data: what the
 * console's start page shows, from the period configured for the stage.
 */
export interface PrivacyPolicy {
  retentionMonths: number;
  specialCategoryFields: (typeof SPECIAL_CATEGORY_FIELDS)[number][];
  /** What starts the retention period, in plain words. */
  retentionStarts: string;
  /** What erasure keeps, for finance's records. */
  kept: string[];
  backupRetentionDays: number;
  backups: string;
  rights: { erasure: string; copy: string };
  summary: string;
}

/**
 * The policy for a stage keeping special category data `retentionMonths` months.
 *
 * @example
 * privacyPolicy(12).summary; // 'We keep the groups you belong to, how you describe yourself and your statement for 12 months after ...'
 */
export const privacyPolicy = (retentionMonths: number): PrivacyPolicy => {
  const period = `${retentionMonths} ${retentionMonths === 1 ? 'month' : 'months'}`;
  return {
    retentionMonths,
    specialCategoryFields: [...SPECIAL_CATEGORY_FIELDS],
    retentionStarts:
      'the later of the day the application is finished (rejected, withdrawn, paid in full, or its approval cancelled) and the day the selection it was for ends',
    kept: ['amounts requested, approved and paid', 'dates', 'decisions and their reasons', 'the fund’s ledger', 'who acted on the application'],
    backupRetentionDays: BACKUP_RETENTION_DAYS,
    backups: `Erased data stays in the fund's point-in-time recovery backups until they age out, at most ${BACKUP_RETENTION_DAYS} days after erasure.`,
    rights: {
      erasure: 'You can have this data erased at any time from your application’s page (an undecided application is withdrawn first), or by writing to the Diversity Fund.',
      copy: 'You can download everything the platform holds about you, as a JSON file, from your applications page.',
    },
    summary:
      `We keep the groups you belong to, how you describe yourself and your statement for ${period} after your application is finished ` +
      'or its selection ends, whichever is later, and then erase them. We keep the amounts, dates and decisions, which the fund’s accounts need.',
  };
};
