import * as z from 'zod';
import { ActiveRetirement, MpId, Withdrawal } from './retirement.ts';
import type { WithdrawnRetirement } from './retirement.ts';
import { EmeritusSettings } from './settings.ts';
import { Consultation } from './consultation.ts';
import { AttendeeRefusal, Meeting } from './clause-v-meeting.ts';
import { AttendeeListError, RetiringAttendeeError } from './errors.ts';

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
  Entry.extend({ action: z.literal('consultation-opened'), consultationId: z.uuid(), consultation: Consultation }),
  Entry.extend({ action: z.literal('consultation-closed'), consultationId: z.uuid() }),
  Entry.extend({ action: z.literal('consultation-response-recorded'), consultationId: z.uuid(), mpId: MpId, version: z.int().min(1) }),
  Entry.extend({ action: z.literal('clause-v-meeting-created'), meetingId: z.uuid(), meeting: Meeting }),
  Entry.extend({ action: z.literal('clause-v-attendee-added'), meetingId: z.uuid(), mpId: MpId }),
  /**
   * An attempt to add an attendee, refused: kept, as every attempt is, with why (`refusal`, and `reason` in
   * words) and, for a retiring MP, the retirement. Entries kept before other refusals were recorded are
   * all of retiring MPs, so they read as such.
   */
  Entry.extend({
    action: z.literal('clause-v-attendee-refused'),
    meetingId: z.uuid(),
    mpId: MpId,
    refusal: AttendeeRefusal.default('retiring'),
    retirementId: z.uuid().optional(),
    reason: z.string().min(1),
  }),
  Entry.extend({ action: z.literal('clause-v-attendee-removed'), meetingId: z.uuid(), mpId: MpId }),
  /** A retirement announced after the MP was added: `by` is the service, `eventId` the event it acted on. */
  Entry.extend({ action: z.literal('clause-v-meeting-flagged'), meetingId: z.uuid(), mpId: MpId, retirementId: z.uuid(), reason: z.string().min(1), eventId: z.uuid() }),
  Entry.extend({ action: z.literal('clause-v-flag-cleared'), meetingId: z.uuid(), mpId: MpId, retirementId: z.uuid(), eventId: z.uuid() }),
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

/**
 * The history entry of a refused addition to a Clause V meeting, from the error that refused it; `undefined`
 * for any other error (a meeting that does not exist, a failure), which is not a refusal to record.
 */
export const attendeeRefusedEntry = (
  historyId: string,
  { meetingId, mpId, by, at }: { meetingId: string; mpId: string; by: string; at: string },
  error: unknown,
): HistoryEntry | undefined => {
  const attempt = { historyId, at, by, action: 'clause-v-attendee-refused', meetingId, mpId } as const;
  if (error instanceof RetiringAttendeeError) return { ...attempt, refusal: 'retiring', retirementId: error.retirementId, reason: error.reason };
  if (error instanceof AttendeeListError) return { ...attempt, refusal: error.refusal, reason: error.message };
  return undefined;
};

/** Who the history names for what the service did itself, on an event: no person acted. */
export const SERVICE_ACTOR = 'emeritus-service';
