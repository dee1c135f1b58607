import { randomInt, randomUUID } from 'node:crypto';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { selectionScheduled } from '@platform/events';
import { eventually, localCloud } from '@platform/testing';
import { addDays, calendarDateOf } from '../src/domain/dates.ts';

// Who may call each of the fund's routes, through the local cloud's gateway: one request per route and
// caller, and the no-token column. Requests are chosen to leave the shared fund's money alone: finance
// rejects rather than approves, and pays or cancels an undecided application (a 409, after the role check).
const cloud = localCloud();
const run = randomUUID().slice(0, 8);
const today = calendarDateOf(new Date());
// A seat no real constituency has (E97…), and a selection in it, announced straight onto the fund's inbox.
const seatId = `E97${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
const selectionId = randomUUID();

const callers = ['no token', 'candidate (owner)', 'another candidate', 'finance', 'hq-staff'] as const;
type Caller = (typeof callers)[number];
let tokens: Record<Caller, string | undefined>;
const ids = { read: '', withdraw: '', decide: '' };

const APPLICATION = { seatId, groups: ['working-class-low-income'], purpose: 'lost-earnings', amountRequestedPence: 20_000, statement: 'I would lose two weeks of wages.' };

const phases = () =>
  (['freeze', 'nominations', 'applications', 'shortlisting', 'hustings-and-ballot', 'result'] as const).map((name, index) => ({
    name,
    start: addDays(today, 30 + index * 14),
    end: addDays(today, 43 + index * 14),
  }));

beforeAll(async () => {
  tokens = {
    'no token': undefined,
    'candidate (owner)': await cloud.token('candidate', `authz-owner-${run}`),
    'another candidate': await cloud.token('candidate', `authz-other-${run}`),
    finance: await cloud.token('finance', `authz-finance-${run}`),
    'hq-staff': await cloud.token('hq-staff', `authz-staff-${run}`),
  };
  const scheduled = selectionScheduled.create(
    { selectionId, seatId, seatName: `Authorization Test ${run}`, nation: 'England', region: 'East Midlands', timetableId: randomUUID(), phases: phases() },
    { correlationId: run },
  );
  await cloud.sqs.send(new SendMessageCommand({ QueueUrl: cloud.ref('FundInboxQueue'), MessageBody: JSON.stringify(scheduled) }));
  await eventually(
    async () => {
      const { Item } = await cloud.dynamodb.send(
        new GetItemCommand({ TableName: cloud.ref('FundStoreTable'), Key: { pk: { S: `SEAT#${seatId}` }, sk: { S: `SELECTION#${selectionId}` } }, ConsistentRead: true }),
      );
      return Item;
    },
    { what: `the fund to see the selection in ${seatId}` },
  );
  for (const purpose of ['read', 'withdraw', 'decide'] as const) {
    const { status, body } = await cloud.request('POST', '/fund/applications', { token: tokens['candidate (owner)'], body: APPLICATION });
    if (status !== 201) throw new Error(`could not apply: ${status} ${JSON.stringify(body)}`);
    ids[purpose] = (body as { applicationId: string }).applicationId;
  }
});

type Row = { method: string; path: () => string; body?: unknown; headers?: Record<string, string>; expected: Partial<Record<Caller, number>> };

const finance = (status: number) => ({ 'no token': 401, 'candidate (owner)': 403, 'another candidate': 403, finance: status, 'hq-staff': 403 });

const ROWS: Record<string, Row> = {
  // Part 2: applications and grants.
  'POST /fund/applications': {
    method: 'POST',
    path: () => '/fund/applications',
    body: APPLICATION,
    expected: { 'no token': 401, 'candidate (owner)': 201, 'another candidate': 201, finance: 403, 'hq-staff': 403 },
  },
  'GET /fund/applications/mine': {
    method: 'GET',
    path: () => '/fund/applications/mine',
    expected: { 'no token': 401, 'candidate (owner)': 200, 'another candidate': 200, finance: 403, 'hq-staff': 403 },
  },
  'GET /fund/applications': { method: 'GET', path: () => `/fund/applications?seatId=${seatId}`, expected: finance(200) },
  'GET /fund/applications/{applicationId}': {
    method: 'GET',
    path: () => `/fund/applications/${ids.read}`,
    expected: { 'no token': 401, 'candidate (owner)': 200, 'another candidate': 404, finance: 200, 'hq-staff': 403 },
  },
  'POST /fund/applications/{applicationId}/withdraw': {
    method: 'POST',
    path: () => `/fund/applications/${ids.withdraw}/withdraw`,
    body: {},
    expected: { 'no token': 401, 'candidate (owner)': 200, 'another candidate': 404, finance: 403, 'hq-staff': 403 },
  },
  'POST /fund/applications/{applicationId}/decision': {
    method: 'POST',
    path: () => `/fund/applications/${ids.decide}/decision`,
    body: { decision: 'reject', reason: 'an authorization test' },
    expected: finance(200),
  },
  'POST /fund/applications/{applicationId}/disbursements': {
    method: 'POST',
    path: () => `/fund/applications/${ids.read}/disbursements`,
    body: { amountPence: 1 },
    // 409: the role check passed, and the application is not approved.
    expected: finance(409),
  },
  'POST /fund/applications/{applicationId}/cancel-approval': {
    method: 'POST',
    path: () => `/fund/applications/${ids.read}/cancel-approval`,
    body: { reason: 'an authorization test' },
    expected: finance(409),
  },
  'GET /fund/reports/diversity': { method: 'GET', path: () => '/fund/reports/diversity', expected: finance(200) },
  'GET /fund/reports/monthly': { method: 'GET', path: () => `/fund/reports/monthly?from=${today.slice(0, 7)}&to=${today.slice(0, 7)}`, expected: finance(200) },
  // Part 1: the levy and the ledger. The three routes that add donations or rates are sent invalid bodies,
  // so that finance's 400 shows the role check passed without changing the shared fund under other files.
  'GET /fund/balance': { method: 'GET', path: () => '/fund/balance', expected: finance(200) },
  'GET /fund/levy-rates': { method: 'GET', path: () => '/fund/levy-rates', expected: finance(200) },
  'GET /fund/ledger': { method: 'GET', path: () => `/fund/ledger?from=${today}&to=${today}&limit=1`, expected: finance(200) },
  'GET /fund/statement.csv': { method: 'GET', path: () => `/fund/statement.csv?from=${today}&to=${today}`, expected: finance(200) },
  'GET /fund/reconciliation': { method: 'GET', path: () => '/fund/reconciliation', expected: finance(200) },
  'GET /fund/donations/{donationId}': { method: 'GET', path: () => `/fund/donations/authz-${run}`, expected: finance(404) },
  'POST /fund/donations/{donationId}/refunds': {
    method: 'POST',
    path: () => `/fund/donations/authz-${run}/refunds`,
    body: { amountPence: 1 },
    expected: finance(404),
  },
  'POST /fund/donations': {
    method: 'POST',
    path: () => '/fund/donations',
    body: { donationId: `authz-${run}`, amountPence: -100, receivedOn: today, source: 'donation' },
    expected: finance(400),
  },
  'POST /fund/donations/import': {
    method: 'POST',
    path: () => '/fund/donations/import',
    body: `not,a,donations,header\nauthz-${run},100,${today},donation\n`,
    headers: { 'content-type': 'text/csv' },
    expected: finance(400),
  },
  'PUT /fund/levy-rates': {
    method: 'PUT',
    path: () => '/fund/levy-rates',
    body: { basisPoints: -300, effectiveFrom: '2020-01-01' },
    expected: finance(400),
  },
};

describe('who may call each fund route, through the local cloud', () => {
  it('answers each caller of each route as the table says', async () => {
    // Act: the rows one after another (the withdrawal and the decision change their application); the
    // callers of a row at once, since none of their answers depends on another's
    const actual: Record<string, Partial<Record<Caller, number>>> = {};
    for (const [route, row] of Object.entries(ROWS)) {
      const answers = await Promise.all(
        (Object.keys(row.expected) as Caller[]).map(async (caller) => {
          const token = tokens[caller];
          const response = await cloud.request(row.method, row.path(), {
            ...(token === undefined ? {} : { token }),
            ...(row.body === undefined ? {} : { body: row.body }),
            ...(row.headers === undefined ? {} : { headers: row.headers }),
          });
          return [caller, response.status] as const;
        }),
      );
      actual[route] = Object.fromEntries(answers);
    }
    // Assess
    expect(actual).toStrictEqual(Object.fromEntries(Object.entries(ROWS).map(([route, row]) => [route, row.expected])));
  });
});
