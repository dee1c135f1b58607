import { beforeAll, describe, expect, it } from '@jest/globals';
import { donationReceived } from '@platform/events';
import { eventually, localCloud } from '@platform/testing';
import fc from 'fast-check';
import { announceRetirement } from '../../services/emeritus/src/api/index.ts';
import { ApplicationRequest } from '../../services/fund/src/domain/application.ts';
import { recordPing } from '../../services/health/src/api/index.ts';
import { fuzzSettings } from './fuzz-settings.ts';
import { FIRST_DAY, valueFor, type JsonSchema } from './json-schema-arbitrary.ts';

// The other half of the fuzzer's invariants: a 2xx did what it said. For the routes whose effect a client
// reads back (a ping, a retirement, a donation once levied, an application), requests generated from the
// route's own schema, boundaries favoured, are sent; every one that is accepted reads back as sent, and every
// one that is not is a problem+json refusal. Refusals are allowed (a generated date may be in the future).
const cloud = localCloud();
const settings = fuzzSettings();
const numRuns = Math.max(4, Math.ceil(settings.runs / 2));
const run = `${settings.seed}-${Date.now().toString(36)}`;
const today = new Date().toISOString().slice(0, 10);
const schemaOf = (schema: { toJSONSchema: (params: object) => unknown }) => schema.toJSONSchema({ io: 'input', unrepresentable: 'any' }) as JsonSchema;
const dayUpTo = (last: string) => fc.date({ min: new Date(`${FIRST_DAY}T00:00:00Z`), max: new Date(`${last}T00:00:00Z`), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const options = (salt: number) => ({ seed: settings.seed + salt, numRuns });
const timeoutMs = 60_000 + numRuns * 3_000;

/** A refusal must be a 4xx problem whose status is the HTTP status. */
const expectRefusal = (answer: { status: number; contentType: string; body: unknown }, statuses: number[]) =>
  expect({
    status: statuses.includes(answer.status) ? 'a refusal' : answer.status,
    problem: answer.contentType.startsWith('application/problem+json') && (answer.body as { status?: number }).status === answer.status,
  }).toStrictEqual({ status: 'a refusal', problem: true });

let tokens: { staff: string; finance: string };
beforeAll(async () => {
  tokens = { staff: await cloud.token('hq-staff', 'fuzz-staff'), finance: await cloud.token('finance', 'fuzz-finance') };
});

describe('a 2xx reads back', () => {
  it('reads back each recorded ping as recorded, whatever its message', async () => {
    const token = await cloud.token('candidate', `fuzz-pinger-${run}`);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(valueFor(schemaOf(recordPing.body)) as fc.Arbitrary<{ message: string }>, async (body) => {
        const recorded = await cloud.request('POST', '/health/pings', { token, body });
        if (recorded.status !== 202) return expectRefusal(recorded, [400]);
        accepted += 1;
        const { pingId, message, recordedBy, recordedAt } = recorded.body as Record<string, unknown>;
        const read = await cloud.request('GET', `/health/pings/${pingId as string}`, { token });
        const stored = read.body as Record<string, unknown>;
        expect({ status: read.status, pingId: stored.pingId, message: stored.message, recordedBy: stored.recordedBy, recordedAt: stored.recordedAt }).toStrictEqual({ status: 200, pingId, message: body.message, recordedBy, recordedAt });
        expect(message).toBe(body.message);
      }),
      options(1),
    );
    // The schema's own values must get through sometimes, or nothing was read back.
    expect(accepted > 0).toBe(true);
  }, timeoutMs);

  it('reads back each recorded retirement exactly as its 201 answered', async () => {
    // Prepare: an election to judge announcements against
    const saved = await cloud.request('PUT', '/emeritus/settings', { token: tokens.staff, body: { expectedElectionOn: '2199-12-31', earlyAnnouncementMonths: 12 } });
    expect(saved.status).toBe(200);
    const bodies = fc.tuple(valueFor(schemaOf(announceRetirement.body)) as fc.Arbitrary<Record<string, unknown>>, dayUpTo(today), fc.uuid()).map(([body, announcedOn, id]) => ({
      ...body,
      // A fresh MP each time (one active retirement per MP), announced on a day the rule allows.
      mpId: `fuzz-${run}-${id}`,
      announcedOn,
    }));
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const created = await cloud.request('POST', '/emeritus/retirements', { token: tokens.staff, body });
        if (created.status !== 201) return expectRefusal(created, [400, 422]);
        accepted += 1;
        const { retirementId } = created.body as { retirementId: string };
        const read = await cloud.request('GET', `/emeritus/retirements/${retirementId}`, { token: tokens.staff });
        expect({ status: read.status, body: read.body }).toStrictEqual({ status: 200, body: created.body });
      }),
      options(2),
    );
    // The schema's own values must get through sometimes, or nothing was read back.
    expect(accepted > 0).toBe(true);
  }, timeoutMs);

  it('levies each accepted donation and reads it back with the amount, day and source sent', async () => {
    // Prepare: the rate every fund test levies at (the same rate again is a 200), in force today
    const rate = await cloud.request('PUT', '/fund/levy-rates', { token: tokens.finance, body: { basisPoints: 300, effectiveFrom: '2020-01-01' } });
    expect([200, 201].includes(rate.status)).toBe(true);
    const schema = schemaOf(donationReceived.data);
    const bodies = fc.tuple(valueFor(schema) as fc.Arbitrary<Record<string, unknown>>, fc.uuid()).map(([body, id]): Record<string, unknown> => ({ ...body, donationId: `fuzz-${run}-${id}`, receivedOn: today }));
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const recorded = await cloud.request('POST', '/fund/donations', { token: tokens.finance, body });
        if (recorded.status !== 202) return expectRefusal(recorded, [400]);
        accepted += 1;
        const read = await eventually(
          async () => {
            const answer = await cloud.request('GET', `/fund/donations/${body.donationId as string}`, { token: tokens.finance });
            return answer.status === 200 ? (answer.body as Record<string, unknown>) : undefined;
          },
          { what: `donation ${body.donationId as string} to be levied` },
        );
        const levy = read.levy as { rate: { basisPoints: number }; exactPence: string };
        expect({ donationId: read.donationId, amountPence: read.amountPence, receivedOn: read.receivedOn, source: read.source, exactPence: levy.exactPence }).toStrictEqual({
          donationId: body.donationId,
          amountPence: body.amountPence,
          receivedOn: today,
          source: body.source,
          // Levies are exact: a·r units of 1/10,000 p.
          exactPence: (Number(BigInt(body.amountPence as number) * BigInt(levy.rate.basisPoints)) / 10_000).toFixed(4),
        });
      }),
      options(3),
    );
    // The schema's own values must get through sometimes, or nothing was read back.
    expect(accepted > 0).toBe(true);
  }, timeoutMs);

  it("reads back each submitted application in the candidate's own view as submitted", async () => {
    // Prepare: a seat with a scheduled selection the fund has seen (the selection's event travels the outbox)
    const seatId = `E9${String(Date.now() % 10_000_000).padStart(7, '0')}`;
    const imported = await cloud.request('POST', '/selections/seats/import', {
      token: tokens.staff,
      body: `gss_code,name,region\n${seatId},Fuzz ${run},Yorkshire and The Humber\n`,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.status).toBe(200);
    const inFourYears = new Date(Date.now() + 4 * 365 * 86_400_000).toISOString().slice(0, 10);
    const drafted = await cloud.request('POST', '/selections/timetables', { token: tokens.staff, body: { from: today, expectedElection: inFourYears, completeMonthsBefore: 12, weeklyCapacity: 100, blackouts: [] } });
    expect(drafted.status).toBe(201);
    const published = await cloud.request('POST', `/selections/timetables/${(drafted.body as { timetableId: string }).timetableId}/publish`, { token: tokens.staff });
    expect(published.status).toBe(200);
    const probe = await cloud.token('candidate', `fuzz-probe-${run}`);
    const probeBody = { seatId, groups: ['women'], purpose: 'childcare', amountRequestedPence: 100, statement: 'A first application, to learn when the fund has seen the selection.' };
    await eventually(
      async () => ((await cloud.request('POST', '/fund/applications', { token: probe, body: probeBody })).status === 422 ? undefined : true),
      { what: `the fund to see the selection in ${seatId}`, timeoutMs: 30_000 },
    );
    let applicant = 0;
    // describedAs goes with prefer-to-describe only: a rule across fields, which JSON Schema does not state.
    const bodies = (valueFor(schemaOf(ApplicationRequest)) as fc.Arbitrary<Record<string, unknown>>).map(({ describedAs, ...body }) => ({
      ...body,
      ...((body.groups as string[]).includes('prefer-to-describe') ? { describedAs: describedAs ?? 'A group of my own' } : {}),
      seatId,
    }));
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        // A new candidate each time: a candidate applies once per selection.
        const token = await cloud.token('candidate', `fuzz-applicant-${run}-${(applicant += 1)}`);
        const submitted = await cloud.request('POST', '/fund/applications', { token, body });
        if (submitted.status !== 201) return expectRefusal(submitted, [400]);
        accepted += 1;
        const { applicationId } = submitted.body as { applicationId: string };
        const read = await cloud.request('GET', `/fund/applications/${applicationId}`, { token });
        const view = read.body as Record<string, unknown>;
        const sent = (view: Record<string, unknown>) => Object.fromEntries(Object.keys(body).map((key) => [key, view[key]]));
        expect({ status: read.status, status_: view.status, ...sent(view) }).toStrictEqual({ status: 200, status_: 'submitted', ...body });
      }),
      options(4),
    );
    // The schema's own values must get through sometimes, or nothing was read back.
    expect(accepted > 0).toBe(true);
  }, timeoutMs);
});
