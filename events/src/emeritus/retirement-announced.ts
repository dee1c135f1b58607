import * as z from 'zod';
import { defineEvent } from '../define-event.ts';
import { CalendarDate, GssCode, Identifier, SingleLineText } from '../primitives.ts';

/**
 * `emeritus.retirement-announced` v1: HQ staff recorded that an MP will stand down; the
 * selections service opens their seat for selection.
 *
 * @example
 * retirementAnnounced.create({ retirementId, mpId, mpName, seatId, announcedOn, expectedElectionOn, emeritusEligible: true }, { correlationId });
 */
export const retirementAnnounced = defineEvent({
  type: 'emeritus.retirement-announced',
  version: 1,
  producer: 'emeritus',
  consumers: ['selections', 'emeritus'],
  description: 'An MP announced they will stand down at the next general election; their seat needs a selection.',
  data: z.object({
    retirementId: Identifier,
    mpId: Identifier,
    mpName: SingleLineText(200),
    seatId: GssCode,
    announcedOn: CalendarDate,
    expectedElectionOn: CalendarDate,
    emeritusEligible: z.boolean(),
  }),
});
