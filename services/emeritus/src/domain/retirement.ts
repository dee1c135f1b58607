import { CalendarDate, GssCode, Identifier, PlainText, SingleLineText } from '@platform/events';
import * as z from 'zod';
import { judgeEligibility } from './eligibility.ts';
import { RetirementAlreadyWithdrawnError, WithdrawalBeforeAnnouncementError } from './errors.ts';
import { electionDateFor, ExpectedElectionOn } from './settings.ts';
import type { EmeritusSettings } from './settings.ts';

/**
 * An MP's identifier, as HQ's member records give it: an {@link Identifier}, since it becomes part of
 * storage keys (`ACTIVE#<mpId>`).
 */
export const MpId = Identifier;

export const MpName = SingleLineText(200);

/** Why the MP withdrew: 1 to 2,000 characters, as the `retirement-withdrawn` event allows. */
export const WithdrawalReason = PlainText(2_000);

export const Withdrawal = z.object({
  withdrawnOn: CalendarDate,
  reason: WithdrawalReason,
  withdrawnBy: z.string().min(1),
  withdrawnAt: z.iso.datetime(),
});
export type Withdrawal = z.infer<typeof Withdrawal>;

const RetirementFields = z.object({
  retirementId: z.uuid(),
  mpId: MpId,
  mpName: MpName,
  seatId: GssCode,
  announcedOn: CalendarDate,
  /** The election the announcement was judged against, and whether it came from the settings or this record. */
  expectedElectionOn: ExpectedElectionOn,
  expectedElectionSource: z.enum(['settings', 'retirement']),
  /** The threshold in force when the retirement was recorded. */
  earlyAnnouncementMonths: z.int().positive(),
  earlyAnnouncementDeadline: CalendarDate,
  emeritusEligible: z.boolean(),
  eligibilityReason: z.string().min(1),
  recordedBy: z.string().min(1),
  recordedAt: z.iso.datetime(),
});

export const ActiveRetirement = RetirementFields.extend({ status: z.literal('active'), withdrawal: z.null() });
export type ActiveRetirement = z.infer<typeof ActiveRetirement>;

export const WithdrawnRetirement = RetirementFields.extend({ status: z.literal('withdrawn'), withdrawal: Withdrawal });
export type WithdrawnRetirement = z.infer<typeof WithdrawnRetirement>;

/** An MP's announced intention to stand down at the next general election, active or withdrawn. */
export const Retirement = z.discriminatedUnion('status', [ActiveRetirement, WithdrawnRetirement]);
export type Retirement = z.infer<typeof Retirement>;

export type RetirementStatus = Retirement['status'];

/** What HQ staff record about an announcement. */
export interface Announcement {
  mpId: string;
  mpName: string;
  seatId: string;
  announcedOn: string;
  /** Overrides the settings' election date for this retirement alone. */
  expectedElectionOn?: string | undefined;
}

/**
 * Records an announcement, judged once and for all against the settings in force now (or its own election
 * date). Later changes to the settings do not re-judge it: the MP was told, and the selections service was
 * sent, the eligibility decided here.
 */
export const announceRetirement = (
  announcement: Announcement,
  settings: EmeritusSettings,
  { retirementId, recordedBy, recordedAt }: { retirementId: string; recordedBy: string; recordedAt: string },
): ActiveRetirement => {
  const election = electionDateFor(settings, announcement.expectedElectionOn);
  const eligibility = judgeEligibility(announcement.announcedOn, election, settings.earlyAnnouncementMonths);
  return {
    retirementId,
    mpId: announcement.mpId,
    mpName: announcement.mpName,
    seatId: announcement.seatId,
    announcedOn: announcement.announcedOn,
    expectedElectionOn: election.expectedElectionOn,
    expectedElectionSource: election.source,
    earlyAnnouncementMonths: settings.earlyAnnouncementMonths,
    earlyAnnouncementDeadline: eligibility.earlyAnnouncementDeadline,
    emeritusEligible: eligibility.emeritusEligible,
    eligibilityReason: eligibility.eligibilityReason,
    recordedBy,
    recordedAt,
    status: 'active',
    withdrawal: null,
  };
};

/**
 * Withdraws an active retirement. The record stays in the register, withdrawn; the MP may announce again,
 * as a new retirement judged afresh.
 */
export const withdrawRetirement = (retirement: Retirement, withdrawal: Withdrawal): WithdrawnRetirement => {
  if (retirement.status === 'withdrawn') {
    throw new RetirementAlreadyWithdrawnError(retirement.retirementId, retirement.withdrawal.withdrawnOn);
  }
  if (withdrawal.withdrawnOn < retirement.announcedOn) {
    throw new WithdrawalBeforeAnnouncementError(retirement.retirementId, withdrawal.withdrawnOn, retirement.announcedOn);
  }
  return { ...retirement, status: 'withdrawn', withdrawal };
};
