import { DemoDataError } from '../errors.ts';
import { utcDateOf } from './calendar-dates.ts';
import { commonsLibraryFile, COMMONS_LIBRARY_FILE } from './commons-library-seats.ts';
import { demoApi, type Caller, type DemoApi, type TokenMinter } from './demo-api.ts';
import { APPLICATION_STATES, DECIDED_BY, PAID_BY, placeApplications, STATUS_OF, type ApplicationState, type PlacedApplication } from './demo-applications.ts';
import { FLAG_ABOVE_PENCE, donationsCsv } from './demo-donations.ts';
import { DEFAULT_DEMO_SEED, demoPlan, type DemoPlan } from './demo-plan.ts';
import { waitFor, type WaitOptions } from './wait-for.ts';

export interface LoadDemoDataOptions {
  /** The platform's HTTP API, e.g. `http://localhost:3000`. */
  apiUrl: string;
  /** Mints a dev token; the demo acts as `staff-1`, `fin-1`, `fin-2` and the candidates `cand-1`… */
  token: TokenMinter;
  /** Told each step as it starts, and how a wait is going. */
  progress?: (line: string) => void;
  /** The day the data set is built around (default: today, UTC). */
  today?: string;
  seed?: number;
  /** The most each wait for the platform's queues may take. */
  waitTimeoutMs?: number;
  resultsFile?: string;
}

/** What the demo loaded, as the platform answered it. */
export interface DemoSummary {
  seats: number;
  retirements: { announced: number; early: number; withdrawn: number };
  timetable: { timetableId: string; from: string; expectedElection: string; published: number; cancelled: number };
  donations: { count: number; flagged: number; raisedPence: number; leviedPence: number };
  applications: { applicationId: string; candidateId: string; seatId: string; state: ApplicationState; status: string }[];
  availablePence: number;
}

export type DemoDataOutcome =
  | { loaded: true; seconds: number; summary: DemoSummary; message: string }
  | { loaded: false; found: string[]; message: string };

const HQ: Caller = ['hq-staff', 'staff-1'];
const SERVER_ERRORS = [500, 502, 503, 504] as const;
const PUBLISH_ATTEMPTS = 4;
const DECIDER: Caller = ['finance', DECIDED_BY];
const PAYER: Caller = ['finance', PAID_BY];

const pounds = (pence: number) => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

interface Balance {
  raisedPence: number;
  leviedPence: number;
  availablePence: number;
  donationCount: number;
}
interface TimetableEntry {
  seatId: string;
  seatName: string;
}
interface Timetable {
  timetableId: string;
  status: string;
  entries: TimetableEntry[];
  publication?: { published: number; alreadyPublished: number; skipped: unknown[] };
}

/** What the platform holds already, by kind; empty when it is a fresh platform. */
const dataHeld = async (api: DemoApi): Promise<string[]> => {
  const step = 'check that the platform is empty';
  const [seats, settings, register, balance, rates] = await Promise.all([
    api.call<{ items: unknown[] }>(step, { as: HQ, method: 'GET', path: '/selections/seats?limit=1', expect: [200] }),
    api.call<{ updatedAt: string | null }>(step, { as: HQ, method: 'GET', path: '/emeritus/settings', expect: [200] }),
    api.call<{ retirements: unknown[] }>(step, { as: HQ, method: 'GET', path: '/emeritus/register', expect: [200] }),
    api.call<Balance>(step, { as: DECIDER, method: 'GET', path: '/fund/balance', expect: [200] }),
    api.call<{ rates: unknown[] }>(step, { as: DECIDER, method: 'GET', path: '/fund/levy-rates', expect: [200] }),
  ]);
  return [
    ...(seats.body.items.length > 0 ? ['seats'] : []),
    ...(settings.body.updatedAt !== null ? ['emeritus settings'] : []),
    ...(register.body.retirements.length > 0 ? ['retirements'] : []),
    ...(balance.body.donationCount > 0 || balance.body.raisedPence > 0 ? ['donations'] : []),
    ...(rates.body.rates.length > 0 ? ['levy rates'] : []),
  ];
};

/**
 * Loads the demo data set into a running platform through its public HTTP API, so that it goes down the
 * same paths as real use: the 650 constituencies of 2024, the emeritus settings and four retirements (one
 * withdrawn), a published timetable, a levy rate, 300 donations levied, and Diversity Fund applications in
 * every state. Each step checks its answer and fails with a {@link DemoDataError} naming the step; waits
 * for the queues are bounded. On a platform that already holds data it changes nothing and says so.
 *
 * @example
 * const issuer = await devIssuer('.local/keys');
 * const outcome = await loadDemoData({ apiUrl: cloud.apiUrl, token: (role, sub) => issuer.sign({ sub, roles: [role] }), progress: console.log });
 * console.log(outcome.message);
 */
export const loadDemoData = async (options: LoadDemoDataOptions): Promise<DemoDataOutcome> => {
  const started = Date.now();
  const progress = options.progress ?? (() => undefined);
  const waiting = { timeoutMs: options.waitTimeoutMs ?? 120_000, progress };
  const api = demoApi({ apiUrl: options.apiUrl, token: options.token });

  const found = await dataHeld(api);
  if (found.length > 0) {
    return {
      loaded: false,
      found,
      message: `Demo data not loaded: the platform already holds data (${found.join(', ')}). To start again with the demo data alone: pnpm start --fresh --demo`,
    };
  }

  const plan = demoPlan({
    today: options.today ?? utcDateOf(new Date()),
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    results: commonsLibraryFile(options.resultsFile ?? COMMONS_LIBRARY_FILE),
  });

  const seats = await importSeats(api, plan, progress);
  const retirementIds = await announceRetirements(api, plan, progress, waiting);
  const timetable = await publishTimetable(api, plan, progress);
  const cancelled = await withdrawRetirement(api, plan, retirementIds, timetable, progress, waiting);
  const balance = await levyDonations(api, plan, progress, waiting);
  const withdrawnSeat = plan.retirements.find((retirement) => retirement.withdrawal)?.seatId;
  const open = timetable.entries.filter((entry) => entry.seatId !== withdrawnSeat);
  const placed = placeApplications(plan.applications, open, plan.seatRandom);
  const looked = await waitForOpenSelections(api, placed, progress, waiting);
  if (!looked) progress('  GET /fund/open-selections is not served here: each application waits until the fund opens its seat');
  const applications = await applyAndDecide(api, placed, progress, waiting);

  const final = (await api.call<Balance>('read the balance', { as: DECIDER, method: 'GET', path: '/fund/balance', expect: [200] })).body;
  const donations = [...plan.importedDonations, ...plan.donationsByHand];
  const summary: DemoSummary = {
    seats,
    retirements: {
      announced: plan.retirements.length,
      early: plan.retirements.filter((retirement) => retirement.early).length,
      withdrawn: plan.retirements.filter((retirement) => retirement.withdrawal).length,
    },
    timetable: {
      timetableId: timetable.timetableId,
      from: plan.timetable.from,
      expectedElection: plan.timetable.expectedElection,
      published: timetable.publication?.published ?? 0,
      cancelled,
    },
    donations: {
      count: final.donationCount,
      flagged: donations.filter((donation) => donation.amountPence > FLAG_ABOVE_PENCE).length,
      raisedPence: final.raisedPence,
      leviedPence: final.leviedPence,
    },
    applications,
    availablePence: final.availablePence,
  };
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  return {
    loaded: true,
    seconds,
    summary,
    message:
      `Demo data loaded in ${seconds} s: ${seats} seats; ${summary.retirements.announced} retirements (${summary.retirements.withdrawn} withdrawn); ` +
      `a timetable of ${summary.timetable.published} selections from ${summary.timetable.from}, published (${cancelled} since cancelled); ` +
      `${summary.donations.count} donations, ${pounds(final.raisedPence)} raised, ${pounds(final.leviedPence)} levied; ` +
      `${applications.length} applications in ${new Set(applications.map((application) => application.state)).size} states; ${pounds(final.availablePence)} available.`,
  };
};

const importSeats = async (api: DemoApi, plan: DemoPlan, progress: (line: string) => void): Promise<number> => {
  const step = 'import the seats';
  progress(`Importing the ${plan.seatCount} constituencies of the 2024 general election (House of Commons Library)`);
  const { body } = await api.call<{ counts: { created: number; rejected: number } }>(step, {
    as: HQ,
    method: 'POST',
    path: '/selections/seats/import',
    csv: plan.seatsCsv,
    expect: [200],
  });
  if (body.counts.created !== plan.seatCount || body.counts.rejected !== 0) {
    throw new DemoDataError(step, `expected ${plan.seatCount} seats created and none rejected; the import created ${body.counts.created} and rejected ${body.counts.rejected}`);
  }
  return body.counts.created;
};

const announceRetirements = async (
  api: DemoApi,
  plan: DemoPlan,
  progress: (line: string) => void,
  waiting: WaitOptions,
): Promise<Map<string, string>> => {
  progress(`Saving the emeritus settings (election expected ${plan.emeritusSettings.expectedElectionOn}) and ${plan.retirements.length} retirements`);
  await api.call('save the emeritus settings', { as: HQ, method: 'PUT', path: '/emeritus/settings', json: plan.emeritusSettings, expect: [200] });
  const ids = new Map<string, string>();
  for (const { mpId, mpName, seatId, announcedOn } of plan.retirements) {
    const step = `announce the retirement of ${mpName}`;
    const { body } = await api.call<{ retirementId?: string }>(step, {
      as: HQ,
      method: 'POST',
      path: '/emeritus/retirements',
      json: { mpId, mpName, seatId, announcedOn },
      expect: [201],
    });
    if (typeof body.retirementId !== 'string') throw new DemoDataError(step, 'the answer has no retirementId');
    ids.set(seatId, body.retirementId);
  }
  // The draft must see the retiring MPs' seats as needing a selection, which the selections service learns
  // from the emeritus service's events.
  progress('Waiting for the selections service to hear of the retirements');
  await waitFor(
    'wait for the retirements to reach the selections service',
    async () => {
      const seen = await Promise.all(
        [...ids].map(async ([seatId, retirementId]) => {
          const { body } = await api.call<{ retirement?: { retirementId: string } }>('wait for the retirements to reach the selections service', {
            as: HQ,
            method: 'GET',
            path: `/selections/seats/${seatId}`,
            expect: [200],
          });
          return body.retirement?.retirementId === retirementId;
        }),
      );
      const count = seen.filter(Boolean).length;
      return count === ids.size ? { done: true, value: undefined } : { done: false, status: `${count} of ${ids.size} retirements recorded on their seats` };
    },
    waiting,
  );
  return ids;
};

const publishTimetable = async (api: DemoApi, plan: DemoPlan, progress: (line: string) => void): Promise<Timetable> => {
  progress(`Drafting a timetable from ${plan.timetable.from} to the election on ${plan.timetable.expectedElection}, and publishing it`);
  const draft = await api.call<Timetable>('draft the timetable', { as: HQ, method: 'POST', path: '/selections/timetables', json: plan.timetable, expect: [201] });
  if (!Array.isArray(draft.body.entries) || draft.body.entries.length === 0) throw new DemoDataError('draft the timetable', 'the draft placed no seat');
  const step = 'publish the timetable';
  const path = `/selections/timetables/${draft.body.timetableId}`;
  for (let attempt = 1; ; attempt++) {
    // Publishing writes a transaction per selection; on a busy machine the function may time out part-way.
    // Publishing again carries on where it stopped (a 409 once done), so it is retried, not reported.
    const { status, body } = await api.call<Timetable>(step, { as: HQ, method: 'POST', path: `${path}/publish`, expect: [200, 409, ...SERVER_ERRORS] });
    const published = status === 409 ? (await api.call<Timetable>(step, { as: HQ, method: 'GET', path, expect: [200] })).body : body;
    if (status !== 200 && status !== 409 && attempt < PUBLISH_ATTEMPTS) {
      progress(`  publishing stopped part-way (${status}); publishing again`);
      continue;
    }
    if (published.status !== 'published') throw new DemoDataError(step, `after ${attempt} attempts the timetable is ${published.status ?? `unpublished (last answer ${status})`}`);
    return { ...published, entries: draft.body.entries };
  }
};

/** The MP who changes their mind does so after publication, so that their seat's selection is cancelled. */
const withdrawRetirement = async (
  api: DemoApi,
  plan: DemoPlan,
  ids: Map<string, string>,
  timetable: Timetable,
  progress: (line: string) => void,
  waiting: WaitOptions,
): Promise<number> => {
  const withdrawn = plan.retirements.find((retirement) => retirement.withdrawal !== undefined);
  if (withdrawn?.withdrawal === undefined) return 0;
  const step = `withdraw the retirement of ${withdrawn.mpName}`;
  progress(`Withdrawing the retirement of ${withdrawn.mpName} (${withdrawn.seatName})`);
  await api.call(step, {
    as: HQ,
    method: 'POST',
    path: `/emeritus/retirements/${ids.get(withdrawn.seatId)}/withdraw`,
    json: { reason: withdrawn.withdrawal.reason },
    expect: [200],
  });
  if (!timetable.entries.some((entry) => entry.seatId === withdrawn.seatId)) return 0;
  await waitFor(
    'wait for the withdrawn retirement to cancel its selection',
    async () => {
      const { body } = await api.call<{ items: { status: string }[] }>('wait for the withdrawn retirement to cancel its selection', {
        as: HQ,
        method: 'GET',
        path: `/selections/selections?seatId=${withdrawn.seatId}`,
        expect: [200],
      });
      return body.items.some((selection) => selection.status === 'cancelled')
        ? { done: true, value: undefined }
        : { done: false, status: `the selection in ${withdrawn.seatName} is not cancelled yet` };
    },
    waiting,
  );
  return 1;
};

const levyDonations = async (api: DemoApi, plan: DemoPlan, progress: (line: string) => void, waiting: WaitOptions): Promise<Balance> => {
  const total = plan.importedDonations.length + plan.donationsByHand.length;
  progress(`Setting a levy rate of ${plan.levyRate.basisPoints / 100}% from ${plan.levyRate.effectiveFrom}; recording ${total} donations of the last 12 months`);
  await api.call('set the levy rate', { as: DECIDER, method: 'PUT', path: '/fund/levy-rates', json: plan.levyRate, expect: [200, 201] });
  const step = 'import the donations';
  const { body } = await api.call<{ enqueued: number; rejected: unknown[] }>(step, {
    as: DECIDER,
    method: 'POST',
    path: '/fund/donations/import',
    csv: donationsCsv(plan.importedDonations),
    expect: [202],
  });
  if (body.enqueued !== plan.importedDonations.length || body.rejected.length !== 0) {
    throw new DemoDataError(step, `expected ${plan.importedDonations.length} donations enqueued and none rejected; ${body.enqueued} were enqueued and ${body.rejected.length} rejected`);
  }
  for (const donation of plan.donationsByHand) {
    await api.call(`record donation ${donation.donationId}`, { as: DECIDER, method: 'POST', path: '/fund/donations', json: donation, expect: [202] });
  }
  progress('Waiting for the fund to levy them');
  return waitFor(
    'wait for the donations to be levied',
    async () => {
      const balance = (await api.call<Balance>('wait for the donations to be levied', { as: DECIDER, method: 'GET', path: '/fund/balance', expect: [200] })).body;
      return balance.donationCount >= total ? { done: true, value: balance } : { done: false, status: `${balance.donationCount} of ${total} donations levied` };
    },
    waiting,
  );
};

/**
 * Waits until the fund's own view of the selections, fed by events, has every seat an application goes to.
 * Answers whether it could look: where `GET /fund/open-selections` is not served (a 404 for the route
 * itself), the applications wait instead by retrying while the fund answers that no selection is open.
 */
const waitForOpenSelections = async (
  api: DemoApi,
  placed: readonly PlacedApplication[],
  progress: (line: string) => void,
  waiting: WaitOptions,
): Promise<boolean> => {
  progress('Waiting for the fund to hear of the published selections');
  const step = 'wait for the fund to see the published selections';
  const seen = new Set<string>();
  const wanted = new Set(placed.map((application) => application.seatId)).size;
  return waitFor(
    step,
    async () => {
      for (const { seatId, seatName } of placed.filter((application) => !seen.has(application.seatId))) {
        const { status, body } = await api.call<{ items?: { seatId: string }[] }>(step, {
          as: ['candidate', 'cand-1'],
          method: 'GET',
          path: `/fund/open-selections?search=${encodeURIComponent(seatName)}`,
          expect: [200, 404],
        });
        if (status === 404) return { done: true, value: false };
        if (body.items?.some((item) => item.seatId === seatId)) seen.add(seatId);
      }
      return seen.size === wanted ? { done: true, value: true } : { done: false, status: `${seen.size} of ${wanted} seats open for applications` };
    },
    waiting,
  );
};

const applyAndDecide = async (
  api: DemoApi,
  placed: readonly PlacedApplication[],
  progress: (line: string) => void,
  waiting: WaitOptions,
): Promise<DemoSummary['applications']> => {
  progress(`Submitting ${placed.length} Diversity Fund applications and taking each to its state (${APPLICATION_STATES.join(', ')})`);
  const results: DemoSummary['applications'] = [];
  let payment = 0;
  for (const application of placed) {
    const { candidateId, state, seatId, request } = application;
    const step = `take ${candidateId}'s application in ${application.seatName} to "${state}"`;
    const candidate: Caller = ['candidate', candidateId];
    // 422 while the fund has not yet heard of the seat's selection (only when it could not be watched for).
    const applicationId = await waitFor(
      step,
      async () => {
        const { status, body } = await api.call<{ applicationId?: string }>(step, {
          as: candidate,
          method: 'POST',
          path: '/fund/applications',
          json: { seatId, ...request },
          expect: [201, 422],
        });
        return status === 201 ? { done: true, value: body.applicationId } : { done: false, status: `the fund has no open selection in ${application.seatName} yet` };
      },
      waiting,
    );
    if (typeof applicationId !== 'string') throw new DemoDataError(step, 'the answer has no applicationId');
    const path = `/fund/applications/${applicationId}`;
    if (application.approvedPence !== undefined) {
      await api.call(step, { as: DECIDER, method: 'POST', path: `${path}/decision`, json: { decision: 'approve', amountPence: application.approvedPence }, expect: [200] });
    }
    for (const amountPence of application.paymentsPence ?? []) {
      payment += 1;
      const disbursementId = `demo-payment-${String(payment).padStart(3, '0')}`;
      await api.call(step, { as: PAYER, method: 'POST', path: `${path}/disbursements`, json: { amountPence, disbursementId }, expect: [201] });
    }
    if (state === 'rejected') await api.call(step, { as: DECIDER, method: 'POST', path: `${path}/decision`, json: { decision: 'reject', reason: application.reason }, expect: [200] });
    if (state === 'withdrawn') await api.call(step, { as: candidate, method: 'POST', path: `${path}/withdraw`, json: { reason: application.reason }, expect: [200] });
    if (state === 'approval-cancelled') await api.call(step, { as: DECIDER, method: 'POST', path: `${path}/cancel-approval`, json: { reason: application.reason }, expect: [200] });

    const { body } = await api.call<{ status: string; disbursedPence: number; approvedPence: number }>(step, { as: DECIDER, method: 'GET', path, expect: [200] });
    const expected = STATUS_OF[state];
    const paid = body.disbursedPence === 0 ? 'none' : body.disbursedPence === body.approvedPence ? 'all' : 'part';
    if (body.status !== expected.status || paid !== expected.paid) {
      throw new DemoDataError(step, `the application is ${body.status} with ${body.disbursedPence}p paid, not ${expected.status} with ${expected.paid} paid`);
    }
    results.push({ applicationId, candidateId, seatId, state, status: body.status });
  }
  return results;
};
