import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { routeKeyOf } from '@platform/kit/contract';
import type { RouteContract } from '@platform/kit/contract';
import { conformance, conforming, httpEvent, lambdaContext } from '@platform/kit/testing';
import { deadLetterRouteAnswers } from '@platform/kit/testing/dead-letter-route-suite';
import { getDeadLetter, listDeadLetters, redriveDeadLetters } from '../src/api/dead-letter-routes.ts';
import type { Conformance, HttpEventOptions } from '@platform/kit/testing';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { routes } from '../src/api/index.ts';
import { receiveDonation } from '../src/domain/donation.ts';
import { applyDelta, totalsDelta } from '../src/domain/fund-totals.ts';
import type { ScheduledSelection } from '../src/domain/selection-view.ts';
import { cancelApprovalHandler } from '../src/handlers/cancel-approval.ts';
import { decideApplicationHandler } from '../src/handlers/decide-application.ts';
import { disburseGrantHandler } from '../src/handlers/disburse-grant.ts';
import { getApplicationHandler } from '../src/handlers/get-application.ts';
import { getBalanceHandler } from '../src/handlers/get-balance.ts';
import { getDiversityReportHandler } from '../src/handlers/get-diversity-report.ts';
import { getDonationHandler } from '../src/handlers/get-donation.ts';
import { getLedgerHandler } from '../src/handlers/get-ledger.ts';
import { getMonthlyReportHandler } from '../src/handlers/get-monthly-report.ts';
import { listDonationsHandler } from '../src/handlers/list-donations.ts';
import { getReconciliationHandler } from '../src/handlers/get-reconciliation.ts';
import { getStatementHandler } from '../src/handlers/get-statement.ts';
import { importDonationsHandler } from '../src/handlers/import-donations.ts';
import { countApplicationsHandler } from '../src/handlers/count-applications.ts';
import { listApplicationsHandler } from '../src/handlers/list-applications.ts';
import { listLevyRatesHandler } from '../src/handlers/list-levy-rates.ts';
import { listMyApplicationsHandler } from '../src/handlers/list-my-applications.ts';
import { listOpenSelectionsHandler } from '../src/handlers/list-open-selections.ts';
import { recordDonationHandler } from '../src/handlers/record-donation.ts';
import { refundDonationHandler } from '../src/handlers/refund-donation.ts';
import { setLevyRateHandler } from '../src/handlers/set-levy-rate.ts';
import { submitApplicationHandler } from '../src/handlers/submit-application.ts';
import { withdrawApplicationHandler } from '../src/handlers/withdraw-application.ts';
import { eraseApplicationHandler } from '../src/handlers/erase-application.ts';
import { exportMyDataHandler } from '../src/handlers/export-my-data.ts';
import { getPrivacyPolicyHandler } from '../src/handlers/get-privacy-policy.ts';
import { listErasuresHandler } from '../src/handlers/list-erasures.ts';
import { InMemoryPrivacyStore } from './in-memory-privacy-store.ts';
import { bodyOf, claimsOf, FakeDonationClaims, FakeDonationQueue } from './fakes.ts';
import { InMemoryApplicationStore, InMemorySelectionViewStore } from './in-memory-application-store.ts';
import { InMemoryFundStore } from './in-memory-fund-store.ts';

// The real handlers' answers, checked against what each route's contract documents for the status it
// answered: a field a handler adds, drops or renames without its response schema fails here.
const contractOf = (routeKey: string): RouteContract => {
  const found = routes.find((route) => routeKeyOf(route) === routeKey);
  if (found === undefined) throw new Error(`no fund route ${routeKey}`);
  return found;
};

type Answer = [routeKey: string, response: APIGatewayProxyStructuredResultV2];

const NOW = new Date('2026-06-01T12:00:00.000Z');
const SELECTION: ScheduledSelection = {
  status: 'scheduled',
  selectionId: 'sel-1',
  seatId: 'E14000001',
  seatName: 'Aldershot',
  region: 'South East',
  timetableId: 'tt-1',
  opensOn: '2026-05-01',
  resultEndsOn: '2026-09-30',
  occurredAt: '2026-05-01T09:00:00.000Z',
};
const APPLICATION = {
  seatId: 'E14000001',
  groups: ['women', 'prefer-to-describe'],
  describedAs: 'a Gypsy, Roma and Traveller heritage',
  purpose: 'childcare',
  amountRequestedPence: 50_000,
  statement: 'I am a single parent on a low income and need childcare on selection evenings.',
};
const DONATION = { donationId: 'd-1', amountPence: 60_000, receivedOn: '2026-05-31', source: 'donation' } as const;
const CSV = 'donationId,amountPence,receivedOn,source\r\nd-2,1000,2026-05-30,membership\r\nd-3,-5,2026-05-30,donation\r\n';

/** The levy's routes: a rate, a donation levied and part refunded, an import, and every report. */
const aMonthOfTheLevy = async (answers: Answer[]): Promise<void> => {
  const funds = new InMemoryFundStore();
  const queue = new FakeDonationQueue();
  const context = lambdaContext();
  const call = async (routeKey: string, options: HttpEventOptions, handler: (event: ReturnType<typeof httpEvent>, ctx: typeof context) => Promise<APIGatewayProxyStructuredResultV2>) => {
    const response = await handler(httpEvent({ claims: claimsOf('finance'), ...options }), context);
    answers.push([routeKey, response]);
    return response;
  };
  const onDonation = (suffix = '', json?: unknown): HttpEventOptions => ({
    method: suffix === '' ? 'GET' : 'POST',
    path: `/fund/donations/d-1${suffix}`,
    routePath: `/fund/donations/{donationId}${suffix}`,
    pathParameters: { donationId: 'd-1' },
    ...(json === undefined ? {} : { json }),
  });

  await call('PUT /fund/levy-rates', { method: 'PUT', path: '/fund/levy-rates', json: { basisPoints: 300, effectiveFrom: '2026-01-01' } }, setLevyRateHandler(funds));
  await call('GET /fund/levy-rates', { path: '/fund/levy-rates' }, listLevyRatesHandler(funds));
  await call('POST /fund/donations', { method: 'POST', path: '/fund/donations', json: DONATION }, recordDonationHandler(funds, queue, new FakeDonationClaims()));
  // The fund's consumer levies what the route queued; here, as it would store it.
  const { donation, levy } = receiveDonation(DONATION, { rates: funds.state.rates, eventId: 'e-1', movementId: 'levy-d-1', now: NOW });
  funds.donations.set(donation.donationId, donation);
  funds.movements.push(levy);
  funds.state = { ...funds.state, totals: applyDelta(funds.state.totals, totalsDelta(levy)), latestReceivedOn: donation.receivedOn };
  await call('POST /fund/donations', { method: 'POST', path: '/fund/donations', json: DONATION }, recordDonationHandler(funds, queue, new FakeDonationClaims()));
  await call('GET /fund/donations', { path: '/fund/donations', queryStringParameters: { from: '2026-05-01', to: '2026-06-30' } }, listDonationsHandler(funds));
  await call('GET /fund/donations/{donationId}', onDonation(), getDonationHandler(funds));
  await call('POST /fund/donations/{donationId}/refunds', onDonation('/refunds', { amountPence: 500, refundedOn: '2026-06-01', refundId: 'r-1' }), refundDonationHandler(funds));
  await call('POST /fund/donations/{donationId}/refunds', onDonation('/refunds', { amountPence: 500, refundedOn: '2026-06-01', refundId: 'r-1' }), refundDonationHandler(funds));
  await call(
    'POST /fund/donations/import',
    { method: 'POST', path: '/fund/donations/import', body: CSV, headers: { 'content-type': 'text/csv' } },
    importDonationsHandler(queue),
  );
  await call('GET /fund/balance', { path: '/fund/balance' }, getBalanceHandler(funds));
  await call('GET /fund/ledger', { path: '/fund/ledger', queryStringParameters: { from: '2026-05-01', to: '2026-06-30' } }, getLedgerHandler(funds));
  await call('GET /fund/statement.csv', { path: '/fund/statement.csv', queryStringParameters: { from: '2026-05-01', to: '2026-06-30' } }, getStatementHandler(funds));
  await call('GET /fund/reconciliation', { path: '/fund/reconciliation' }, getReconciliationHandler(funds));
  await call('GET /fund/reports/monthly', { path: '/fund/reports/monthly', queryStringParameters: { from: '2026-05', to: '2026-06' } }, getMonthlyReportHandler(funds));
};

/** The grants' routes: two applications, one approved, part paid and cancelled, one withdrawn, and every read. */
const aRoundOfGrants = async (answers: Answer[]): Promise<void> => {
  const selections = new InMemorySelectionViewStore();
  selections.views.set(SELECTION.selectionId, structuredClone(SELECTION));
  const applications = new InMemoryApplicationStore(selections);
  applications.availablePence = 100_000;
  const context = lambdaContext();
  const call = async (
    routeKey: string,
    role: 'finance' | 'candidate',
    handler: (event: ReturnType<typeof httpEvent>, ctx: typeof context) => Promise<APIGatewayProxyStructuredResultV2>,
    { applicationId, json, query }: { applicationId?: string; json?: unknown; query?: Record<string, string> } = {},
  ) => {
    const path = routeKey.split(' ')[1]!;
    const response = await handler(
      httpEvent({
        method: routeKey.split(' ')[0]!,
        path: applicationId === undefined ? path : path.replace('{applicationId}', applicationId),
        routePath: path,
        claims: claimsOf(role, role === 'candidate' ? 'cand-1' : 'fin-1'),
        ...(applicationId === undefined ? {} : { pathParameters: { applicationId } }),
        ...(json === undefined ? {} : { json }),
        ...(query === undefined ? {} : { queryStringParameters: query }),
      }),
      context,
    );
    answers.push([routeKey, response]);
    return bodyOf(response);
  };

  await call('GET /fund/open-selections', 'candidate', listOpenSelectionsHandler(selections), { query: { search: 'alder' } });
  const applied = await call('POST /fund/applications', 'candidate', submitApplicationHandler(applications, selections), { json: APPLICATION });
  const other = await call('POST /fund/applications', 'candidate', submitApplicationHandler(applications, selections), { json: { ...APPLICATION, purpose: 'travel' } });
  const applicationId = String(applied['applicationId']);
  const otherId = String(other['applicationId']);
  await call('GET /fund/applications/mine', 'candidate', listMyApplicationsHandler(applications));
  await call('GET /fund/applications/{applicationId}', 'candidate', getApplicationHandler(applications), { applicationId });
  await call('GET /fund/applications', 'finance', listApplicationsHandler(applications));
  await call('GET /fund/applications/counts', 'finance', countApplicationsHandler(applications), { query: { region: 'South East' } });
  await call('POST /fund/applications/{applicationId}/decision', 'finance', decideApplicationHandler(applications), {
    applicationId,
    json: { decision: 'approve', amountPence: 40_000 },
  });
  // Four eyes: another member of finance pays it out.
  const disburse = disburseGrantHandler(applications);
  const paid = await (async () => {
    const response = await disburse(
      httpEvent({
        method: 'POST',
        path: `/fund/applications/${applicationId}/disbursements`,
        routePath: '/fund/applications/{applicationId}/disbursements',
        pathParameters: { applicationId },
        claims: claimsOf('finance', 'fin-2'),
        json: { amountPence: 10_000, disbursementId: 'pay-1' },
      }),
      context,
    );
    answers.push(['POST /fund/applications/{applicationId}/disbursements', response]);
    return response;
  })();
  expect(paid.statusCode).toBe(201);
  await call('GET /fund/applications/{applicationId}', 'finance', getApplicationHandler(applications), { applicationId });
  await call('POST /fund/applications/{applicationId}/cancel-approval', 'finance', cancelApprovalHandler(applications), {
    applicationId,
    json: { reason: 'the candidate stood down' },
  });
  await call('POST /fund/applications/{applicationId}/withdraw', 'candidate', withdrawApplicationHandler(applications), { applicationId: otherId, json: {} });
  await call('GET /fund/reports/diversity', 'finance', getDiversityReportHandler(applications));
};

/** The privacy routes: the policy, a candidate's erasure (withdrawing first) and copy, finance's erasure and audit. */
const privacyRights = async (answers: Answer[]): Promise<void> => {
  const selections = new InMemorySelectionViewStore();
  selections.views.set(SELECTION.selectionId, structuredClone(SELECTION));
  const applications = new InMemoryApplicationStore(selections);
  const privacy = new InMemoryPrivacyStore(applications);
  const context = lambdaContext();
  const call = async (
    routeKey: string,
    role: 'finance' | 'candidate' | undefined,
    handler: (event: ReturnType<typeof httpEvent>, ctx: typeof context) => Promise<APIGatewayProxyStructuredResultV2>,
    { applicationId, json }: { applicationId?: string; json?: unknown } = {},
  ) => {
    const path = routeKey.split(' ')[1]!;
    const response = await handler(
      httpEvent({
        method: routeKey.split(' ')[0]!,
        path: applicationId === undefined ? path : path.replace('{applicationId}', applicationId),
        routePath: path,
        ...(role === undefined ? {} : { claims: claimsOf(role, role === 'candidate' ? 'cand-1' : 'fin-1') }),
        ...(applicationId === undefined ? {} : { pathParameters: { applicationId } }),
        ...(json === undefined ? {} : { json }),
      }),
      context,
    );
    answers.push([routeKey, response]);
    return bodyOf(response);
  };
  await call('GET /fund/privacy', undefined, getPrivacyPolicyHandler(12));
  const submit = submitApplicationHandler(applications, selections);
  const first = String((await call('POST /fund/applications', 'candidate', submit, { json: APPLICATION }))['applicationId']);
  const second = String((await call('POST /fund/applications', 'candidate', submit, { json: APPLICATION }))['applicationId']);
  const erase = eraseApplicationHandler(applications, privacy);
  await call('POST /fund/applications/{applicationId}/erase', 'candidate', erase, { applicationId: first, json: { withdraw: true } });
  await call('POST /fund/applications/{applicationId}/erase', 'finance', erase, { applicationId: second, json: { withdraw: true, reason: 'letter of 1 June' } });
  await call('GET /fund/applications/mine/export', 'candidate', exportMyDataHandler(applications, privacy));
  await call('GET /fund/erasures', 'finance', listErasuresHandler(privacy));
};

const everyAnswer = async (): Promise<Answer[]> => {
  const answers: Answer[] = [];
  await aMonthOfTheLevy(answers);
  await aRoundOfGrants(answers);
  await privacyRights(answers);
  answers.push(...(await deadLetterRouteAnswers({ service: 'fund', role: 'finance', contracts: { listDeadLetters, getDeadLetter, redriveDeadLetters } })));
  return answers;
};

describe('the fund routes answer as their contracts document', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: NOW });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('answers every route with a documented status, media type and a body its response schema accepts', async () => {
    // Act
    const answers = await everyAnswer();
    // Assess
    const checked = answers.map(([routeKey, response]): [string, Conformance] => [routeKey, conformance(contractOf(routeKey), response)]);
    expect(checked).toStrictEqual(answers.map(([routeKey, response]) => [routeKey, conforming(response.statusCode ?? 0, routeKey.endsWith('.csv') ? 'text/csv' : 'application/json')]));
    expect(checked.map(([routeKey, { status }]) => `${status} ${routeKey}`)).toStrictEqual([
      '201 PUT /fund/levy-rates',
      '200 GET /fund/levy-rates',
      '202 POST /fund/donations',
      '200 POST /fund/donations',
      '200 GET /fund/donations',
      '200 GET /fund/donations/{donationId}',
      '201 POST /fund/donations/{donationId}/refunds',
      '200 POST /fund/donations/{donationId}/refunds',
      '202 POST /fund/donations/import',
      '200 GET /fund/balance',
      '200 GET /fund/ledger',
      '200 GET /fund/statement.csv',
      '200 GET /fund/reconciliation',
      '200 GET /fund/reports/monthly',
      '200 GET /fund/open-selections',
      '201 POST /fund/applications',
      '201 POST /fund/applications',
      '200 GET /fund/applications/mine',
      '200 GET /fund/applications/{applicationId}',
      '200 GET /fund/applications',
      '200 GET /fund/applications/counts',
      '200 POST /fund/applications/{applicationId}/decision',
      '201 POST /fund/applications/{applicationId}/disbursements',
      '200 GET /fund/applications/{applicationId}',
      '200 POST /fund/applications/{applicationId}/cancel-approval',
      '200 POST /fund/applications/{applicationId}/withdraw',
      '200 GET /fund/reports/diversity',
      '200 GET /fund/privacy',
      '201 POST /fund/applications',
      '201 POST /fund/applications',
      '200 POST /fund/applications/{applicationId}/erase',
      '200 POST /fund/applications/{applicationId}/erase',
      '200 GET /fund/applications/mine/export',
      '200 GET /fund/erasures',
      '200 GET /fund/dead-letters',
      '200 GET /fund/dead-letters/{queue}/{messageId}',
      '200 POST /fund/dead-letters/{queue}/redrive',
    ]);
  });

  it('exercises every route of the service', async () => {
    // Act
    const exercised = new Set((await everyAnswer()).map(([routeKey]) => routeKey));
    // Assess
    expect([...exercised].sort()).toStrictEqual(routes.map(routeKeyOf).sort());
  });
});
