import { addDays, addMonths } from './calendar-dates.ts';
import type { ResultSeat } from './commons-library-seats.ts';
import type { DemoDates } from './demo-dates.ts';
import type { SeededRandom } from './seeded-random.ts';

/** The party whose selections the platform runs, as the results file abbreviates it (the selections default). */
export const DEMO_PARTY = 'Lab';

/**
 * Three years' notice for a place on the emeritus committee: with an election about two and a half years
 * away, announcements of the last six months or so are too late, so the register shows both outcomes.
 */
export const DEMO_EARLY_ANNOUNCEMENT_MONTHS = 36;

/** The body of `PUT /emeritus/settings`. */
export interface DemoEmeritusSettings {
  expectedElectionOn: string;
  earlyAnnouncementMonths: number;
}

/** One MP's (invented) announcement that they will stand down at the next election. */
export interface DemoRetirement {
  mpId: string;
  mpName: string;
  seatId: string;
  seatName: string;
  announcedOn: string;
  /** Whether the emeritus service should judge it early enough for the committee. */
  early: boolean;
  /** Set for the one the MP later takes back, after the timetable is published. */
  withdrawal?: { reason: string };
}

/** How long ago each MP announced, in months, and whether they later change their mind. */
const ANNOUNCEMENTS: readonly { monthsAgo: number; withdrawn?: true }[] = [
  { monthsAgo: 11 },
  { monthsAgo: 9, withdrawn: true },
  { monthsAgo: 8 },
  { monthsAgo: 2 },
];

const WITHDRAWAL_REASON =
  'After talking it over with their family and their local party, the MP has decided to stand again at the next general election.';

/** The settings HQ staff save: the expected election and three years' notice. */
export const demoEmeritusSettings = (dates: DemoDates): DemoEmeritusSettings => ({
  expectedElectionOn: dates.expectedElection,
  earlyAnnouncementMonths: DEMO_EARLY_ANNOUNCEMENT_MONTHS,
});

/**
 * Four sitting MPs of the party, in seats it holds in different regions of Great Britain, chosen from the
 * results file by the seed: three announcements a good while ago (early), one two months ago (too late for
 * the committee), and one of the early ones withdrawn later. The announcements are invented for the demo.
 *
 * @example
 * demoRetirements(seats, demoDates('2026-12-01'), seededRandom(2024)).map((r) => r.early); // [true, true, true, false]
 */
export const demoRetirements = (seats: readonly ResultSeat[], dates: DemoDates, random: SeededRandom): DemoRetirement[] => {
  const deadline = addMonths(dates.expectedElection, -DEMO_EARLY_ANNOUNCEMENT_MONTHS);
  const held = seats.filter((seat) => seat.firstParty === DEMO_PARTY && seat.country !== 'Northern Ireland' && seat.sittingMp !== '');
  const chosen: ResultSeat[] = [];
  while (chosen.length < ANNOUNCEMENTS.length) {
    const seat = random.pick(held);
    if (!chosen.some((other) => other.region === seat.region)) chosen.push(seat);
  }
  return ANNOUNCEMENTS.map(({ monthsAgo, withdrawn }, index) => {
    const seat = chosen[index] as ResultSeat;
    // A few days' jitter, so that the announcements do not all fall on the same day of the month.
    const announcedOn = addDays(addMonths(dates.today, -monthsAgo), random.int(0, 3));
    return {
      mpId: `mp-${seat.seatId.toLowerCase()}`,
      mpName: seat.sittingMp,
      seatId: seat.seatId,
      seatName: seat.name,
      announcedOn,
      early: announcedOn <= deadline,
      ...(withdrawn ? { withdrawal: { reason: WITHDRAWAL_REASON } } : {}),
    };
  });
};
