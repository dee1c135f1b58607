import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import type { ScheduledSelection } from '../src/domain/selection-view.ts';
import { decideApplicationHandler } from '../src/handlers/decide-application.ts';
import { eraseApplicationHandler } from '../src/handlers/erase-application.ts';
import { eraseExpiredApplicationsHandler } from '../src/handlers/erase-expired-applications.ts';
import { exportMyDataHandler } from '../src/handlers/export-my-data.ts';
import { getDiversityReportHandler } from '../src/handlers/get-diversity-report.ts';
import { getPrivacyPolicyHandler } from '../src/handlers/get-privacy-policy.ts';
import { listErasuresHandler } from '../src/handlers/list-erasures.ts';
import { submitApplicationHandler } from '../src/handlers/submit-application.ts';
import { bodyOf, claimsOf } from './fakes.ts';
import { InMemoryApplicationStore, InMemorySelectionViewStore } from './in-memory-application-store.ts';
import { InMemoryPrivacyStore } from './in-memory-privacy-store.ts';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const SELECTION: ScheduledSelection = {
  status: 'scheduled',
  selectionId: 'sel-1',
  seatId: 'E14000001',
  seatName: 'Aldershot',
  region: 'South East',
  timetableId: 'tt-1',
  resultEndsOn: '2026-09-30',
  occurredAt: '2026-05-01T09:00:00.000Z',
};
const STATEMENT = 'I am a single parent on a low income and need childcare on selection evenings.';
const DESCRIBED_AS = 'a Gypsy, Roma and Traveller heritage';
const REQUEST = {
  seatId: 'E14000001',
  groups: ['women', 'prefer-to-describe'],
  describedAs: DESCRIBED_AS,
  purpose: 'childcare',
  amountRequestedPence: 50_000,
  statement: STATEMENT,
};

type Role = 'finance' | 'candidate';

const setUp = () => {
  const selections = new InMemorySelectionViewStore();
  selections.views.set(SELECTION.selectionId, structuredClone(SELECTION));
  const applications = new InMemoryApplicationStore(selections);
  applications.availablePence = 1_000_000;
  const privacy = new InMemoryPrivacyStore(applications);
  const handlers = {
    policy: getPrivacyPolicyHandler(12),
    submit: submitApplicationHandler(applications, selections),
    decide: decideApplicationHandler(applications),
    erase: eraseApplicationHandler(applications, privacy),
    export: exportMyDataHandler(applications, privacy),
    erasures: listErasuresHandler(privacy),
    report: getDiversityReportHandler(applications, privacy),
  };
  const call = async (
    name: keyof typeof handlers,
    { role, sub, json, applicationId, query }: { role?: Role; sub?: string; json?: unknown; applicationId?: string; query?: Record<string, string> } = {},
  ) => {
    const response = await handlers[name](
      httpEvent({
        method: 'POST',
        path: '/fund/applications',
        ...(role === undefined ? {} : { claims: claimsOf(role, sub) }),
        ...(json === undefined ? {} : { json }),
        ...(applicationId === undefined ? {} : { pathParameters: { applicationId } }),
        ...(query === undefined ? {} : { queryStringParameters: query }),
      }),
      lambdaContext(),
    );
    return { status: response.statusCode, body: bodyOf(response) };
  };
  const apply = async (sub = 'cand-1', overrides: Record<string, unknown> = {}) => {
    const { status, body } = await call('submit', { role: 'candidate', sub, json: { ...REQUEST, ...overrides } });
    if (status !== 201) throw new Error(`apply answered ${status}: ${JSON.stringify(body)}`);
    return String(body['applicationId']);
  };
  const reject = async (applicationId: string) => {
    const { status } = await call('decide', { role: 'finance', sub: 'fin-1', applicationId, json: { decision: 'reject', reason: 'The fund is committed elsewhere.' } });
    if (status !== 200) throw new Error(`decide answered ${status}`);
  };
  const eraseSchedule = (months = 12) => eraseExpiredApplicationsHandler(applications, selections, privacy, months, () => new Date());
  return { selections, applications, privacy, call, apply, reject, eraseSchedule };
};

describe('the Diversity Fund privacy routes', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  describe('GET /fund/privacy', () => {
    it('answers the policy with the configured period to anyone, signed in or not', async () => {
      const { call } = setUp();
      const { status, body } = await call('policy');
      expect(status).toBe(200);
      expect(body).toMatchObject({ retentionMonths: 12, specialCategoryFields: ['groups', 'describedAs', 'statement'], backupRetentionDays: 35 });
      expect(body['summary']).toBe(
        'We keep the groups you belong to, how you describe yourself and your statement for 12 months after your application is finished ' +
          'or its selection ends, whichever is later, and then erase them. We keep the amounts, dates and decisions, which the fund’s accounts need.',
      );
    });
  });

  describe('POST /fund/applications/{applicationId}/erase', () => {
    it('erases a candidate\'s own decided application, keeping the decision and its story, and records the erasure without the data', async () => {
      // Prepare
      const { applications, privacy, call, apply, reject } = setUp();
      const applicationId = await apply();
      await reject(applicationId);
      jest.setSystemTime(new Date('2026-06-02T08:00:00.000Z'));
      // Act
      const { status, body } = await call('erase', { role: 'candidate', sub: 'cand-1', applicationId });
      // Assess
      expect(status).toBe(200);
      expect(body).toMatchObject({ applicationId, status: 'rejected', groups: [], statement: '', erasure: { at: '2026-06-02T08:00:00.000Z', reason: 'candidate-request' } });
      expect(body).not.toHaveProperty('describedAs');
      const stored = applications.applications.get(applicationId);
      expect(stored?.history.map(({ action, outcome, reason }) => [action, outcome, reason])).toStrictEqual([
        ['submitted', 'awaiting-decision', null],
        ['considered', 'rejected', 'The fund is committed elsewhere.'],
      ]);
      expect({ decidedBy: stored?.decidedBy, amountRequestedPence: stored?.amountRequestedPence, groups: stored?.groups, statement: stored?.statement }).toStrictEqual({
        decidedBy: 'fin-1',
        amountRequestedPence: 50_000,
        groups: [],
        statement: '',
      });
      expect(privacy.records).toStrictEqual([
        {
          erasureId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          applicationId,
          data: 'special-category',
          fields: ['groups', 'describedAs', 'statement'],
          at: '2026-06-02T08:00:00.000Z',
          reason: 'candidate-request',
          by: 'cand-1',
          withdrawn: false,
        },
      ]);
      expect(JSON.stringify([...applications.applications.values(), privacy.records, [...privacy.tallies.values()]])).not.toMatch(/single parent|Gypsy/);
    });

    it("fails with 404 on another candidate's application, and erases nothing", async () => {
      const { applications, privacy, call, apply } = setUp();
      const applicationId = await apply('cand-1');
      const { status } = await call('erase', { role: 'candidate', sub: 'cand-2', applicationId, json: { withdraw: true } });
      expect(status).toBe(404);
      expect(applications.applications.get(applicationId)?.statement).toBe(STATEMENT);
      expect(privacy.records).toStrictEqual([]);
    });

    it('fails with 409 on an undecided application unless the candidate confirms it is withdrawn first', async () => {
      const { applications, privacy, call, apply } = setUp();
      const applicationId = await apply();
      const { status, body } = await call('erase', { role: 'candidate', sub: 'cand-1', applicationId });
      expect(status).toBe(409);
      expect(body['detail']).toBe(
        `application ${applicationId} is not yet decided, so it must be withdrawn before its data can be erased; confirm by asking again with withdraw: true, which withdraws it and then erases it`,
      );
      expect(applications.applications.get(applicationId)?.status).toBe('submitted');
      expect(privacy.records).toStrictEqual([]);
    });

    it('withdraws an undecided application and then erases it when the candidate confirms', async () => {
      const { privacy, call, apply } = setUp();
      const applicationId = await apply();
      const { status, body } = await call('erase', { role: 'candidate', sub: 'cand-1', applicationId, json: { withdraw: true } });
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'withdrawn', groups: [], statement: '', erasure: { reason: 'candidate-request' } });
      expect((body['history'] as { action: string; by: string }[]).map(({ action, by }) => [action, by])).toStrictEqual([
        ['submitted', 'you'],
        ['withdrawn', 'you'],
      ]);
      expect(privacy.records.map(({ withdrawn, by }) => ({ withdrawn, by }))).toStrictEqual([{ withdrawn: true, by: 'cand-1' }]);
    });

    it("fails with 422 when finance gives no reason for erasing on a candidate's behalf", async () => {
      const { privacy, call, apply, reject } = setUp();
      const applicationId = await apply();
      await reject(applicationId);
      const { status, body } = await call('erase', { role: 'finance', sub: 'fin-2', applicationId });
      expect({ status, detail: body['detail'] }).toStrictEqual({
        status: 422,
        detail: `finance erasing application ${applicationId} on the candidate's behalf must give the reason, such as the request's date and reference`,
      });
      expect(privacy.records).toStrictEqual([]);
    });

    it("lets finance erase on a candidate's behalf with the reason, recorded in the audit", async () => {
      const { privacy, call, apply, reject } = setUp();
      const applicationId = await apply();
      await reject(applicationId);
      const { status, body } = await call('erase', { role: 'finance', sub: 'fin-2', applicationId, json: { reason: 'Letter of 28 May 2026, ref DF-17' } });
      expect(status).toBe(200);
      expect(body).toMatchObject({ candidateId: 'cand-1', groups: [], statement: '', erasure: { reason: 'request-on-behalf' } });
      expect(privacy.records.map(({ by, note, reason }) => ({ by, note, reason }))).toStrictEqual([
        { by: 'fin-2', note: 'Letter of 28 May 2026, ref DF-17', reason: 'request-on-behalf' },
      ]);
    });

    it('changes nothing when asked again: the same answer, one audit record, the report\'s aggregate added to once', async () => {
      const { applications, privacy, call, apply, reject } = setUp();
      const applicationId = await apply();
      await reject(applicationId);
      const first = await call('erase', { role: 'candidate', sub: 'cand-1', applicationId });
      const stored = structuredClone(applications.applications.get(applicationId));
      const tallies = structuredClone([...privacy.tallies.values()]);
      jest.setSystemTime(new Date('2026-06-03T08:00:00.000Z'));
      const again = await call('erase', { role: 'candidate', sub: 'cand-1', applicationId });
      const byFinance = await call('erase', { role: 'finance', sub: 'fin-2', applicationId, json: { reason: 'A second letter' } });
      expect(again).toStrictEqual(first);
      expect(byFinance.status).toBe(200);
      expect(applications.applications.get(applicationId)).toStrictEqual(stored);
      expect(privacy.records).toHaveLength(1);
      expect([...privacy.tallies.values()]).toStrictEqual(tallies);
    });
  });

  describe('the report after erasure', () => {
    it('counts erased applications in their groups exactly as before', async () => {
      // Prepare: five rejected applications from women, one of them also describing herself
      const { call, apply, reject } = setUp();
      const ids: string[] = [];
      for (let index = 0; index < 5; index++) ids.push(await apply(`cand-${index}`, index === 0 ? {} : { groups: ['women'], describedAs: undefined }));
      for (const id of ids) await reject(id);
      const before = await call('report', { role: 'finance' });
      // Act
      for (const [index, applicationId] of ids.entries()) await call('erase', { role: 'candidate', sub: `cand-${index}`, applicationId });
      const after = await call('report', { role: 'finance' });
      // Assess
      expect(before.status).toBe(200);
      const { generatedAt: _before, ...expected } = before.body;
      const { generatedAt: _after, ...actual } = after.body;
      expect(actual).toStrictEqual(expected);
      expect((actual['byGroup'] as { group: string; applications: unknown }[]).find(({ group }) => group === 'women')?.applications).toBe(5);
    });
  });

  describe('GET /fund/applications/mine/export', () => {
    it('gives the candidate their own applications with what is not yet erased, and the erasures of the rest', async () => {
      const { call, apply, reject } = setUp();
      const kept = await apply('cand-1');
      const erased = await apply('cand-1');
      await apply('cand-2');
      await reject(erased);
      await call('erase', { role: 'candidate', sub: 'cand-1', applicationId: erased });
      const { status, body } = await call('export', { role: 'candidate', sub: 'cand-1' });
      expect(status).toBe(200);
      expect(body['candidateId']).toBe('cand-1');
      const applications = body['applications'] as Record<string, unknown>[];
      expect(applications.map(({ applicationId, statement, describedAs, groups }) => ({ applicationId, statement, describedAs, groups }))).toStrictEqual([
        { applicationId: kept, statement: STATEMENT, describedAs: DESCRIBED_AS, groups: ['women', 'prefer-to-describe'] },
        { applicationId: erased, statement: '', describedAs: undefined, groups: [] },
      ].sort((a, b) => a.applicationId.localeCompare(b.applicationId)));
      expect(body['erasures']).toStrictEqual([
        {
          erasureId: expect.any(String),
          applicationId: erased,
          data: 'special-category',
          fields: ['groups', 'describedAs', 'statement'],
          at: NOW.toISOString(),
          reason: 'candidate-request',
          withdrawn: false,
        },
      ]);
    });
  });

  describe('the scheduled erasure', () => {
    it('erases only the applications whose period has ended, once however often it runs, and finance can list each', async () => {
      // Prepare: one rejected now (selection ends 2026-09-30, so due 2027-09-30), one still undecided
      const { applications, call, apply, reject, eraseSchedule } = setUp();
      const finished = await apply('cand-1');
      const undecided = await apply('cand-2');
      await reject(finished);
      // Act
      jest.setSystemTime(new Date('2027-09-29T23:59:59.000Z'));
      const early = await eraseSchedule()();
      jest.setSystemTime(new Date('2027-09-30T02:30:00.000Z'));
      const due = await eraseSchedule()();
      const repeat = await eraseSchedule()();
      // Assess
      expect([early, due, repeat]).toStrictEqual([
        { due: 0, erased: 0 },
        { due: 1, erased: 1 },
        { due: 0, erased: 0 },
      ]);
      expect(applications.applications.get(finished)).toMatchObject({ groups: [], statement: '', erasure: { at: '2027-09-30T02:30:00.000Z', reason: 'retention-period-ended' } });
      expect(applications.applications.get(undecided)?.statement).toBe(STATEMENT);
      const listed = await call('erasures', { role: 'finance', query: { limit: '10' } });
      expect(listed.body).toStrictEqual({
        items: [
          {
            erasureId: expect.any(String),
            applicationId: finished,
            data: 'special-category',
            fields: ['groups', 'describedAs', 'statement'],
            at: '2027-09-30T02:30:00.000Z',
            reason: 'retention-period-ended',
            by: 'schedule',
            withdrawn: false,
          },
        ],
        next: null,
      });
    });
  });
});
