import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { localCloud } from '@platform/testing';
import type fc from 'fast-check';
import { fuzzRoutes } from './fuzz-routes.ts';
import { fuzzSettings } from './fuzz-settings.ts';
import { CALLERS, expectGatewayUp, fuzzRoute, tokensFor, type FuzzCaller, type FuzzTally } from './route-fuzzer.ts';
import type { FuzzRoute } from './route-requests.ts';
import { keyChanges, settledTableKeys } from './table-keys.ts';

// Issue #11, "make the class impossible": every route the local cloud serves, as every kind of caller, sent
// requests generated from its contract (valid, at the boundaries, hostile, malformed), through the real
// gateway, handlers and DynamoDB Local. The invariants hold for any request, so any seed may find a defect.
const cloud = localCloud();
const settings = fuzzSettings();
const routes = (await fuzzRoutes(cloud.served.routes)).filter((route) => settings.route === undefined || `${route.method} ${route.path}` === settings.route);
const tally: FuzzTally = { requests: 0, byStatus: {} };
let tokens: Record<FuzzCaller, fc.Arbitrary<string | undefined>>;
const started = Date.now();
// jest's 60 s per test is for a default run; `pnpm fuzz --runs 1000` needs room (a slow request is still caught).
const timeoutMs = 90_000 + settings.runs * CALLERS.length * 1_000;

const admits = (route: FuzzRoute, caller: FuzzCaller) => {
  const access = route.contract?.access;
  if (access === undefined || access === 'public') return true;
  return (access as readonly string[]).includes(caller);
};
const runsFor = (route: FuzzRoute, caller: FuzzCaller) => (admits(route, caller) ? settings.runs : Math.max(2, Math.ceil(settings.runs / 4)));

// The fuzzer shares the local cloud with every other integration test, so what it may change for good is kept
// as they expect it. Levy rates are never edited or removed, and the fund's tests levy at this one: a generated
// rate would re-rate their donations, so that route is sent only requests that must be refused (the rest of
// it is covered by its unit and integration tests). The selections and emeritus settings are put back after.
const RATE = { basisPoints: 300, effectiveFrom: '2020-01-01' };
const REFUSALS_ONLY = new Set(['PUT /fund/levy-rates']);
const SETTINGS = [
  { path: '/selections/settings', keep: ['party', 'contestedNations', 'uncontested'] },
  { path: '/emeritus/settings', keep: ['expectedElectionOn', 'earlyAnnouncementMonths'] },
];
const saved: { path: string; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  tokens = await tokensFor(cloud);
  const [staff, finance] = await Promise.all([cloud.token('hq-staff', 'fuzz-staff'), cloud.token('finance', 'fuzz-finance')]);
  // Before any generated donation is levied: a rate may not start on or before a levied donation's day.
  const rate = await cloud.request('PUT', '/fund/levy-rates', { token: finance, body: RATE });
  expect([200, 201].includes(rate.status)).toBe(true);
  for (const { path, keep } of SETTINGS) {
    const current = await cloud.request('GET', path, { token: staff });
    const body = current.body as Record<string, unknown>;
    if (current.status !== 200) continue;
    // Emeritus settings never saved answer their defaults with no election date, which no PUT takes: they are
    // put back with one two years on, and the early-announcement threshold the other suites judge by.
    const kept = Object.fromEntries(keep.filter((key) => key in body).map((key) => [key, body[key]]));
    if (kept['expectedElectionOn'] === null) kept['expectedElectionOn'] = new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10);
    saved.push({ path, body: kept });
  }
  const contracted = routes.filter((route) => route.contract !== undefined).length;
  console.log(
    `[fuzz] seed ${settings.seed}, ${settings.runs} requests per route and admitted caller; ${routes.length} routes (${contracted} from their contracts) × ${CALLERS.length} callers.` +
      ` Replay: pnpm fuzz --seed ${settings.seed} --runs ${settings.runs}`,
  );
});

afterAll(async () => {
  const staff = await cloud.token('hq-staff', 'fuzz-staff');
  for (const { path, body } of saved) expect((await cloud.request('PUT', path, { token: staff, body })).status).toBe(200);
  // Donations and events the fuzzing set off land before the next test file reads balances.
  await settledTableKeys(cloud);
}, 60_000);

describe('every route, sent requests bad whoever sends them', () => {
  it('refuses each with a problem+json 4xx and writes nothing to any table', async () => {
    // Prepare: the keys of every table, once the writes of earlier tests have settled
    const before = await settledTableKeys(cloud);
    // Act: only the requests that must be refused (malformed path encodings, not-JSON, unknown fields, …), to every writing route
    for (const route of routes.filter((candidate) => candidate.method !== 'GET')) {
      for (const caller of CALLERS) {
        await fuzzRoute(cloud, route, caller, tokens[caller], { seed: settings.seed, runs: runsFor(route, caller), refusalsOnly: true }, tally);
      }
    }
    await expectGatewayUp(cloud);
    // Assess
    expect(keyChanges(before, await settledTableKeys(cloud))).toStrictEqual({ added: [], removed: [] });
  }, timeoutMs * 4);
});

describe.each(routes)('$method $path, fuzzed', (route) => {
  it('never answers 5xx, refuses with problem+json, admits only the callers its access names, and the gateway stays up', async () => {
    for (const caller of CALLERS) {
      const refusalsOnly = REFUSALS_ONLY.has(`${route.method} ${route.path}`) && admits(route, caller);
      await fuzzRoute(cloud, route, caller, tokens[caller], { seed: settings.seed, runs: runsFor(route, caller), refusalsOnly }, tally);
    }
    await expectGatewayUp(cloud);
  }, timeoutMs);
});

describe('the fuzzing itself', () => {
  it('sent requests to every route and got answers of every class', () => {
    console.log(`[fuzz] ${tally.requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; by status ${JSON.stringify(tally.byStatus)}`);
    expect(routes.length > 0 && tally.requests >= routes.length * CALLERS.length).toBe(true);
  });
});
