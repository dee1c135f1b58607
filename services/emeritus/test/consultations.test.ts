import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { lambdaContext } from '@platform/kit/testing';
import { closeConsultationHandler } from '../src/handlers/close-consultation.ts';
import { getConsultationCsvHandler } from '../src/handlers/get-consultation-csv.ts';
import { getConsultationHandler } from '../src/handlers/get-consultation.ts';
import { getConsultationResponseHandler } from '../src/handlers/get-consultation-response.ts';
import { listConsultationsHandler } from '../src/handlers/list-consultations.ts';
import { openConsultationHandler } from '../src/handlers/open-consultation.ts';
import { recordConsultationResponseHandler } from '../src/handlers/record-consultation-response.ts';
import type { InMemoryEmeritusStore } from './in-memory-emeritus-store.ts';
import { bodyOf, finance, request } from './requests.ts';
import { recordedRetirement, storeWith } from './sample-retirements.ts';

const OPENING = { title: 'Housing: the first draft', concerns: 'Manifesto section 4: homes', questions: ['What target?', 'Which tenures?'], closesOn: '2028-03-31' };
const context = lambdaContext();

const open = (store: InMemoryEmeritusStore, json: unknown = OPENING, claims?: Record<string, string>) =>
  openConsultationHandler(store)(request('POST', '/emeritus/consultations', { json, ...(claims === undefined ? {} : { claims }) }), context);

const onConsultation = (method: string, consultationId: string, suffix = '', json?: unknown, routeSuffix = suffix) =>
  request(method, `/emeritus/consultations/${consultationId}${suffix}`, {
    routePath: `/emeritus/consultations/{consultationId}${routeSuffix}`,
    pathParameters: { consultationId, ...(routeSuffix.includes('{mpId}') ? { mpId: suffix.split('/').at(-1)! } : {}) },
    ...(json === undefined ? {} : { json }),
  });

const respond = (store: InMemoryEmeritusStore, consultationId: string, mpId: string, text: string) =>
  recordConsultationResponseHandler(store)(onConsultation('PUT', consultationId, `/responses/${mpId}`, { text }, '/responses/{mpId}'), context);

// mp-1 and mp-2 announced early (the committee); mp-3 late; all before the consultation opens.
const committee = () =>
  storeWith(
    recordedRetirement('aaaaaaaa-0000-4000-8000-000000000001', 'mp-1', '2028-01-10'),
    recordedRetirement('bbbbbbbb-0000-4000-8000-000000000002', 'mp-2', '2028-02-01'),
    recordedRetirement('cccccccc-0000-4000-8000-000000000003', 'mp-3', '2028-07-01'),
  );

describe('consultations of the emeritus committee', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2028-03-01T09:00:00.000Z') });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('opens a consultation whose consultees are the committee, with the history entry', async () => {
    // Prepare
    const store = committee();
    // Act
    const response = await open(store);
    // Assess
    expect(response.statusCode).toBe(201);
    const body = bodyOf(response);
    const consultationId = String(body['consultationId']);
    expect(response.headers?.['location']).toBe(`/emeritus/consultations/${consultationId}`);
    expect(body).toStrictEqual({
      consultationId,
      ...OPENING,
      links: [],
      openedBy: 'staff-1',
      openedAt: '2028-03-01T09:00:00.000Z',
      closedEarly: null,
      status: 'open',
      closedAt: null,
      consultees: ['mp-1', 'mp-2'].map((mpId, index) => ({
        mpId,
        mpName: `MP ${mpId}`,
        seatId: 'E14001063',
        retirementId: index === 0 ? 'aaaaaaaa-0000-4000-8000-000000000001' : 'bbbbbbbb-0000-4000-8000-000000000002',
        addedBecause: 'on-the-committee-at-opening',
        addedAt: '2028-03-01T09:00:00.000Z',
        withdrawal: null,
        responded: false,
        response: null,
      })),
      consulteeCount: 2,
      respondedCount: 0,
    });
    expect(store.entries.map((entry) => [entry.action, entry.by])).toStrictEqual([['consultation-opened', 'staff-1']]);
  });

  it('fails with 400 listing every problem, a closing date in the past among them, writing nothing', async () => {
    // Prepare
    const store = committee();
    // Act
    const response = await open(store, { title: '', concerns: 'x', questions: [], links: [{ title: 'Paper', url: 'http://x.org' }], closesOn: '2028-02-01' });
    // Assess
    expect(response.statusCode).toBe(400);
    expect(bodyOf(response)['errors']).toStrictEqual([
      { path: ['body', 'title'], message: 'Too small: expected string to have >=1 characters' },
      { path: ['body', 'questions'], message: 'Too small: expected array to have >=1 items' },
      { path: ['body', 'links', 0, 'url'], message: 'must be an https:// web address' },
      { path: ['body', 'closesOn'], message: 'must be after today (today is 2028-03-01, UTC)' },
    ]);
    expect(store.consultationsById.size + store.entries.length).toBe(0);
  });

  it('fails with 400 on a closing date of today: it must be in the future', async () => {
    const response = await open(committee(), { ...OPENING, closesOn: '2028-03-01' });
    expect(bodyOf(response)['errors']).toStrictEqual([{ path: ['body', 'closesOn'], message: 'must be after today (today is 2028-03-01, UTC)' }]);
  });

  it('fails with 403 for a caller who is not HQ staff', async () => {
    expect((await open(committee(), OPENING, finance)).statusCode).toBe(403);
  });

  it('records a response on a member’s behalf (201), amends it (200) keeping every version, and shows it', async () => {
    // Prepare
    const store = committee();
    const consultationId = String(bodyOf(await open(store))['consultationId']);
    // Act
    const first = await respond(store, consultationId, 'mp-1', 'Aim higher.');
    jest.setSystemTime(new Date('2028-03-02T10:00:00.000Z'));
    const amended = await respond(store, consultationId, 'mp-1', 'Aim higher still.');
    const read = await getConsultationResponseHandler(store)(onConsultation('GET', consultationId, '/responses/mp-1', undefined, '/responses/{mpId}'), context);
    const page = bodyOf(await getConsultationHandler(store)(onConsultation('GET', consultationId), context));
    // Assess
    const v1 = { consultationId, mpId: 'mp-1', version: 1, text: 'Aim higher.', recordedBy: 'staff-1', recordedAt: '2028-03-01T09:00:00.000Z' };
    const v2 = { ...v1, version: 2, text: 'Aim higher still.', recordedAt: '2028-03-02T10:00:00.000Z' };
    expect([first.statusCode, bodyOf(first)]).toStrictEqual([201, { consultationId, mpId: 'mp-1', current: v1, versions: [v1] }]);
    expect([amended.statusCode, bodyOf(amended)]).toStrictEqual([200, { consultationId, mpId: 'mp-1', current: v2, versions: [v1, v2] }]);
    expect(bodyOf(read)).toStrictEqual(bodyOf(amended));
    const consultees = page['consultees'] as { mpId: string; responded: boolean; response: unknown }[];
    expect(consultees.map(({ mpId, responded, response }) => ({ mpId, responded, response }))).toStrictEqual([
      { mpId: 'mp-1', responded: true, response: { version: 2, text: 'Aim higher still.', recordedBy: 'staff-1', recordedAt: '2028-03-02T10:00:00.000Z', amended: true } },
      { mpId: 'mp-2', responded: false, response: null },
    ]);
    expect([page['respondedCount'], store.entries.map((entry) => entry.action)]).toStrictEqual([
      1,
      ['consultation-opened', 'consultation-response-recorded', 'consultation-response-recorded'],
    ]);
  });

  it('adds a member who joins while it is open, recorded as such, and keeps a member who withdraws, marked', async () => {
    // Prepare
    const store = committee();
    const consultationId = String(bodyOf(await open(store))['consultationId']);
    const joiner = { ...recordedRetirement('dddddddd-0000-4000-8000-000000000004', 'mp-4', '2028-03-05'), recordedAt: '2028-03-05T09:00:00.000Z' };
    store.register.set(joiner.retirementId, joiner);
    const leaver = store.register.get('bbbbbbbb-0000-4000-8000-000000000002')!;
    store.register.set(leaver.retirementId, {
      ...leaver,
      status: 'withdrawn',
      withdrawal: { withdrawnOn: '2028-03-06', reason: 'standing again', withdrawnBy: 'staff-1', withdrawnAt: '2028-03-06T10:00:00.000Z' },
    });
    jest.setSystemTime(new Date('2028-03-07T09:00:00.000Z'));
    // Act
    const page = bodyOf(await getConsultationHandler(store)(onConsultation('GET', consultationId), context));
    // Assess
    const consultees = page['consultees'] as { mpId: string; addedBecause: string; addedAt: string; withdrawal: unknown }[];
    expect(consultees.map(({ mpId, addedBecause, addedAt, withdrawal }) => ({ mpId, addedBecause, addedAt, withdrawal }))).toStrictEqual([
      { mpId: 'mp-1', addedBecause: 'on-the-committee-at-opening', addedAt: '2028-03-01T09:00:00.000Z', withdrawal: null },
      { mpId: 'mp-2', addedBecause: 'on-the-committee-at-opening', addedAt: '2028-03-01T09:00:00.000Z', withdrawal: { withdrawnOn: '2028-03-06', withdrawnAt: '2028-03-06T10:00:00.000Z' } },
      { mpId: 'mp-4', addedBecause: 'joined-while-open', addedAt: '2028-03-05T09:00:00.000Z', withdrawal: null },
    ]);
  });

  it('fails with 422 for a response from an MP who is not a consultee, writing nothing', async () => {
    const store = committee();
    const consultationId = String(bodyOf(await open(store))['consultationId']);
    const response = await respond(store, consultationId, 'mp-3', 'Hello.');
    expect([response.statusCode, bodyOf(response)['detail']]).toStrictEqual([
      422,
      `MP mp-3 is not a consultee of consultation ${consultationId}: only members of the emeritus committee when it opened, or who joined while it was open, are consulted`,
    ]);
    expect(store.versions.size).toBe(0);
  });

  it('closes early, showing who responded and who did not; responding or closing again is a 409', async () => {
    // Prepare
    const store = committee();
    const consultationId = String(bodyOf(await open(store))['consultationId']);
    await respond(store, consultationId, 'mp-2', 'Agreed.');
    jest.setSystemTime(new Date('2028-03-10T12:00:00.000Z'));
    // Act
    const closed = await closeConsultationHandler(store)(onConsultation('POST', consultationId, '/close'), context);
    const late = await respond(store, consultationId, 'mp-1', 'Too late.');
    const again = await closeConsultationHandler(store)(onConsultation('POST', consultationId, '/close'), context);
    // Assess
    const body = bodyOf(closed);
    expect([closed.statusCode, body['status'], body['closedAt'], body['closedEarly']]).toStrictEqual([
      200,
      'closed',
      '2028-03-10T12:00:00.000Z',
      { closedBy: 'staff-1', closedAt: '2028-03-10T12:00:00.000Z' },
    ]);
    expect((body['consultees'] as { mpId: string; responded: boolean }[]).map(({ mpId, responded }) => [mpId, responded])).toStrictEqual([
      ['mp-1', false],
      ['mp-2', true],
    ]);
    const refusal = `consultation ${consultationId} closed at 2028-03-10T12:00:00.000Z; responses can no longer be recorded or amended, and it cannot be closed again`;
    expect([late.statusCode, bodyOf(late)['detail'], again.statusCode, bodyOf(again)['detail']]).toStrictEqual([409, refusal, 409, refusal]);
    expect(store.entries.map((entry) => entry.action)).toStrictEqual(['consultation-opened', 'consultation-response-recorded', 'consultation-closed']);
  });

  it('closes by itself at the end of its closing date: a response the next day is a 409', async () => {
    const store = committee();
    const consultationId = String(bodyOf(await open(store))['consultationId']);
    jest.setSystemTime(new Date('2028-04-01T00:00:00.000Z'));
    const late = await respond(store, consultationId, 'mp-1', 'Too late.');
    expect([late.statusCode, bodyOf(late)['details']]).toStrictEqual([409, { consultationId, closedAt: '2028-04-01T00:00:00.000Z' }]);
  });

  it('exports the consultees and their responses as CSV, guarded against formulas', async () => {
    // Prepare
    const store = committee();
    const consultationId = String(bodyOf(await open(store))['consultationId']);
    await respond(store, consultationId, 'mp-1', '=1+1, and "more"\nsecond line');
    // Act
    const response = await getConsultationCsvHandler(store)(onConsultation('GET', consultationId, '/responses.csv'), context);
    // Assess
    expect(response.headers).toStrictEqual({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="emeritus-consultation-${consultationId}.csv"`,
      'x-correlation-id': 'corr-1',
    });
    expect(response.body).toBe(
      'MP id,Name,Seat,Consulted because,Added at,Withdrawn on,Responded,Version,Recorded by,Recorded at,Response\r\n' +
        `mp-1,MP mp-1,E14001063,on the committee at opening,2028-03-01T09:00:00.000Z,,yes,1,staff-1,2028-03-01T09:00:00.000Z,"'=1+1, and ""more""\nsecond line"\r\n` +
        'mp-2,MP mp-2,E14001063,on the committee at opening,2028-03-01T09:00:00.000Z,,no,,,,\r\n',
    );
  });

  it('fails with 404 for an unknown consultation on every route that names one', async () => {
    const store = committee();
    const id = '019b2c3d-4e5f-7a6b-8c7d-ffffffffffff';
    const statuses = await Promise.all([
      getConsultationHandler(store)(onConsultation('GET', id), context),
      closeConsultationHandler(store)(onConsultation('POST', id, '/close'), context),
      respond(store, id, 'mp-1', 'Hello.'),
      getConsultationResponseHandler(store)(onConsultation('GET', id, '/responses/mp-1', undefined, '/responses/{mpId}'), context),
      getConsultationCsvHandler(store)(onConsultation('GET', id, '/responses.csv'), context),
    ]);
    expect(statuses.map((response) => response.statusCode)).toStrictEqual([404, 404, 404, 404, 404]);
  });

  it('lists consultations newest first in pages, open or closed as asked, and refuses a forged cursor', async () => {
    // Prepare: three consultations a day apart; the first closed early
    const store = committee();
    const ids: string[] = [];
    for (const day of ['01', '02', '03']) {
      jest.setSystemTime(new Date(`2028-03-${day}T09:00:00.000Z`));
      ids.push(String(bodyOf(await open(store, { ...OPENING, title: `Consultation ${day}` }))['consultationId']));
    }
    await closeConsultationHandler(store)(onConsultation('POST', ids[0]!, '/close'), context);
    const list = (query: Record<string, string>) => listConsultationsHandler(store)(request('GET', '/emeritus/consultations', { query }), context);
    // Act
    const first = bodyOf(await list({ limit: '2' }));
    const second = bodyOf(await list({ limit: '2', next: String(first['next']) }));
    const onlyOpen = bodyOf(await list({ status: 'open' }));
    const forged = await list({ next: Buffer.from(JSON.stringify({ pk: 'MEETINGS', sk: `MEETING#${ids[0]}` })).toString('base64url') });
    // Assess
    const titles = (page: Record<string, unknown>) => (page['items'] as { title: string; status: string }[]).map(({ title, status }) => `${title} ${status}`);
    expect([titles(first), titles(second), second['next'], titles(onlyOpen)]).toStrictEqual([
      ['Consultation 03 open', 'Consultation 02 open'],
      ['Consultation 01 closed'],
      null,
      ['Consultation 03 open', 'Consultation 02 open'],
    ]);
    expect([forged.statusCode, (bodyOf(forged)['errors'] as { path: unknown }[]).map((error) => error.path)]).toStrictEqual([400, [['query', 'next']]]);
  });
});
