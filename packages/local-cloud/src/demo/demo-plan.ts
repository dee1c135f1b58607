import type { ResultSeat } from './commons-library-seats.ts';
import { DEMO_APPLICATIONS, type DemoApplication } from './demo-applications.ts';
import { demoDates, type DemoDates } from './demo-dates.ts';
import { demoDonations, type DemoDonation } from './demo-donations.ts';
import { demoEmeritusSettings, demoRetirements, type DemoEmeritusSettings, type DemoRetirement } from './demo-retirements.ts';
import { demoTimetableRequest, type DemoTimetableRequest } from './demo-timetable.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';

/** The seed of `pnpm start --demo`: the same data set on every machine, relative to the day it is loaded. */
export const DEFAULT_DEMO_SEED = 2024;

/** How many donations finance records by hand; the rest arrive as one CSV import. */
export const DONATIONS_BY_HAND = 5;

/** Everything the demo loads, worked out before the first request. */
export interface DemoPlan {
  dates: DemoDates;
  /** The Commons Library file, imported as it is. */
  seatsCsv: string;
  seatCount: number;
  emeritusSettings: DemoEmeritusSettings;
  retirements: DemoRetirement[];
  timetable: DemoTimetableRequest;
  levyRate: { basisPoints: number; effectiveFrom: string };
  /** The older donations, sent as a CSV. */
  importedDonations: DemoDonation[];
  /** The most recent few, recorded one at a time as finance would on the day. */
  donationsByHand: DemoDonation[];
  applications: readonly DemoApplication[];
  /** Picks the seats the applications go to, once the open selections are known. */
  seatRandom: SeededRandom;
}

/**
 * The demo data set for a day: deterministic for a seed, so the same day and seed plan the same
 * retirements, donations and applications. Each part draws from its own stream, so that changing one
 * (more donations, say) leaves the others as they were.
 *
 * @example
 * const plan = demoPlan({ today: '2026-12-01', seed: DEFAULT_DEMO_SEED, results: commonsLibraryFile() });
 * plan.importedDonations.length + plan.donationsByHand.length; // 300
 */
export const demoPlan = ({ today, seed, results }: { today: string; seed: number; results: { csv: string; seats: readonly ResultSeat[] } }): DemoPlan => {
  const stream = (part: number) => seededRandom(Math.imul(seed, 0x9e3779b1) + part);
  const dates = demoDates(today);
  const donations = demoDonations(dates, stream(2));
  return {
    dates,
    seatsCsv: results.csv,
    seatCount: results.seats.length,
    emeritusSettings: demoEmeritusSettings(dates),
    retirements: demoRetirements(results.seats, dates, stream(1)),
    timetable: demoTimetableRequest(dates),
    levyRate: { basisPoints: 300, effectiveFrom: dates.levyFrom },
    importedDonations: donations.slice(0, -DONATIONS_BY_HAND),
    donationsByHand: donations.slice(-DONATIONS_BY_HAND),
    applications: DEMO_APPLICATIONS,
    seatRandom: stream(3),
  };
};
