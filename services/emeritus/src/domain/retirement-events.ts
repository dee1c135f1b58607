import { retirementAnnounced, retirementWithdrawn } from '@platform/events';
import type { EventOf } from '@platform/events';
import type { ActiveRetirement, WithdrawnRetirement } from './retirement.ts';

/** The event telling the selections service that the retiring MP's seat needs a selection. */
export const retirementAnnouncedEvent = (
  retirement: ActiveRetirement,
  correlationId: string,
): EventOf<typeof retirementAnnounced> =>
  retirementAnnounced.create(
    {
      retirementId: retirement.retirementId,
      mpId: retirement.mpId,
      mpName: retirement.mpName,
      seatId: retirement.seatId,
      announcedOn: retirement.announcedOn,
      expectedElectionOn: retirement.expectedElectionOn,
      emeritusEligible: retirement.emeritusEligible,
    },
    { correlationId, occurredAt: retirement.recordedAt },
  );

/** The event telling the selections service that the MP will stand again after all. */
export const retirementWithdrawnEvent = (
  retirement: WithdrawnRetirement,
  correlationId: string,
): EventOf<typeof retirementWithdrawn> =>
  retirementWithdrawn.create(
    {
      retirementId: retirement.retirementId,
      mpId: retirement.mpId,
      seatId: retirement.seatId,
      withdrawnOn: retirement.withdrawal.withdrawnOn,
      reason: retirement.withdrawal.reason,
    },
    { correlationId, occurredAt: retirement.withdrawal.withdrawnAt },
  );
