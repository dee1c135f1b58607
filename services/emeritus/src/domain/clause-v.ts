import type { Retirement } from './retirement.ts';

/** An attendee of the Clause V meeting who must not take part, and why. */
export interface ClauseVConflict {
  mpId: string;
  retirementId: string;
  reason: string;
}

/**
 * The proposed attendees of the Clause V meeting (which finalises the manifesto) who are retiring: an MP
 * with an active retirement has a conflict of interest whether or not they sit on the emeritus committee.
 * A withdrawn retirement is no conflict. Each attendee is reported once, in the order first given.
 */
export const clauseVConflicts = (attendees: readonly string[], retirements: readonly Retirement[]): ClauseVConflict[] => {
  const active = new Map(
    retirements.filter((retirement) => retirement.status === 'active').map((retirement) => [retirement.mpId, retirement]),
  );
  return [...new Set(attendees)].flatMap((mpId) => {
    const retirement = active.get(mpId);
    if (retirement === undefined) return [];
    return [
      {
        mpId,
        retirementId: retirement.retirementId,
        reason:
          `retiring at the next general election (announced on ${retirement.announcedOn}, seat ${retirement.seatId}): ` +
          'a retiring MP has a conflict of interest and may not take part in the Clause V meeting',
      },
    ];
  });
};
