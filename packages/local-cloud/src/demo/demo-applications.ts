import type { SeededRandom } from './seeded-random.ts';

/** Every state an application can be seen in, in the order the console lists them. */
export const APPLICATION_STATES = [
  'awaiting-decision',
  'approved-awaiting-payment',
  'part-paid',
  'paid',
  'rejected',
  'withdrawn',
  'approval-cancelled',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** The `status` the fund answers for each state, and whether anything has been paid. */
export const STATUS_OF: Readonly<Record<ApplicationState, { status: string; paid: 'none' | 'part' | 'all' }>> = {
  'awaiting-decision': { status: 'submitted', paid: 'none' },
  'approved-awaiting-payment': { status: 'approved', paid: 'none' },
  'part-paid': { status: 'approved', paid: 'part' },
  paid: { status: 'disbursed', paid: 'all' },
  rejected: { status: 'rejected', paid: 'none' },
  withdrawn: { status: 'withdrawn', paid: 'none' },
  'approval-cancelled': { status: 'cancelled', paid: 'none' },
};

/** The body of `POST /fund/applications` (services/fund/src/domain/application.ts). */
export interface DemoApplicationRequest {
  groups: string[];
  describedAs?: string;
  purpose: 'childcare' | 'travel' | 'lost-earnings' | 'accessibility' | 'training' | 'other';
  amountRequestedPence: number;
  statement: string;
}

/** One application and what happens to it, in pence. */
export interface DemoApplication {
  /** The candidate's user id (the `sub` of their token). */
  candidateId: string;
  state: ApplicationState;
  request: DemoApplicationRequest;
  /** What finance approves (up to the amount asked). */
  approvedPence?: number;
  /** The payments made, in order, by a second finance user. */
  paymentsPence?: number[];
  /** Why finance said no, the candidate withdrew, or finance cancelled the approval. */
  reason?: string;
}

/** A demo application placed in a seat with an open selection. */
export interface PlacedApplication extends DemoApplication {
  seatId: string;
  seatName: string;
}

/**
 * The demo's applications. The three ready-made candidates of the local sign-in page (`cand-1`, `cand-2`,
 * `cand-3`) have two or three each, so each sees a list with more than one state; `cand-4` to `cand-7`
 * fill finance's queue. The statements are invented and written as a candidate would write them.
 */
export const DEMO_APPLICATIONS: readonly DemoApplication[] = [
  {
    candidateId: 'cand-1',
    state: 'awaiting-decision',
    request: {
      groups: ['women', 'black-asian-minority-ethnic'],
      purpose: 'childcare',
      amountRequestedPence: 90_000,
      statement:
        'I am a single parent of two children under six. The selection meetings, the hustings and canvassing members all fall on evenings and Saturdays, and I need paid childcare to take part in them.',
    },
  },
  {
    candidateId: 'cand-1',
    state: 'paid',
    request: {
      groups: ['women', 'black-asian-minority-ethnic'],
      purpose: 'travel',
      amountRequestedPence: 24_000,
      statement: 'I do not drive, and the branch meetings are spread across the constituency. I am asking for rail and bus fares for the six weeks of the selection.',
    },
    approvedPence: 24_000,
    paymentsPence: [24_000],
  },
  {
    candidateId: 'cand-2',
    state: 'approved-awaiting-payment',
    request: {
      groups: ['working-class-low-income'],
      purpose: 'lost-earnings',
      amountRequestedPence: 120_000,
      statement:
        'I work hourly shifts at a distribution centre and am not paid for time off. The selection needs about ten days away from work for branch meetings, the shortlisting interview and the hustings.',
    },
    approvedPence: 100_000,
  },
  {
    candidateId: 'cand-2',
    state: 'rejected',
    request: {
      groups: ['working-class-low-income'],
      purpose: 'training',
      amountRequestedPence: 35_000,
      statement: 'I would like to take a private public-speaking course before the hustings, as I have never spoken to a large meeting before.',
    },
    reason:
      'The Fund pays for the costs of taking part in a selection itself, so a private course is outside what it can cover. The regional office runs free candidate training, including public speaking: please ask them for the next dates.',
  },
  {
    candidateId: 'cand-3',
    state: 'part-paid',
    request: {
      groups: ['disabled', 'women'],
      purpose: 'accessibility',
      amountRequestedPence: 160_000,
      statement:
        'I use a wheelchair. Much of the seat has no step-free public transport, so I need accessible taxis to meet members and to reach the hustings venue, and a portable ramp for two branch halls.',
    },
    approvedPence: 160_000,
    paymentsPence: [60_000],
  },
  {
    candidateId: 'cand-3',
    state: 'withdrawn',
    request: {
      groups: ['disabled', 'women'],
      purpose: 'travel',
      amountRequestedPence: 18_000,
      statement: 'I am asking for help with travel to branch meetings during the selection.',
    },
    reason: 'I have decided to put my name forward in one selection only, closer to home.',
  },
  {
    candidateId: 'cand-4',
    state: 'approval-cancelled',
    request: {
      groups: ['lgbt-plus'],
      purpose: 'lost-earnings',
      amountRequestedPence: 50_000,
      statement: 'I am self-employed and lose a day of work for each selection meeting. I am asking for five days of lost earnings.',
    },
    approvedPence: 40_000,
    reason:
      "Cancelled at the candidate's request: they have withdrawn from this selection for family reasons. Nothing had been paid, so the whole amount returns to the Fund.",
  },
  {
    candidateId: 'cand-5',
    state: 'awaiting-decision',
    request: {
      groups: ['prefer-to-describe'],
      describedAs: 'Care leaver',
      purpose: 'travel',
      amountRequestedPence: 30_000,
      statement: 'I grew up in care and have no family who can help with costs. I am asking for help with travel to meet members across the seat.',
    },
  },
  {
    candidateId: 'cand-6',
    state: 'awaiting-decision',
    request: {
      groups: ['disabled'],
      purpose: 'accessibility',
      amountRequestedPence: 75_000,
      statement: 'I am hard of hearing. I need a speech-to-text reporter at the shortlisting interview and the hustings so that I can follow the questions from the floor.',
    },
  },
  {
    candidateId: 'cand-7',
    state: 'paid',
    request: {
      groups: ['black-asian-minority-ethnic', 'working-class-low-income'],
      purpose: 'childcare',
      amountRequestedPence: 45_000,
      statement: 'My partner works nights, so I need a childminder for the three evening meetings and the hustings.',
    },
    approvedPence: 45_000,
    paymentsPence: [20_000, 25_000],
  },
];

/** The finance users: one decides, the other pays (four eyes: the approver may not pay). */
export const DECIDED_BY = 'fin-1';
export const PAID_BY = 'fin-2';

/**
 * Places each application in its own seat, chosen by the seed from the seats with an open selection.
 *
 * @example
 * placeApplications(DEMO_APPLICATIONS, openSeats, seededRandom(2024))[0].seatId;
 */
export const placeApplications = (
  applications: readonly DemoApplication[],
  seats: readonly { seatId: string; seatName: string }[],
  random: SeededRandom,
): PlacedApplication[] => {
  if (seats.length < applications.length) throw new RangeError(`${applications.length} applications need a seat each, and only ${seats.length} have an open selection`);
  const left = [...seats].sort((a, b) => a.seatId.localeCompare(b.seatId));
  return applications.map((application) => {
    const [seat] = left.splice(random.int(0, left.length - 1), 1) as [{ seatId: string; seatName: string }];
    return { ...application, seatId: seat.seatId, seatName: seat.seatName };
  });
};

/** What the approvals commit from the fund in all, before any cancellation returns its part. */
export const committedByApprovals = (applications: readonly DemoApplication[]): number =>
  applications.reduce((total, application) => total + (application.approvedPence ?? 0), 0);
