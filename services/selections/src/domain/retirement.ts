import { freezeDate } from './selection.ts';
import type { Selection } from './selection.ts';
import { isHeld } from './seat.ts';
import type { Seat, SeatRetirement } from './seat.ts';
import type { Settings } from './settings.ts';

export interface Announcement {
  retirementId: string;
  announcedOn: string;
}

export interface Withdrawal {
  retirementId: string;
  withdrawnOn: string;
  reason: string;
}

/**
 * What an announced retirement does to a seat: nothing when the seat already knows this retirement (a
 * redelivery, or a withdrawal that overtook the announcement on the queue, once it has the announcement's
 * date); otherwise the retirement is recorded, and a held seat that now needs a selection is to be slotted
 * into the published timetable. An announcement its withdrawal overtook carries that withdrawal, to be
 * applied to whatever the announcement opens, so that the seat ends as in-order delivery leaves it.
 */
export type AnnouncementOutcome =
  | { kind: 'known'; why: string }
  | { kind: 'record'; retirement: SeatRetirement; slot: boolean; overtakenBy?: Withdrawal };

export const announce = (seat: Seat, announcement: Announcement): AnnouncementOutcome => {
  const announced: SeatRetirement = { retirementId: announcement.retirementId, status: 'announced', announcedOn: announcement.announcedOn };
  const slot = seat.currentSelectionId === undefined;
  if (seat.retirement?.retirementId === announcement.retirementId) {
    // Overtaken by its withdrawal: the announcement is recorded as it would have been, with the withdrawal
    // to apply after it (a selection it opens is cancelled, or flagged after the freeze date). A withdrawal
    // stored before its reason was kept can only be recorded, and opens nothing.
    const { status, withdrawnOn, withdrawalReason } = seat.retirement;
    if (status === 'withdrawn' && seat.retirement.announcedOn === undefined) {
      if (withdrawnOn === undefined || withdrawalReason === undefined) {
        return { kind: 'record', retirement: { ...seat.retirement, announcedOn: announcement.announcedOn }, slot: false };
      }
      return {
        kind: 'record',
        retirement: announced,
        slot,
        overtakenBy: { retirementId: announcement.retirementId, withdrawnOn, reason: withdrawalReason },
      };
    }
    return {
      kind: 'known',
      why: seat.retirement.status === 'withdrawn' ? 'the retirement was withdrawn before its announcement arrived' : 'the retirement is already recorded',
    };
  }
  return { kind: 'record', retirement: announced, slot };
};

/**
 * The retirement as its withdrawal leaves it: withdrawn, with the announcement's date if known, the
 * withdrawal's date and its reason.
 *
 * @example
 * withdrawnRetirement({ retirementId: 'r-1', status: 'announced', announcedOn: '2027-03-01' }, { retirementId: 'r-1', withdrawnOn: '2027-04-01', reason: 'standing again' });
 */
export const withdrawnRetirement = (known: SeatRetirement | undefined, withdrawal: Withdrawal): SeatRetirement => ({
  retirementId: withdrawal.retirementId,
  status: 'withdrawn',
  ...(known?.retirementId === withdrawal.retirementId && known.announcedOn !== undefined ? { announcedOn: known.announcedOn } : {}),
  withdrawnOn: withdrawal.withdrawnOn,
  withdrawalReason: withdrawal.reason,
});

/**
 * What a withdrawn retirement does: before the freeze date it cancels the selection the retirement opened;
 * on or after it the selection stands and is flagged for HQ staff. A withdrawal that arrives before its
 * announcement is recorded, so that the announcement then changes nothing.
 */
export type WithdrawalOutcome =
  | { kind: 'known'; why: string }
  | { kind: 'record'; retirement: SeatRetirement }
  | { kind: 'cancel'; retirement: SeatRetirement; selection: Selection; reason: string }
  | { kind: 'flag'; retirement: SeatRetirement; selection: Selection };

/** Whether the seat's current selection exists because of this retirement. */
const openedBy = (selection: Selection, seat: Seat, settings: Settings, retirementId: string): boolean =>
  selection.retirementId === undefined ? isHeld(seat, settings) : selection.retirementId === retirementId;

export const withdraw = (
  seat: Seat,
  selection: Selection | undefined,
  settings: Settings,
  withdrawal: Withdrawal,
  now: string,
): WithdrawalOutcome => {
  const known = seat.retirement;
  const retirement = withdrawnRetirement(known, withdrawal);
  if (known?.retirementId === withdrawal.retirementId && known.status === 'withdrawn') {
    return { kind: 'known', why: 'the withdrawal is already recorded' };
  }
  if (known !== undefined && known.retirementId !== withdrawal.retirementId && known.status === 'announced') {
    return { kind: 'known', why: `the seat's current retirement is another one (${known.retirementId})` };
  }
  if (selection === undefined || selection.status !== 'scheduled' || !openedBy(selection, seat, settings, withdrawal.retirementId)) {
    return { kind: 'record', retirement };
  }
  if (withdrawal.withdrawnOn < freezeDate(selection)) {
    const reason = `the sitting MP withdrew their retirement on ${withdrawal.withdrawnOn}, before the freeze date ${freezeDate(selection)}: ${withdrawal.reason}`;
    return {
      kind: 'cancel',
      retirement,
      reason,
      selection: {
        ...selection,
        status: 'cancelled',
        cancellation: { reason, cancelledAt: now },
        updatedAt: now,
        revision: selection.revision + 1,
      },
    };
  }
  return {
    kind: 'flag',
    retirement,
    selection: {
      ...selection,
      retirementWithdrawnAfterFreeze: { retirementId: withdrawal.retirementId, withdrawnOn: withdrawal.withdrawnOn, reason: withdrawal.reason },
      updatedAt: now,
      revision: selection.revision + 1,
    },
  };
};
