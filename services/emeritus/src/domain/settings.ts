import { CalendarDate, EARLIEST_CALENDAR_DATE } from '@platform/events';
import * as z from 'zod';
import { monthsBefore } from './calendar.ts';
import { ElectionDateUnsetError } from './errors.ts';

/** A Parliament lasts five years at most, so no threshold needs more months than this. */
export const MAX_EARLY_ANNOUNCEMENT_MONTHS = 60;

/**
 * How many whole months before the expected election an announcement must come to count as early: at least
 * one, at most sixty (a Parliament lasts five years at most).
 */
export const EarlyAnnouncementMonths = z.int().min(1).max(MAX_EARLY_ANNOUNCEMENT_MONTHS);

/**
 * The earliest election an announcement may be judged against: one whose early-announcement deadline, at
 * the longest threshold, is still a {@link CalendarDate}, so the deadline stored with the retirement reads back.
 */
export const EARLIEST_EXPECTED_ELECTION_ON = '1905-01-01';

/** An expected general election: a {@link CalendarDate} from {@link EARLIEST_EXPECTED_ELECTION_ON}. */
export const ExpectedElectionOn = CalendarDate.refine(
  (date) => date >= EARLIEST_EXPECTED_ELECTION_ON && monthsBefore(date, MAX_EARLY_ANNOUNCEMENT_MONTHS) >= EARLIEST_CALENDAR_DATE,
  `must be on or after ${EARLIEST_EXPECTED_ELECTION_ON}`,
);

/** What HQ staff configure: the expected general election and the early-announcement threshold. */
export const EmeritusSettings = z.object({
  /** `null` until HQ staff set it: there is no sensible date to assume. */
  expectedElectionOn: ExpectedElectionOn.nullable(),
  earlyAnnouncementMonths: EarlyAnnouncementMonths,
});
export type EmeritusSettings = z.infer<typeof EmeritusSettings>;

/** The settings with who last changed them and when; both `null` while the defaults apply. */
export const SettingsRecord = EmeritusSettings.extend({
  updatedAt: z.iso.datetime().nullable(),
  updatedBy: z.string().min(1).nullable(),
});
export type SettingsRecord = z.infer<typeof SettingsRecord>;

/**
 * What applies before HQ staff ever save settings: the twelve-month threshold, and no election date.
 * Guessing a date (say, the latest the law allows) would silently judge every announcement against it, so
 * until one is set an announcement must carry its own `expectedElectionOn` or is refused.
 */
export const DEFAULT_SETTINGS: SettingsRecord = {
  expectedElectionOn: null,
  earlyAnnouncementMonths: 12,
  updatedAt: null,
  updatedBy: null,
};

/** The settings after HQ staff replace them. */
export const changeSettings = (next: EmeritusSettings, { by, at }: { by: string; at: string }): SettingsRecord => ({
  expectedElectionOn: next.expectedElectionOn,
  earlyAnnouncementMonths: next.earlyAnnouncementMonths,
  updatedAt: at,
  updatedBy: by,
});

/** The election an announcement is judged against, and where that date came from. */
export interface ElectionDate {
  expectedElectionOn: string;
  source: 'settings' | 'retirement';
}

/**
 * The retirement's own election date when it gives one, else the settings'; throws
 * {@link ElectionDateUnsetError} when neither does.
 */
export const electionDateFor = (settings: EmeritusSettings, override: string | undefined): ElectionDate => {
  if (override !== undefined) return { expectedElectionOn: override, source: 'retirement' };
  if (settings.expectedElectionOn !== null) return { expectedElectionOn: settings.expectedElectionOn, source: 'settings' };
  throw new ElectionDateUnsetError();
};
