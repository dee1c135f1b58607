import './env.ts';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { routeKeyOf } from '@platform/kit/contract';
import type { RouteContract } from '@platform/kit/contract';
import { conformance, conforming } from '@platform/kit/testing';
import { deadLetterRouteAnswers } from '@platform/kit/testing/dead-letter-route-suite';
import { getDeadLetter, listDeadLetters, redriveDeadLetters } from '../src/api/dead-letter-routes.ts';
import type { Conformance } from '@platform/kit/testing';
import { lambdaContext } from '@platform/kit/testing';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { routes } from '../src/api/index.ts';
import { announceRetirementHandler } from '../src/handlers/announce-retirement.ts';
import { checkClauseVHandler } from '../src/handlers/check-clause-v.ts';
import { getCommitteeHandler } from '../src/handlers/get-committee.ts';
import { getHistoryHandler } from '../src/handlers/get-history.ts';
import { getRegisterHandler } from '../src/handlers/get-register.ts';
import { getRetirementHandler } from '../src/handlers/get-retirement.ts';
import { getSettingsHandler } from '../src/handlers/get-settings.ts';
import { putSettingsHandler } from '../src/handlers/put-settings.ts';
import { withdrawRetirementHandler } from '../src/handlers/withdraw-retirement.ts';
import { addAttendeeHandler } from '../src/handlers/add-attendee.ts';
import { closeConsultationHandler } from '../src/handlers/close-consultation.ts';
import { createMeetingHandler } from '../src/handlers/create-meeting.ts';
import { getAttendeeListCsvHandler } from '../src/handlers/get-attendee-list-csv.ts';
import { getConsultationCsvHandler } from '../src/handlers/get-consultation-csv.ts';
import { getConsultationHandler } from '../src/handlers/get-consultation.ts';
import { getConsultationResponseHandler } from '../src/handlers/get-consultation-response.ts';
import { getMeetingHandler } from '../src/handlers/get-meeting.ts';
import { listConsultationsHandler } from '../src/handlers/list-consultations.ts';
import { listMeetingsHandler } from '../src/handlers/list-meetings.ts';
import { openConsultationHandler } from '../src/handlers/open-consultation.ts';
import { recordConsultationResponseHandler } from '../src/handlers/record-consultation-response.ts';
import { removeAttendeeHandler } from '../src/handlers/remove-attendee.ts';
import { InMemoryEmeritusStore } from './in-memory-emeritus-store.ts';
import { bodyOf, request } from './requests.ts';

// The real handlers' answers, checked against what each route's contract documents for the status it
// answered: a field a handler adds, drops or renames without its response schema fails here.
const contractOf = (routeKey: string): RouteContract => {
  const found = routes.find((route) => routeKeyOf(route) === routeKey);
  if (found === undefined) throw new Error(`no emeritus route ${routeKey}`);
  return found;
};

type Answer = [routeKey: string, response: APIGatewayProxyStructuredResultV2];

/** A day in the life of the register: settings saved, two announcements, a withdrawal, every read. */
const aDayOfTheRegister = async (): Promise<Answer[]> => {
  const store = new InMemoryEmeritusStore();
  const context = lambdaContext();
  const answers: Answer[] = [];
  const call = async (routeKey: string, response: Promise<APIGatewayProxyStructuredResultV2>) => {
    const answered = await response;
    answers.push([routeKey, answered]);
    return answered.headers?.['content-type'] === 'application/json' ? bodyOf(answered) : {};
  };
  const onRetirement = (method: string, retirementId: string, suffix = '', json?: unknown) =>
    request(method, `/emeritus/retirements/${retirementId}${suffix}`, {
      routePath: `/emeritus/retirements/{retirementId}${suffix}`,
      pathParameters: { retirementId },
      ...(json === undefined ? {} : { json }),
    });

  await call('GET /emeritus/settings', getSettingsHandler(store)(request('GET', '/emeritus/settings'), context));
  await call('PUT /emeritus/settings', putSettingsHandler(store)(request('PUT', '/emeritus/settings', { json: { expectedElectionOn: '2029-05-03' } }), context));
  const early = await call(
    'POST /emeritus/retirements',
    announceRetirementHandler(store)(
      request('POST', '/emeritus/retirements', { json: { mpId: 'mp-1', mpName: 'Jo Bloggs', seatId: 'E14001063', announcedOn: '2027-02-01' } }),
      context,
    ),
  );
  const other = await call(
    'POST /emeritus/retirements',
    announceRetirementHandler(store)(
      request('POST', '/emeritus/retirements', {
        json: { mpId: 'mp-2', mpName: 'Sam Jones', seatId: 'W07000041', announcedOn: '2027-02-15', expectedElectionOn: '2028-01-06' },
      }),
      context,
    ),
  );
  const retirementId = String(early['retirementId']);
  const otherId = String(other['retirementId']);
  await call('GET /emeritus/retirements/{retirementId}', getRetirementHandler(store)(onRetirement('GET', retirementId), context));
  await call(
    'POST /emeritus/retirements/{retirementId}/withdraw',
    withdrawRetirementHandler(store)(onRetirement('POST', otherId, '/withdraw', { reason: 'standing again' }), context),
  );
  await call('GET /emeritus/retirements/{retirementId}', getRetirementHandler(store)(onRetirement('GET', otherId), context));
  await call('GET /emeritus/register', getRegisterHandler(store)(request('GET', '/emeritus/register'), context));
  await call('GET /emeritus/committee', getCommitteeHandler(store)(request('GET', '/emeritus/committee'), context));
  await call('POST /emeritus/clause-v/check', checkClauseVHandler(store)(request('POST', '/emeritus/clause-v/check', { json: { attendees: ['mp-1', 'mp-2', 'mp-9'] } }), context));
  await call('GET /emeritus/history', getHistoryHandler(store)(request('GET', '/emeritus/history', { query: { limit: '2' } }), context));

  const consultation = await call(
    'POST /emeritus/consultations',
    openConsultationHandler(store)(
      request('POST', '/emeritus/consultations', {
        json: { title: 'Housing', concerns: 'Section 4', questions: ['What target?'], links: [{ title: 'Draft', url: 'https://papers.example.org/4.pdf' }], closesOn: '2027-03-31' },
      }),
      context,
    ),
  );
  const consultationId = String(consultation['consultationId']);
  const onConsultation = (method: string, suffix = '', routeSuffix = suffix, json?: unknown, mpId?: string) =>
    request(method, `/emeritus/consultations/${consultationId}${suffix}`, {
      routePath: `/emeritus/consultations/{consultationId}${routeSuffix}`,
      pathParameters: { consultationId, ...(mpId === undefined ? {} : { mpId }) },
      ...(json === undefined ? {} : { json }),
    });
  const responseRoute = 'PUT /emeritus/consultations/{consultationId}/responses/{mpId}';
  await call(responseRoute, recordConsultationResponseHandler(store)(onConsultation('PUT', '/responses/mp-1', '/responses/{mpId}', { text: 'Aim higher.' }, 'mp-1'), context));
  await call(responseRoute, recordConsultationResponseHandler(store)(onConsultation('PUT', '/responses/mp-1', '/responses/{mpId}', { text: 'Higher still.' }, 'mp-1'), context));
  await call(
    'GET /emeritus/consultations/{consultationId}/responses/{mpId}',
    getConsultationResponseHandler(store)(onConsultation('GET', '/responses/mp-1', '/responses/{mpId}', undefined, 'mp-1'), context),
  );
  await call('GET /emeritus/consultations', listConsultationsHandler(store)(request('GET', '/emeritus/consultations'), context));
  await call('GET /emeritus/consultations/{consultationId}', getConsultationHandler(store)(onConsultation('GET'), context));
  await call('GET /emeritus/consultations/{consultationId}/responses.csv', getConsultationCsvHandler(store)(onConsultation('GET', '/responses.csv'), context));
  await call('POST /emeritus/consultations/{consultationId}/close', closeConsultationHandler(store)(onConsultation('POST', '/close'), context));

  const meeting = await call(
    'POST /emeritus/clause-v/meetings',
    createMeetingHandler(store)(request('POST', '/emeritus/clause-v/meetings', { json: { title: 'Clause V', heldOn: '2027-03-20', link: 'https://meet.example.org/cv' } }), context),
  );
  const meetingId = String(meeting['meetingId']);
  const onMeeting = (method: string, suffix = '', routeSuffix = suffix, json?: unknown, mpId?: string) =>
    request(method, `/emeritus/clause-v/meetings/${meetingId}${suffix}`, {
      routePath: `/emeritus/clause-v/meetings/{meetingId}${routeSuffix}`,
      pathParameters: { meetingId, ...(mpId === undefined ? {} : { mpId }) },
      ...(json === undefined ? {} : { json }),
    });
  await call('POST /emeritus/clause-v/meetings/{meetingId}/attendees', addAttendeeHandler(store)(onMeeting('POST', '/attendees', '/attendees', { mpId: 'mp-2', name: 'Sam Jones' }), context));
  await call('POST /emeritus/clause-v/meetings/{meetingId}/attendees', addAttendeeHandler(store)(onMeeting('POST', '/attendees', '/attendees', { mpId: 'mp-1', name: 'Jo Bloggs' }), context));
  await call('GET /emeritus/clause-v/meetings', listMeetingsHandler(store)(request('GET', '/emeritus/clause-v/meetings'), context));
  await call('GET /emeritus/clause-v/meetings/{meetingId}', getMeetingHandler(store)(onMeeting('GET'), context));
  await call('GET /emeritus/clause-v/meetings/{meetingId}/attendees.csv', getAttendeeListCsvHandler(store)(onMeeting('GET', '/attendees.csv'), context));
  await call(
    'DELETE /emeritus/clause-v/meetings/{meetingId}/attendees/{mpId}',
    removeAttendeeHandler(store)(onMeeting('DELETE', '/attendees/mp-2', '/attendees/{mpId}', undefined, 'mp-2'), context),
  );
  answers.push(...(await deadLetterRouteAnswers({ service: 'emeritus', role: 'hq-staff', contracts: { listDeadLetters, getDeadLetter, redriveDeadLetters } })));
  return answers;
};

describe('the emeritus routes answer as their contracts document', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2027-03-01T10:00:00.000Z') });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('answers every route with a documented status and a body its response schema accepts', async () => {
    // Act
    const answers = await aDayOfTheRegister();
    // Assess
    const checked = answers.map(([routeKey, response]): [string, Conformance] => [routeKey, conformance(contractOf(routeKey), response)]);
    // The CSV routes answer text/csv, a refusal problem+json: each as its contract documents it.
    const mediaType = (response: APIGatewayProxyStructuredResultV2) => String(response.headers?.['content-type'] ?? '').split(';')[0];
    expect(checked).toStrictEqual(answers.map(([routeKey, response]) => [routeKey, conforming(response.statusCode ?? 0, mediaType(response))]));
    expect(checked.map(([routeKey, { status }]) => `${status} ${routeKey}`)).toStrictEqual([
      '200 GET /emeritus/settings',
      '200 PUT /emeritus/settings',
      '201 POST /emeritus/retirements',
      '201 POST /emeritus/retirements',
      '200 GET /emeritus/retirements/{retirementId}',
      '200 POST /emeritus/retirements/{retirementId}/withdraw',
      '200 GET /emeritus/retirements/{retirementId}',
      '200 GET /emeritus/register',
      '200 GET /emeritus/committee',
      '200 POST /emeritus/clause-v/check',
      '200 GET /emeritus/history',
      '201 POST /emeritus/consultations',
      '201 PUT /emeritus/consultations/{consultationId}/responses/{mpId}',
      '200 PUT /emeritus/consultations/{consultationId}/responses/{mpId}',
      '200 GET /emeritus/consultations/{consultationId}/responses/{mpId}',
      '200 GET /emeritus/consultations',
      '200 GET /emeritus/consultations/{consultationId}',
      '200 GET /emeritus/consultations/{consultationId}/responses.csv',
      '200 POST /emeritus/consultations/{consultationId}/close',
      '201 POST /emeritus/clause-v/meetings',
      '201 POST /emeritus/clause-v/meetings/{meetingId}/attendees',
      '409 POST /emeritus/clause-v/meetings/{meetingId}/attendees',
      '200 GET /emeritus/clause-v/meetings',
      '200 GET /emeritus/clause-v/meetings/{meetingId}',
      '200 GET /emeritus/clause-v/meetings/{meetingId}/attendees.csv',
      '200 DELETE /emeritus/clause-v/meetings/{meetingId}/attendees/{mpId}',
      '200 GET /emeritus/dead-letters',
      '200 GET /emeritus/dead-letters/{queue}/{messageId}',
      '200 POST /emeritus/dead-letters/{queue}/redrive',
    ]);
  });

  it('exercises every route of the service', async () => {
    // Act
    const exercised = new Set((await aDayOfTheRegister()).map(([routeKey]) => routeKey));
    // Assess
    expect([...exercised].sort()).toStrictEqual(routes.map(routeKeyOf).sort());
  });
});
