import type { Application, ApplicationStatus } from './application.ts';
import type { SelectionView } from './selection-view.ts';

/**
 * How long the special category fields of an application (groups, `describedAs`, statement) are kept once
 * both the application is finished and its selection is over, unless a stage's CDK config says otherwise.
 */
export const DEFAULT_RETENTION_MONTHS = 12;

/**
 * How long DynamoDB's point-in-time recovery can restore a table to an earlier second: erased data stays in
 * those backups until they age out, and no longer.
 */
export const BACKUP_RETENTION_DAYS = 35;

/** The statuses an application never leaves: nothing more will be decided, paid or returned. */
export const FINISHED_STATUSES: readonly ApplicationStatus[] = ['rejected', 'withdrawn', 'disbursed', 'cancelled'];

/** The fields erasure replaces; everything else (amounts, dates, decisions, reasons, who acted) is finance's to keep. */
export const SPECIAL_CATEGORY_FIELDS = ['groups', 'describedAs', 'statement'] as const;

/**
 * The day an application finished: the day of the step that put it in a finished status (its last step,
 * since a finished application takes no more), or undefined while it may still change.
 */
export const finishedOn = (application: Application): string | undefined => {
  if (!FINISHED_STATUSES.includes(application.status)) return undefined;
  return application.history.at(-1)?.at.slice(0, 10);
};

/**
 * The day a selection was over, for the retention rule: the last day of its result phase, or the day it was
 * cancelled. Undefined when the fund never saw it, so nothing is erased on a guess.
 */
export const selectionEndedOn = (selection: SelectionView | undefined): string | undefined => {
  if (selection === undefined) return undefined;
  return selection.status === 'scheduled' ? selection.resultEndsOn : selection.occurredAt.slice(0, 10);
};

/** `date` (`YYYY-MM-DD`) plus whole calendar months; a day the month lacks clamps to its last (31 Jan + 1 = 28/29 Feb). */
export const addMonths = (date: string, months: number): string => {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
};

/**
 * The first day an application's special category data is erased: `retentionMonths` after the later of the
 * day it finished and the day its selection was over. Undefined while either has not happened.
 *
 * @example
 * erasableOn(rejectedInMarch, { status: 'scheduled', resultEndsOn: '2027-06-30', ... }, 12); // '2028-06-30'
 */
export const erasableOn = (application: Application, selection: SelectionView | undefined, retentionMonths: number): string | undefined => {
  const finished = finishedOn(application);
  const ended = selectionEndedOn(selection);
  if (finished === undefined || ended === undefined) return undefined;
  return addMonths(finished > ended ? finished : ended, retentionMonths);
};

/** Whether the schedule erases this application's special category data on the UTC day of `now`. */
export const isDueForErasure = (application: Application, selection: SelectionView | undefined, retentionMonths: number, now: Date): boolean => {
  if (application.erasure !== undefined) return false;
  const due = erasableOn(application, selection, retentionMonths);
  return due !== undefined && now.toISOString().slice(0, 10) >= due;
};
