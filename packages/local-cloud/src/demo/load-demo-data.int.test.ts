import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { devIssuer, type Role } from '../auth/dev-issuer.ts';
import { startLocalCloud, type RunningLocalCloud } from '../local-cloud.ts';
import { commonsLibraryFile } from './commons-library-seats.ts';
import { APPLICATION_STATES, STATUS_OF } from './demo-applications.ts';
import { DEFAULT_DEMO_SEED, demoPlan } from './demo-plan.ts';
import { loadDemoData, type DemoDataOutcome } from './load-demo-data.ts';

// The shared local cloud of the integration project holds other tests' data, and the demo loads only into
// an empty platform; so this file starts a fresh one of its own, in memory on free ports, and loads the demo
// into it exactly as `pnpm start --demo` would. One load (about 20-40 s) serves every test below.
const today = new Date().toISOString().slice(0, 10);
const plan = demoPlan({ today, seed: DEFAULT_DEMO_SEED, results: commonsLibraryFile() });
const stateDir = mkdtempSync(join(tmpdir(), 'demo-data-test-'));
let cloud: RunningLocalCloud | undefined;
let token: (role: Role, sub: string) => Promise<string>;
let outcome: DemoDataOutcome;
const lines: string[] = [];

const get = async <T>(path: string, [role, sub]: [Role, string]): Promise<T> => {
  const response = await fetch(`${cloud?.apiUrl}${path}`, { headers: { authorization: `Bearer ${await token(role, sub)}` } });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
};
const HQ: [Role, string] = ['hq-staff', 'staff-1'];
const FINANCE: [Role, string] = ['finance', 'fin-1'];

interface Balance {
  raisedPence: number;
  leviedPence: number;
  committedPence: number;
  disbursedPence: number;
  availablePence: number;
  donationCount: number;
}
interface ApplicationSummary {
  applicationId: string;
  candidateId: string;
  status: string;
  approvedPence: number;
  disbursedPence: number;
}

/** What the platform holds, read through the API: what a second load must leave as it was. */
const holdings = async () => ({
  seats: (await get<{ items: unknown[] }>('/selections/seats?limit=1000', HQ)).items.length,
  register: (await get<{ retirements: { retirementId: string; status: string }[] }>('/emeritus/register', HQ)).retirements,
  balance: await get<Balance>('/fund/balance', FINANCE),
  rates: (await get<{ rates: unknown[] }>('/fund/levy-rates', FINANCE)).rates,
  applications: (await get<{ items: ApplicationSummary[] }>('/fund/applications?limit=100', FINANCE)).items,
});

beforeAll(async () => {
  // As the shared cloud's global setup does: the functions log errors only, so the test's output stays readable.
  process.env.LOCAL_LOG_LEVEL ??= 'ERROR';
  cloud = await startLocalCloud({ inMemory: true, apiPort: 0, stateDir });
  const issuer = await devIssuer(join(stateDir, 'keys'));
  token = (role, sub) => issuer.sign({ sub, roles: [role] });
  outcome = await loadDemoData({ apiUrl: cloud.apiUrl, token, today, progress: (line) => lines.push(line) });
}, 420_000);

afterAll(async () => {
  await cloud?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('loadDemoData on a fresh local cloud', () => {
  it('loads everything on an empty platform and says what it loaded', () => {
    expect(outcome.loaded).toBe(true);
    expect(outcome.message).toMatch(/^Demo data loaded in [\d.]+ s: 650 seats; 4 retirements \(1 withdrawn\); a timetable of \d+ selections from \d{4}-\d\d-\d\d, published \(1 since cancelled\); 300 donations, /);
    expect(lines[0]).toBe('Importing the 650 constituencies of the 2024 general election (House of Commons Library)');
  });

  it('imports the 650 seats, and publishes a timetable in which the withdrawn retirement cancelled its selection', async () => {
    if (!outcome.loaded) throw new Error(outcome.message);
    const { timetableId } = outcome.summary.timetable;
    const timetable = await get<{ status: string; request: { from: string; blackouts: unknown[] }; entries: { seatId: string }[] }>(`/selections/timetables/${timetableId}`, HQ);
    const withdrawn = plan.retirements.find((retirement) => retirement.withdrawal !== undefined);
    const retiring = plan.retirements.map((retirement) => retirement.seatId);
    const selections = await get<{ items: { status: string }[] }>(`/selections/selections?seatId=${withdrawn?.seatId}`, HQ);
    expect({
      seats: (await get<{ items: unknown[] }>('/selections/seats?limit=1000', HQ)).items.length,
      status: timetable.status,
      from: timetable.request.from,
      blackouts: timetable.request.blackouts,
      // The 220 seats the party must select for in 2024's results, and the four of the retiring MPs.
      entries: timetable.entries.length,
      retiringScheduled: retiring.filter((seatId) => timetable.entries.some((entry) => entry.seatId === seatId)).length,
      withdrawnSeat: selections.items.map((selection) => selection.status),
    }).toStrictEqual({
      seats: 650,
      status: 'published',
      from: plan.timetable.from,
      blackouts: plan.timetable.blackouts,
      entries: 224,
      retiringScheduled: 4,
      withdrawnSeat: ['cancelled'],
    });
  });

  it('records the retirements, three of them early, one withdrawn', async () => {
    const { retirements } = await get<{ retirements: { mpName: string; status: string; emeritusEligible: boolean }[] }>('/emeritus/register', HQ);
    expect(retirements.map(({ mpName, status, emeritusEligible }) => ({ mpName, status, emeritusEligible }))).toStrictEqual(
      plan.retirements.map((retirement) => ({ mpName: retirement.mpName, status: retirement.withdrawal ? 'withdrawn' : 'active', emeritusEligible: retirement.early })),
    );
  });

  it('levies all 300 donations at 3%, to the exact sum of the plan', async () => {
    const donations = [...plan.importedDonations, ...plan.donationsByHand];
    const raisedPence = donations.reduce((total, donation) => total + donation.amountPence, 0);
    const balance = await get<Balance>('/fund/balance', FINANCE);
    const flagged = await get<{ permissibilityCheck: string }>(`/fund/donations/${donations.find((donation) => donation.amountPence > 50_000)?.donationId}`, FINANCE);
    expect({ count: balance.donationCount, raised: balance.raisedPence, levied: balance.leviedPence, flagged: flagged.permissibilityCheck }).toStrictEqual({
      count: 300,
      raised: raisedPence,
      levied: Math.floor((raisedPence * 300) / 10_000),
      flagged: 'required',
    });
  });

  it('has an application in every state, with the status each answers, paid by a second finance user', async () => {
    if (!outcome.loaded) throw new Error(outcome.message);
    const read = await Promise.all(
      outcome.summary.applications.map(async ({ applicationId, state }) => {
        const application = await get<ApplicationSummary & { disbursements: { by: string }[]; decidedBy?: string }>(`/fund/applications/${applicationId}`, FINANCE);
        return { state, status: application.status, payers: [...new Set(application.disbursements.map((payment) => payment.by))], decidedBy: application.decidedBy ?? null };
      }),
    );
    expect([...new Set(read.map((application) => application.state))].sort()).toStrictEqual([...APPLICATION_STATES].sort());
    expect(read.map(({ state, status }) => ({ state, status }))).toStrictEqual(read.map(({ state }) => ({ state, status: STATUS_OF[state].status })));
    expect(read.filter((application) => application.payers.length > 0).every((application) => application.payers.join() === 'fin-2' && application.decidedBy === 'fin-1')).toBe(true);
    const mine = await get<{ items: unknown[] }>('/fund/applications/mine', ['candidate', 'cand-1']);
    expect(mine.items.length).toBe(plan.applications.filter((application) => application.candidateId === 'cand-1').length);
  });

  it('changes nothing on a second run, and says the platform already holds data', async () => {
    if (cloud === undefined) throw new Error('no local cloud');
    const before = await holdings();
    const again = await loadDemoData({ apiUrl: cloud.apiUrl, token, today });
    expect(again).toStrictEqual({
      loaded: false,
      found: ['seats', 'emeritus settings', 'retirements', 'donations', 'levy rates'],
      message:
        'Demo data not loaded: the platform already holds data (seats, emeritus settings, retirements, donations, levy rates). To start again with the demo data alone: pnpm start --fresh --demo',
    });
    expect(await holdings()).toStrictEqual(before);
  });
});
