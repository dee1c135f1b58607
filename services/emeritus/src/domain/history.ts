import * as z from 'zod';
import { ActiveRetirement, MpId, Withdrawal } from './retirement.ts';
import type { WithdrawnRetirement } from './retirement.ts';
import { EmeritusSettings } from './settings.ts';

const Entry = z.object({
  historyId: z.uuid(),
  /** When the change was made (ISO instant, UTC) and by whom (the caller's id). */
  at: z.iso.datetime(),
  by: z.string().min(1),
});

/**
 * One change to the register or the settings, as the append-only history keeps it: who, when, and what
 * (the retirement as recorded, its withdrawal, or the settings before and after).
 */
export const HistoryEntry = z.discriminatedUnion('action', [
  Entry.extend({ action: z.literal('retirement-announced'), retirementId: z.uuid(), mpId: MpId, retirement: ActiveRetirement }),
  Entry.extend({ action: z.literal('retirement-withdrawn'), retirementId: z.uuid(), mpId: MpId, withdrawal: Withdrawal }),
  Entry.extend({ action: z.literal('settings-changed'), before: EmeritusSettings, after: EmeritusSettings }),
]);
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const announcedEntry = (historyId: string, retirement: ActiveRetirement): HistoryEntry => ({
  historyId,
  at: retirement.recordedAt,
  by: retirement.recordedBy,
  action: 'retirement-announced',
  retirementId: retirement.retirementId,
  mpId: retirement.mpId,
  retirement,
});

export const withdrawnEntry = (historyId: string, retirement: WithdrawnRetirement): HistoryEntry => ({
  historyId,
  at: retirement.withdrawal.withdrawnAt,
  by: retirement.withdrawal.withdrawnBy,
  action: 'retirement-withdrawn',
  retirementId: retirement.retirementId,
  mpId: retirement.mpId,
  withdrawal: retirement.withdrawal,
});

const settingsOf = ({ expectedElectionOn, earlyAnnouncementMonths }: EmeritusSettings): EmeritusSettings => ({
  expectedElectionOn,
  earlyAnnouncementMonths,
});

export const settingsChangedEntry = (
  historyId: string,
  { before, after, by, at }: { before: EmeritusSettings; after: EmeritusSettings; by: string; at: string },
): HistoryEntry => ({ historyId, at, by, action: 'settings-changed', before: settingsOf(before), after: settingsOf(after) });
