import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { logger } from '@platform/kit';
import { httpEvent, lambdaContext } from '@platform/kit/testing';
import { decideApplication } from '../src/domain/application.ts';
import type { ScheduledSelection } from '../src/domain/selection-view.ts';
import { cancelApprovalHandler } from '../src/handlers/cancel-approval.ts';
import { countApplicationsHandler } from '../src/handlers/count-applications.ts';
import { decideApplicationHandler } from '../src/handlers/decide-application.ts';
import { disburseGrantHandler } from '../src/handlers/disburse-grant.ts';
import { getApplicationHandler } from '../src/handlers/get-application.ts';
import { getDiversityReportHandler } from '../src/handlers/get-diversity-report.ts';
import { listApplicationsHandler } from '../src/handlers/list-applications.ts';
import { listMyApplicationsHandler } from '../src/handlers/list-my-applications.ts';
import { submitApplicationHandler } from '../src/handlers/submit-application.ts';
import { withdrawApplicationHandler } from '../src/handlers/withdraw-application.ts';
import { bodyOf, claimsOf } from './fakes.ts';
import { InMemoryApplicationStore, InMemorySelectionViewStore } from './in-memory-application-store.ts';

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
const REQUEST = {
  seatId: 'E14000001',
  groups: ['women', 'prefer-to-describe'],
  describedAs: 'a Gypsy, Roma and Traveller heritage',
  purpose: 'childcare',
  amountRequestedPence: 50_000,
  statement: STATEMENT,
};

type Role = 'finance' | 'hq-staff' | 'candidate';

const setUp = () => {
  const selections = new InMemorySelectionViewStore();
  selections.views.set(SELECTION.selectionId, structuredClone(SELECTION));
  const applications = new InMemoryApplicationStore(selections);
  applications.availablePence = 100_000;
  const handlers = {
    submit: submitApplicationHandler(applications, selections),
    mine: listMyApplicationsHandler(applications),
    list: listApplicationsHandler(applications),
    counts: countApplicationsHandler(applications),
    get: getApplicationHandler(applications),
    withdraw: withdrawApplicationHandler(applications),
    decide: decideApplicationHandler(applications),
    disburse: disburseGrantHandler(applications),
    cancel: cancelApprovalHandler(applications),
    report: getDiversityReportHandler(applications),
  };
  const call = async (
    name: keyof typeof handlers,
    { role, sub, json, applicationId, query }: { role: Role; sub?: string; json?: unknown; applicationId?: string; query?: Record<string, string> },
  ) => {
    const response = await handlers[name](
      httpEvent({
        method: 'POST',
        path: '/fund/applications',
        claims: claimsOf(role, sub),
        ...(json === undefined ? {} : { json }),
        ...(applicationId === undefined ? {} : { pathParameters: { applicationId } }),
        ...(query === undefined ? {} : { queryStringParameters: query }),
      }),
      lambdaContext(),
    );
    return { status: response.statusCode, body: bodyOf(response) };
  };
  /** A submitted application of `cand-1`'s, by id. */
  const apply = async (sub = 'cand-1', overrides: Record<string, unknown> = {}) => {
    const { status, body } = await call('submit', { role: 'candidate', sub, json: { ...REQUEST, ...overrides } });
    if (status !== 201) throw new Error(`apply answered ${status}: ${JSON.stringify(body)}`);
    return String(body['applicationId']);
  };
  return { selections, applications, call, apply };
};

describe('the Diversity Fund application routes', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  describe('POST /fund/applications', () => {
    it('records the application against the seat\'s open selection and answers 201 with it as the candidate sees it', async () => {
      // Prepare
      const { applications, call } = setUp();
      // Act
      const { status, body } = await call('submit', { role: 'candidate', sub: 'cand-1', json: REQUEST });
      // Assess
      const applicationId = String(body['applicationId']);
      expect({ status, body }).toStrictEqual({
        status: 201,
        body: {
          applicationId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
          seatId: 'E14000001',
          seatName: 'Aldershot',
          groups: ['women', 'prefer-to-describe'],
          describedAs: 'a Gypsy, Roma and Traveller heritage',
          purpose: 'childcare',
          amountRequestedPence: 50_000,
          statement: STATEMENT,
          status: 'submitted',
          submittedAt: '2026-06-01T12:00:00.000Z',
          approvedPence: 0,
          disbursedPence: 0,
          remainingPence: 0,
          history: [{ at: '2026-06-01T12:00:00.000Z', by: 'you', action: 'submitted', outcome: 'awaiting-decision', reason: null, amountPence: 50_000 }],
        },
      });
      expect(applications.applications.get(applicationId)).toMatchObject({ candidateId: 'cand-1', selectionId: 'sel-1', region: 'South East' });
    });

    it('fails with 422 saying why when the seat has no open selection: none, cancelled, or complete', async () => {
      // Prepare
      const { selections, call } = setUp();
      selections.views.set('sel-2', { status: 'cancelled', selectionId: 'sel-2', seatId: 'E14000002', reason: 'withdrawn', occurredAt: '2026-05-02T09:00:00.000Z' });
      selections.views.set('sel-3', { ...SELECTION, selectionId: 'sel-3', seatId: 'E14000003', resultEndsOn: '2026-05-31' });
      // Act
      const answers = await Promise.all(
        ['E14000009', 'E14000002', 'E14000003'].map(async (seatId) => {
          const { status, body } = await call('submit', { role: 'candidate', json: { ...REQUEST, seatId } });
          return [status, body['detail']];
        }),
      );
      // Assess
      const rule = 'a candidate can apply only for a seat whose selection is scheduled and not yet complete';
      expect(answers).toStrictEqual([
        [422, `no selection is scheduled in seat E14000009; ${rule}`],
        [422, `the selection in seat E14000002 was cancelled; ${rule}`],
        [422, `the selection in seat E14000003 is complete: its result phase ended on 2026-05-31; ${rule}`],
      ]);
    });

    it('fails with 422 when the selection is cancelled between the check and the write, writing nothing', async () => {
      // Prepare
      const { selections, applications, call } = setUp();
      applications.beforeNextWrite = () => {
        selections.views.set('sel-1', { status: 'cancelled', selectionId: 'sel-1', seatId: 'E14000001', reason: 'withdrawn', occurredAt: '2026-06-01T11:00:00.000Z' });
      };
      // Act
      const { status } = await call('submit', { role: 'candidate', json: REQUEST });
      // Assess
      expect({ status, stored: applications.applications.size }).toStrictEqual({ status: 422, stored: 0 });
    });

    it('fails with 400 listing every problem with the body, writing nothing', async () => {
      // Prepare
      const { applications, call } = setUp();
      // Act
      const { status, body } = await call('submit', { role: 'candidate', json: { seatId: 'nowhere', groups: [], purpose: 'childcare', amountRequestedPence: -5 } });
      // Assess
      expect({ status, errors: body['errors'] }).toStrictEqual({
        status: 400,
        errors: [
          { path: ['body', 'seatId'], message: 'a GSS code is a country letter (E, N, S, W) and eight digits, e.g. E14001063' },
          { path: ['body', 'groups'], message: 'choose at least one group' },
          { path: ['body', 'amountRequestedPence'], message: 'Too small: expected number to be >0' },
          { path: ['body', 'statement'], message: 'Invalid input: expected string, received undefined' },
        ],
      });
      expect(applications.applications.size).toBe(0);
    });

    it.each(['finance', 'hq-staff'] as const)('fails with 403 for %s, before looking at the body', async (role) => {
      const { call } = setUp();
      const { status } = await call('submit', { role, json: {} });
      expect(status).toBe(403);
    });

    it('logs neither the groups, the description nor the statement, whether the application is accepted or refused', async () => {
      // Prepare: every call to the container's logger captured, whatever its level (tests run it silent)
      const { call } = setUp();
      const log = logger();
      const spies = (['debug', 'info', 'warn', 'error', 'critical'] as const).map((level) => jest.spyOn(log, level));
      let logs: string;
      try {
        // Act: one accepted, one refused by a rule, one refused as malformed
        await call('submit', { role: 'candidate', json: REQUEST });
        await call('submit', { role: 'candidate', json: { ...REQUEST, seatId: 'E14000009' } });
        await call('submit', { role: 'candidate', json: { ...REQUEST, groups: ['women', 'women'], describedAs: undefined } });
        logs = JSON.stringify(spies.flatMap((spy) => spy.mock.calls));
      } finally {
        for (const spy of spies) spy.mockRestore();
      }
      // Assess: the logs were written (so this test can fail), and hold none of it
      expect(logs).toContain('application submitted');
      expect(logs).toContain('request refused');
      for (const secret of [STATEMENT, 'Gypsy', 'women', 'prefer-to-describe']) expect({ secret, logged: logs.includes(secret) }).toStrictEqual({ secret, logged: false });
    });
  });

  describe('GET /fund/applications/{applicationId} and /fund/applications/mine', () => {
    it('shows a candidate their own application, and answers another candidate 404 exactly as for an id that does not exist', async () => {
      // Prepare
      const { call, apply } = setUp();
      const applicationId = await apply('cand-1');
      // Act
      const own = await call('get', { role: 'candidate', sub: 'cand-1', applicationId });
      const other = await call('get', { role: 'candidate', sub: 'cand-2', applicationId });
      const missing = await call('get', { role: 'candidate', sub: 'cand-2', applicationId: '019e830e-1a00-7fff-bfff-ffffffffffff' });
      // Assess
      expect({ status: own.status, statement: own.body['statement'] }).toStrictEqual({ status: 200, statement: STATEMENT });
      expect({ status: other.status, detail: other.body['detail'] }).toStrictEqual({ status: 404, detail: `there is no application ${applicationId}` });
      expect({ status: missing.status, detail: missing.body['detail'] }).toStrictEqual({ status: 404, detail: 'there is no application 019e830e-1a00-7fff-bfff-ffffffffffff' });
    });

    it('shows finance any application with the applicant and staff ids, and refuses HQ staff', async () => {
      const { call, apply } = setUp();
      const applicationId = await apply('cand-1');
      const finance = await call('get', { role: 'finance', applicationId });
      const staff = await call('get', { role: 'hq-staff', applicationId });
      expect({ status: finance.status, candidateId: finance.body['candidateId'], history: finance.body['history'] }).toStrictEqual({
        status: 200,
        candidateId: 'cand-1',
        history: [{ at: '2026-06-01T12:00:00.000Z', by: 'cand-1', action: 'submitted', outcome: 'awaiting-decision', reason: null, amountPence: 50_000 }],
      });
      expect(staff.status).toBe(403);
    });

    it('fails with 400 on an id that is not a UUID', async () => {
      const { call } = setUp();
      const { status, body } = await call('get', { role: 'finance', applicationId: 'app-1' });
      expect({ status, errors: body['errors'] }).toStrictEqual({ status: 400, errors: [{ path: ['path', 'applicationId'], message: 'Invalid UUID' }] });
    });

    it('lists a candidate\'s own applications only', async () => {
      const { call, apply } = setUp();
      const first = await apply('cand-1');
      await apply('cand-2');
      jest.setSystemTime(new Date(NOW.getTime() + 1_000));
      const second = await apply('cand-1', { purpose: 'travel' });
      const { status, body } = await call('mine', { role: 'candidate', sub: 'cand-1' });
      expect({ status, ids: (body['items'] as { applicationId: string }[]).map((item) => item.applicationId) }).toStrictEqual({ status: 200, ids: [first, second] });
    });
  });

  describe('GET /fund/applications', () => {
    it('lists applications for finance, filtered by status, seat, group and purpose, in pages', async () => {
      // Prepare
      const { call, apply } = setUp();
      const ids = [];
      for (const [index, overrides] of [{}, { purpose: 'travel' }, { groups: ['disabled'], describedAs: undefined }, {}].entries()) {
        jest.setSystemTime(new Date(NOW.getTime() + index * 1_000));
        ids.push(await apply(`cand-${index}`, overrides));
      }
      await call('decide', { role: 'finance', applicationId: ids[3], json: { decision: 'reject', reason: 'not eligible' } });
      // Act
      const listed = async (query: Record<string, string>) => {
        const { status, body } = await call('list', { role: 'finance', query });
        return { status, ids: (body['items'] as { applicationId: string }[]).map((item) => item.applicationId), next: body['next'] };
      };
      const firstPage = await listed({ limit: '2' });
      // Assess
      expect(firstPage).toStrictEqual({ status: 200, ids: [ids[0], ids[1]], next: expect.any(String) });
      expect(await listed({ limit: '2', next: String(firstPage.next) })).toStrictEqual({ status: 200, ids: [ids[2], ids[3]], next: null });
      expect(await listed({ status: 'submitted', purpose: 'childcare' })).toStrictEqual({ status: 200, ids: [ids[0], ids[2]], next: null });
      expect(await listed({ group: 'disabled', seatId: 'E14000001' })).toStrictEqual({ status: 200, ids: [ids[2]], next: null });
    });

    it('lists the applications at a stage, in a region: an approved grant apart from one part paid', async () => {
      // Prepare: two approved, one of them part paid by a second finance user, and one in another region
      const { call, apply, selections } = setUp();
      selections.views.set('sel-2', { ...structuredClone(SELECTION), selectionId: 'sel-2', seatId: 'W07000041', seatName: 'Ynys Môn', region: 'Wales' });
      const ids = [];
      for (const [index, overrides] of [{}, {}, {}, { seatId: 'W07000041' }].entries()) {
        jest.setSystemTime(new Date(NOW.getTime() + index * 1_000));
        ids.push(await apply(`cand-${index}`, overrides));
      }
      for (const id of [ids[0], ids[1], ids[3]]) await call('decide', { role: 'finance', sub: 'fin-1', applicationId: id, json: { decision: 'approve', amountPence: 10_000 } });
      await call('disburse', { role: 'finance', sub: 'fin-2', applicationId: ids[1], json: { amountPence: 2_500 } });
      const listed = async (query: Record<string, string>) => {
        const { status, body } = await call('list', { role: 'finance', query });
        return { status, ids: (body['items'] as { applicationId: string }[]).map((item) => item.applicationId) };
      };
      // Act
      const stages = {
        awaitingPayment: await listed({ stage: 'awaiting-payment' }),
        partPaid: await listed({ stage: 'part-paid' }),
        awaitingPaymentInWales: await listed({ stage: 'awaiting-payment', region: 'Wales' }),
        awaitingDecisionInTheSouthEast: await listed({ stage: 'awaiting-decision', region: 'South East' }),
      };
      // Assess
      expect(stages).toStrictEqual({
        awaitingPayment: { status: 200, ids: [ids[0], ids[3]] },
        partPaid: { status: 200, ids: [ids[1]] },
        awaitingPaymentInWales: { status: 200, ids: [ids[3]] },
        awaitingDecisionInTheSouthEast: { status: 200, ids: [ids[2]] },
      });
    });

    it('fails with 400 listing every bad filter, and with 403 for a candidate', async () => {
      const { call } = setUp();
      const bad = await call('list', { role: 'finance', query: { status: 'lost', limit: '0', colour: 'red' } });
      const candidate = await call('list', { role: 'candidate' });
      expect({ status: bad.status, paths: (bad.body['errors'] as { path: string[] }[]).map((error) => error.path.join('.')), candidate: candidate.status }).toStrictEqual({
        status: 400,
        paths: ['query.status', 'query.limit', 'query'],
        candidate: 403,
      });
    });
  });

  describe('GET /fund/applications/counts', () => {
    it('counts the applications the filters select at every stage, and in all', async () => {
      // Prepare: one of each of four stages; one rejected for travel
      const { call, apply } = setUp();
      const ids = [];
      for (const [index, overrides] of [{}, {}, {}, { purpose: 'travel' }, {}].entries()) {
        jest.setSystemTime(new Date(NOW.getTime() + index * 1_000));
        ids.push(await apply(`cand-${index}`, overrides));
      }
      await call('decide', { role: 'finance', sub: 'fin-1', applicationId: ids[0], json: { decision: 'approve', amountPence: 10_000 } });
      await call('decide', { role: 'finance', sub: 'fin-1', applicationId: ids[1], json: { decision: 'approve', amountPence: 10_000 } });
      await call('disburse', { role: 'finance', sub: 'fin-2', applicationId: ids[1], json: { amountPence: 10_000 } });
      await call('decide', { role: 'finance', sub: 'fin-1', applicationId: ids[3], json: { decision: 'reject', reason: 'not eligible' } });
      await call('withdraw', { role: 'candidate', sub: 'cand-4', applicationId: ids[4] });
      // Act
      const all = await call('counts', { role: 'finance' });
      const childcare = await call('counts', { role: 'finance', query: { purpose: 'childcare', group: 'women', region: 'South East' } });
      const elsewhere = await call('counts', { role: 'finance', query: { region: 'Wales' } });
      // Assess
      expect({ status: all.status, body: all.body }).toStrictEqual({
        status: 200,
        body: { stages: { 'awaiting-decision': 1, 'awaiting-payment': 1, 'part-paid': 0, paid: 1, rejected: 1, withdrawn: 1, 'approval-cancelled': 0 }, total: 5 },
      });
      expect(childcare.body).toStrictEqual({ stages: { 'awaiting-decision': 1, 'awaiting-payment': 1, 'part-paid': 0, paid: 1, rejected: 0, withdrawn: 1, 'approval-cancelled': 0 }, total: 4 });
      expect(elsewhere.body).toStrictEqual({ stages: { 'awaiting-decision': 0, 'awaiting-payment': 0, 'part-paid': 0, paid: 0, rejected: 0, withdrawn: 0, 'approval-cancelled': 0 }, total: 0 });
    });

    it('fails with 400 on a bad filter or a stage (counts are by stage), and with 403 for a candidate', async () => {
      const { call } = setUp();
      const bad = await call('counts', { role: 'finance', query: { group: 'giants', stage: 'paid' } });
      const candidate = await call('counts', { role: 'candidate' });
      expect({ status: bad.status, paths: (bad.body['errors'] as { path: string[] }[]).map((error) => error.path.join('.')), candidate: candidate.status }).toStrictEqual({
        status: 400,
        paths: ['query.group', 'query'],
        candidate: 403,
      });
    });
  });

  describe('POST /fund/applications/{applicationId}/decision', () => {
    it('approves, committing the amount from the fund and publishing fund.grant-approved with no diversity data', async () => {
      // Prepare
      const { applications, call, apply } = setUp();
      const applicationId = await apply();
      // Act
      const { status, body } = await call('decide', { role: 'finance', sub: 'fin-a', applicationId, json: { decision: 'approve', amountPence: 40_000 } });
      // Assess
      expect({ status, outcome: body['status'], approvedPence: body['approvedPence'], decidedBy: body['decidedBy'] }).toStrictEqual({
        status: 200,
        outcome: 'approved',
        approvedPence: 40_000,
        decidedBy: 'fin-a',
      });
      expect({ available: applications.availablePence, committed: applications.committedPence }).toStrictEqual({ available: 60_000, committed: 40_000 });
      expect(applications.outbox.map(({ type, data, occurredAt }) => ({ type, data, occurredAt }))).toStrictEqual([
        { type: 'fund.grant-approved', data: { applicationId, seatId: 'E14000001', purpose: 'childcare', amountPence: 40_000 }, occurredAt: '2026-06-01T12:00:00.000Z' },
      ]);
    });

    it('fails with 409 showing the available balance when the fund cannot cover the approval, changing nothing', async () => {
      // Prepare
      const { applications, call, apply } = setUp();
      applications.availablePence = 39_999;
      const applicationId = await apply();
      // Act
      const { status, body } = await call('decide', { role: 'finance', applicationId, json: { decision: 'approve', amountPence: 40_000 } });
      // Assess
      expect({ status, detail: body['detail'], details: body['details'] }).toStrictEqual({
        status: 409,
        detail: 'a commitment of 40000p exceeds the 39999p available in the fund',
        details: { requestedPence: 40_000, availablePence: 39_999 },
      });
      expect({ status: applications.applications.get(applicationId)?.status, events: applications.outbox.length }).toStrictEqual({ status: 'submitted', events: 0 });
    });

    it('rejects with a reason, which the candidate then reads from the Diversity Fund panel', async () => {
      const { call, apply } = setUp();
      const applicationId = await apply();
      await call('decide', { role: 'finance', sub: 'fin-a', applicationId, json: { decision: 'reject', reason: 'the request is for campaign materials, which the fund does not pay for' } });
      const { body } = await call('get', { role: 'candidate', sub: 'cand-1', applicationId });
      expect(body['history']).toStrictEqual([
        { at: '2026-06-01T12:00:00.000Z', by: 'you', action: 'submitted', outcome: 'awaiting-decision', reason: null, amountPence: 50_000 },
        {
          at: '2026-06-01T12:00:00.000Z',
          by: 'Diversity Fund panel',
          action: 'considered',
          outcome: 'rejected',
          reason: 'the request is for campaign materials, which the fund does not pay for',
          amountPence: null,
        },
      ]);
    });

    it.each([
      ['a rejection without a reason', { decision: 'reject' }, [{ path: ['body', 'reason'], message: 'Invalid input: expected string, received undefined' }]],
      ['an amount in pounds', { decision: 'approve', amountPence: 12.5 }, [{ path: ['body', 'amountPence'], message: 'Invalid input: expected int, received number' }]],
      ['a zero amount', { decision: 'approve', amountPence: 0 }, [{ path: ['body', 'amountPence'], message: 'Too small: expected number to be >0' }]],
      ['an unknown decision', { decision: 'maybe' }, [{ path: ['body', 'decision'], message: "Invalid discriminator value. Expected 'approve' | 'reject'" }]],
    ])('fails with 400 on %s', async (_what, json, errors) => {
      const { call, apply } = setUp();
      const applicationId = await apply();
      const { status, body } = await call('decide', { role: 'finance', applicationId, json });
      expect({ status, errors: body['errors'] }).toStrictEqual({ status: 400, errors });
    });

    it('fails with 409 on a second decision, also when it loses a race with the first', async () => {
      // Prepare: another finance user's rejection lands between this approval's read and write
      const { applications, call, apply } = setUp();
      const applicationId = await apply();
      applications.beforeNextWrite = () => {
        const read = applications.applications.get(applicationId);
        if (read === undefined) throw new Error('the application should be stored');
        const rival = decideApplication(read, { decision: 'reject', reason: 'duplicate' }, { by: 'fin-b', at: '2026-06-01T11:59:59.000Z', movementId: 'm-rival' });
        applications.applications.set(applicationId, rival.application);
      };
      // Act
      const { status, body } = await call('decide', { role: 'finance', sub: 'fin-a', applicationId, json: { decision: 'approve', amountPence: 1_000 } });
      // Assess
      expect({ status, detail: body['detail'], details: body['details'] }).toStrictEqual({
        status: 409,
        detail: `application ${applicationId} is rejected; only an application not yet decided can be decided, and only once`,
        details: { applicationId, status: 'rejected' },
      });
      expect({ committed: applications.committedPence, events: applications.outbox.length }).toStrictEqual({ committed: 0, events: 0 });
    });

    it('fails with 403 when the finance user is the applicant', async () => {
      const { call, apply } = setUp();
      const applicationId = await apply('fin-x');
      const { status, body } = await call('decide', { role: 'finance', sub: 'fin-x', applicationId, json: { decision: 'approve', amountPence: 1_000 } });
      expect({ status, detail: body['detail'] }).toStrictEqual({ status: 403, detail: `application ${applicationId} is your own; another finance user must act on it` });
    });
  });

  describe('POST /fund/applications/{applicationId}/disbursements', () => {
    const approvedBy = async (setup: ReturnType<typeof setUp>, financeUser: string, amountPence = 40_000) => {
      const applicationId = await setup.apply();
      await setup.call('decide', { role: 'finance', sub: financeUser, applicationId, json: { decision: 'approve', amountPence } });
      return applicationId;
    };

    it('fails with 403 when the finance user who approved the grant tries to pay it (four eyes)', async () => {
      const setup = setUp();
      const applicationId = await approvedBy(setup, 'fin-a');
      const { status, body } = await setup.call('disburse', { role: 'finance', sub: 'fin-a', applicationId, json: { amountPence: 10_000 } });
      expect({ status, detail: body['detail'], committed: setup.applications.committedPence }).toStrictEqual({
        status: 403,
        detail: `four eyes: the grant of application ${applicationId} was approved by fin-a, so a different finance user must make its disbursements`,
        committed: 40_000,
      });
    });

    it('lets a second finance user pay part of the grant, publishing fund.grant-disbursed, and recognises the same payment retried', async () => {
      // Prepare
      const setup = setUp();
      const applicationId = await approvedBy(setup, 'fin-a');
      // Act
      const paid = await setup.call('disburse', { role: 'finance', sub: 'fin-b', applicationId, json: { amountPence: 10_000, disbursementId: 'bacs-1' } });
      const retried = await setup.call('disburse', { role: 'finance', sub: 'fin-b', applicationId, json: { amountPence: 10_000, disbursementId: 'bacs-1' } });
      const changed = await setup.call('disburse', { role: 'finance', sub: 'fin-b', applicationId, json: { amountPence: 9_999, disbursementId: 'bacs-1' } });
      // Assess
      expect({ status: paid.status, disbursed: paid.body['disbursedPence'], remaining: paid.body['remainingPence'], outcome: paid.body['status'] }).toStrictEqual({
        status: 201,
        disbursed: 10_000,
        remaining: 30_000,
        outcome: 'approved',
      });
      expect({ retried: retried.status, again: retried.body['disbursedPence'], changed: changed.status }).toStrictEqual({ retried: 200, again: 10_000, changed: 409 });
      expect(setup.applications.outbox.map(({ type, data }) => ({ type, data }))).toStrictEqual([
        { type: 'fund.grant-approved', data: { applicationId, seatId: 'E14000001', purpose: 'childcare', amountPence: 40_000 } },
        { type: 'fund.grant-disbursed', data: { applicationId, disbursementId: 'bacs-1', amountPence: 10_000, remainingPence: 30_000 } },
      ]);
      expect(setup.applications.ledger.map(({ kind, amountPence }) => [kind, amountPence])).toStrictEqual([
        ['commit', 40_000],
        ['disburse', 10_000],
      ]);
    });

    it('fails with 409 on a payment of more than is left of the grant, and on a grant not approved', async () => {
      const setup = setUp();
      const applicationId = await approvedBy(setup, 'fin-a');
      const undecided = await setup.apply();
      const tooMuch = await setup.call('disburse', { role: 'finance', sub: 'fin-b', applicationId, json: { amountPence: 40_001 } });
      const notApproved = await setup.call('disburse', { role: 'finance', sub: 'fin-b', applicationId: undecided, json: { amountPence: 1 } });
      expect([tooMuch.status, tooMuch.body['details'], notApproved.status, notApproved.body['details']]).toStrictEqual([
        409,
        { applicationId, remainingPence: 40_000 },
        409,
        { applicationId: undecided, status: 'submitted' },
      ]);
    });
  });

  describe('POST /fund/applications/{applicationId}/cancel-approval', () => {
    it('returns what was committed and not yet paid to the fund, with the reason the candidate reads', async () => {
      // Prepare
      const setup = setUp();
      const applicationId = await setup.apply();
      await setup.call('decide', { role: 'finance', sub: 'fin-a', applicationId, json: { decision: 'approve', amountPence: 40_000 } });
      await setup.call('disburse', { role: 'finance', sub: 'fin-b', applicationId, json: { amountPence: 15_000 } });
      // Act
      const { status, body } = await setup.call('cancel', { role: 'finance', sub: 'fin-a', applicationId, json: { reason: 'the candidate was not shortlisted' } });
      const seen = await setup.call('get', { role: 'candidate', sub: 'cand-1', applicationId });
      // Assess
      expect({ status, outcome: body['status'], released: body['releasedPence'], disbursed: body['disbursedPence'] }).toStrictEqual({
        status: 200,
        outcome: 'cancelled',
        released: 25_000,
        disbursed: 15_000,
      });
      expect({ available: setup.applications.availablePence, committed: setup.applications.committedPence }).toStrictEqual({ available: 85_000, committed: 0 });
      expect((seen.body['history'] as unknown[]).at(-1)).toStrictEqual({
        at: '2026-06-01T12:00:00.000Z',
        by: 'Diversity Fund panel',
        action: 'approval-cancelled',
        outcome: 'cancelled',
        reason: 'the candidate was not shortlisted',
        amountPence: 25_000,
      });
    });

    it('fails with 400 without a reason', async () => {
      const setup = setUp();
      const applicationId = await setup.apply();
      const { status, body } = await setup.call('cancel', { role: 'finance', applicationId, json: {} });
      expect({ status, errors: body['errors'] }).toStrictEqual({ status: 400, errors: [{ path: ['body', 'reason'], message: 'Invalid input: expected string, received undefined' }] });
    });
  });

  describe('POST /fund/applications/{applicationId}/withdraw', () => {
    it('lets the candidate withdraw their own undecided application, answering another candidate 404 and finance 403', async () => {
      // Prepare
      const setup = setUp();
      const applicationId = await setup.apply('cand-1');
      // Act
      const other = await setup.call('withdraw', { role: 'candidate', sub: 'cand-2', applicationId });
      const finance = await setup.call('withdraw', { role: 'finance', applicationId });
      const own = await setup.call('withdraw', { role: 'candidate', sub: 'cand-1', applicationId, json: { reason: 'I have found other support' } });
      const again = await setup.call('withdraw', { role: 'candidate', sub: 'cand-1', applicationId });
      // Assess
      expect([other.status, finance.status, own.status, own.body['status'], again.status]).toStrictEqual([404, 403, 200, 'withdrawn', 409]);
      expect((own.body['history'] as unknown[]).at(-1)).toStrictEqual({
        at: '2026-06-01T12:00:00.000Z',
        by: 'you',
        action: 'withdrawn',
        outcome: 'withdrawn',
        reason: 'I have found other support',
        amountPence: null,
      });
    });
  });

  describe('GET /fund/reports/diversity', () => {
    it('gives finance the report with small cells suppressed, and refuses a candidate', async () => {
      // Prepare
      const setup = setUp();
      for (let index = 0; index < 5; index++) await setup.apply(`cand-${index}`);
      // Act
      const report = await setup.call('report', { role: 'finance' });
      const candidate = await setup.call('report', { role: 'candidate' });
      // Assess
      expect({ status: report.status, total: report.body['total'], region: report.body['byRegion'] }).toStrictEqual({
        status: 200,
        total: { applications: 5, requestedPence: 250_000, approved: '<5', approvedPence: '<5', paid: '<5', disbursedPence: '<5' },
        region: [{ region: 'South East', applications: 5, requestedPence: 250_000, approved: '<5', approvedPence: '<5', paid: '<5', disbursedPence: '<5' }],
      });
      expect(candidate.status).toBe(403);
    });

    it('counts only the applications submitted in the months from and to, both whole', async () => {
      // Prepare: five in May, five on 1 June, one on 1 July
      const setup = setUp();
      const at = ['2026-05-31T23:59:59.000Z', '2026-06-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z'] as const;
      for (const [when, how] of [[at[0], 5], [at[1], 5], [at[2], 1]] as const) {
        jest.setSystemTime(new Date(when));
        for (let index = 0; index < how; index++) await setup.apply(`cand-${when}-${index}`);
      }
      // Act
      const june = await setup.call('report', { role: 'finance', query: { from: '2026-06', to: '2026-06' } });
      const fromMay = await setup.call('report', { role: 'finance', query: { from: '2026-05' } });
      const toMay = await setup.call('report', { role: 'finance', query: { to: '2026-05' } });
      // Assess
      expect([june, fromMay, toMay].map(({ status, body }) => ({ status, applications: (body['total'] as { applications: unknown }).applications }))).toStrictEqual([
        { status: 200, applications: 5 },
        { status: 200, applications: 11 },
        { status: 200, applications: 5 },
      ]);
    });

    it('fails with 400 on a month that is not YYYY-MM, and on a from after the to', async () => {
      const setup = setUp();
      const bad = await setup.call('report', { role: 'finance', query: { from: '2026-13', to: '2026-6' } });
      const backwards = await setup.call('report', { role: 'finance', query: { from: '2026-07', to: '2026-06' } });
      expect([bad, backwards].map(({ status, body }) => ({ status, errors: body['errors'] }))).toStrictEqual([
        {
          status: 400,
          errors: [
            { path: ['query', 'from'], message: 'a month as YYYY-MM, like 2027-04' },
            { path: ['query', 'to'], message: 'a month as YYYY-MM, like 2027-04' },
          ],
        },
        { status: 400, errors: [{ path: ['query', 'from'], message: 'from must be the same month as to or earlier' }] },
      ]);
    });
  });
});
