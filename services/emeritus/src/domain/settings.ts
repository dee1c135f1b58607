import { CalendarDate } from '@platform/events';
import * as z from 'zod';
import { ElectionDateUnsetError } from './errors.ts';

/**
 * How many whole months before the expected election an announcement must come to count as early: at least
 * one, at most sixty (a Parliament lasts five years at most).
 */
export const EarlyAnnouncementMonths = z.int().min(1).max(60);

/** What HQ staff configure: the expected general election and the early-announcement threshold. */
export const EmeritusSettings = z.object({
  /** `null` until HQ staff set it: there is no sensible date to assume. */
  expectedElectionOn: CalendarDate.nullable(),
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
