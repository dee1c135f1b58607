import { addDays, daysBetween } from './calendar-dates.ts';
import type { DemoDates } from './demo-dates.ts';
import type { SeededRandom } from './seeded-random.ts';

/** Where money came from, as `fund.donation-received` allows (events/src/fund/donation-received.ts). */
export type DemoDonationSource = 'donation' | 'membership' | 'fundraising' | 'affiliation' | 'other';

/** One payment the party received, as `POST /fund/donations` takes it and the import CSV carries it. */
export interface DemoDonation {
  donationId: string;
  amountPence: number;
  receivedOn: string;
  source: DemoDonationSource;
  donor?: { name?: string; email?: string; reference?: string };
}

/** How many payments of each kind a year brings in the demo, ~300 in all. */
export const DONATION_MIX: Readonly<Record<DemoDonationSource, number>> = {
  membership: 110,
  donation: 150,
  fundraising: 26,
  affiliation: 8,
  other: 6,
};

/** Donations over £500 must be checked for permissibility (services/fund/src/domain/donation.ts). */
export const FLAG_ABOVE_PENCE = 50_000;

// Invented donors: first names and surnames from across the UK, paired by the seed.
const FIRST_NAMES = [
  'Aisha', 'Alan', 'Amrit', 'Ann', 'Bethan', 'Chidi', 'Ciarán', 'Claire', 'Dafydd', 'Deborah', 'Eilidh', 'Emeka',
  'Fiona', 'Gareth', 'Grace', 'Hamza', 'Helen', 'Imran', 'Jean', 'Kwame', 'Lakshmi', 'Lewis', 'Margaret', 'Mohammed',
  'Niamh', 'Olu', 'Paul', 'Rhiannon', 'Ruth', 'Sanjay', 'Siân', 'Sunita', 'Tariq', 'Wei', 'Yusuf', 'Zoë',
] as const;
const SURNAMES = [
  'Adeyemi', 'Ahmed', 'Begum', 'Campbell', 'Chowdhury', 'Davies', 'Evans', 'Fraser', 'Green', 'Gill', 'Hughes',
  'Iqbal', 'Jones', 'Kaur', 'Khan', 'Lewis', 'MacDonald', 'Mensah', "O'Neill", 'Patel', 'Roberts', 'Robertson',
  'Shah', 'Singh', 'Smith', 'Taylor', 'Thomas', 'Walker', 'Williams', 'Wilson', 'Wright', 'Zhang',
] as const;

const FUNDRAISERS = [
  'Quiz night', 'Summer barbecue', 'Christmas raffle', 'Curry night', 'Sponsored walk', 'Jumble sale',
  'Regional dinner', 'Race night', 'Coffee morning', 'Burns supper', 'Ceilidh', 'Bake sale',
] as const;
const OTHER_INCOME = ['Merchandise sales', 'Conference stall hire', 'Room hire at the party office', 'Book sale'] as const;

/** Small gifts, in pence, with the weight of each: most people give a round £5 to £50. */
const GIFT_AMOUNTS: readonly [number, number][] = [
  [500, 14], [1_000, 22], [1_500, 6], [2_000, 14], [2_500, 16], [3_000, 4], [5_000, 12], [7_500, 2], [10_000, 7], [25_000, 3],
];
/** Membership fees in pence: standard and reduced, monthly and yearly. */
const MEMBERSHIP_FEES: readonly [number, number][] = [
  [582, 50], [291, 20], [6_984, 18], [3_492, 8], [150, 4],
];

const weighted = (random: SeededRandom, choices: readonly [number, number][]): number => {
  let roll = random.next() * choices.reduce((total, [, weight]) => total + weight, 0);
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (choices.at(-1) as [number, number])[0];
};

/** A whole number of `step` pence from `min` to `max`. */
const roundAmount = (random: SeededRandom, min: number, max: number, step: number) => Math.round(random.int(min, max) / step) * step;

const donorName = (random: SeededRandom) => `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;

/** An address that cannot reach anyone: example.org is reserved for examples (RFC 2606). */
const emailOf = (name: string) =>
  `${name
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}@example.org`;

type Unnumbered = Omit<DemoDonation, 'donationId'>;

const paymentOf = (source: DemoDonationSource, index: number, random: SeededRandom): Omit<Unnumbered, 'receivedOn'> => {
  switch (source) {
    case 'membership': {
      const name = donorName(random);
      return { source, amountPence: weighted(random, MEMBERSHIP_FEES), donor: { name, reference: 'Membership fee, direct debit' } };
    }
    case 'donation': {
      const name = donorName(random);
      // One gift in forty is a large one (£1,000 to £10,000), over the permissibility threshold.
      const large = random.chance(1 / 40);
      const amountPence = large ? roundAmount(random, 100_000, 1_000_000, 10_000) : weighted(random, GIFT_AMOUNTS);
      return {
        source,
        amountPence,
        donor: { name, ...(random.chance(0.6) ? { email: emailOf(name) } : {}), reference: large ? 'Bank transfer' : random.pick(['Online donation', 'Standing order', 'Cheque']) },
      };
    }
    case 'fundraising':
      // Local events raise £80 to £480; the odd big dinner more.
      return {
        source,
        amountPence: index % 13 === 0 ? roundAmount(random, 120_000, 400_000, 500) : roundAmount(random, 8_000, 48_000, 100),
        donor: { reference: random.pick(FUNDRAISERS) },
      };
    case 'affiliation':
      return { source, amountPence: roundAmount(random, 1_500_000, 4_000_000, 10_000), donor: { reference: `Trade union affiliation fees, quarter ${(index % 4) + 1}` } };
    case 'other':
      return { source, amountPence: roundAmount(random, 2_000, 40_000, 50), donor: { reference: random.pick(OTHER_INCOME) } };
  }
};

/**
 * A year of the party's income up to `dates.today`, about 300 payments in the mix of {@link DONATION_MIX}:
 * membership fees, small gifts (a few large ones, flagged), local fundraising and trade-union affiliation
 * fees. The same seed and day give the same payments, numbered `demo-donation-001…` in date order.
 *
 * @example
 * demoDonations(demoDates('2026-12-01'), seededRandom(2024)).length; // 300
 */
export const demoDonations = (dates: DemoDates, random: SeededRandom): DemoDonation[] => {
  const span = daysBetween(dates.firstDonationOn, dates.today);
  const unnumbered: Unnumbered[] = (Object.entries(DONATION_MIX) as [DemoDonationSource, number][]).flatMap(([source, count]) =>
    Array.from({ length: count }, (_, index) => ({ ...paymentOf(source, index, random), receivedOn: addDays(dates.firstDonationOn, random.int(0, span)) })),
  );
  const ordered = unnumbered
    .map((donation, order) => ({ donation, order }))
    .sort((a, b) => a.donation.receivedOn.localeCompare(b.donation.receivedOn) || a.order - b.order);
  return ordered.map(({ donation }, index) => ({ donationId: `demo-donation-${String(index + 1).padStart(3, '0')}`, ...donation }));
};

const csvField = (value: string | number | undefined): string => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * The donations as the CSV `POST /fund/donations/import` takes (services/fund/src/domain/donation-import.ts).
 *
 * @example
 * donationsCsv([{ donationId: 'd-1', amountPence: 2_500, receivedOn: '2026-11-25', source: 'donation' }]);
 * // 'donationId,amountPence,receivedOn,source,donorName,donorEmail,donorReference\nd-1,2500,2026-11-25,donation,,,\n'
 */
export const donationsCsv = (donations: readonly DemoDonation[]): string =>
  [
    'donationId,amountPence,receivedOn,source,donorName,donorEmail,donorReference',
    ...donations.map((d) => [d.donationId, d.amountPence, d.receivedOn, d.source, d.donor?.name, d.donor?.email, d.donor?.reference].map(csvField).join(',')),
  ]
    .join('\n')
    .concat('\n');
