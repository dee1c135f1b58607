import { defineRoute } from '@platform/kit/contract';
import * as z from 'zod';
import { Concerns, ConsultationTitle, MAX_LINKS, MAX_QUESTIONS, PaperLink, Question, ResponseText } from '../domain/consultation.ts';
import { AfterToday } from './dates.ts';
import { ConsultationPath, ConsultationResponsePath, ListCursor, ListLimit } from './paths.ts';
import { ConsulteeResponseHistory, ConsultationPageResponse, ConsultationResponse } from './responses/consultation.ts';

const staffOnly = {
  401: { description: 'No valid token' },
  403: { description: 'The caller is not HQ staff' },
} as const;
const invalid = { 400: { description: 'The request is invalid; every problem is listed' } } as const;
const notFound = { 404: { description: 'No such consultation' } } as const;

/** `POST /emeritus/consultations`. */
export const openConsultation = defineRoute({
  method: 'POST',
  path: '/emeritus/consultations',
  summary: 'Open a consultation of the emeritus committee on a manifesto issue or process',
  access: ['hq-staff'],
  body: z.strictObject({
    title: ConsultationTitle,
    /** The manifesto section or the part of the process it concerns. */
    concerns: Concerns,
    questions: z.array(Question).min(1).max(MAX_QUESTIONS),
    links: z.array(z.strictObject(PaperLink.shape)).max(MAX_LINKS).default([]),
    closesOn: AfterToday,
  }),
  responses: {
    201: { description: 'The consultation, open, with the committee as its consultees', body: ConsultationResponse },
    ...invalid,
    ...staffOnly,
  },
});

/** `GET /emeritus/consultations`. */
export const listConsultations = defineRoute({
  method: 'GET',
  path: '/emeritus/consultations',
  summary: 'List consultations, newest first, open or closed',
  access: ['hq-staff'],
  query: z.strictObject({ status: z.enum(['open', 'closed']).optional(), limit: ListLimit, next: ListCursor.optional() }),
  responses: {
    200: { description: 'A page of consultations, with the cursor of the next (null on the last)', body: ConsultationPageResponse },
    400: { description: 'An invalid filter or limit, or a cursor this list did not hand out' },
    ...staffOnly,
  },
});

/** `GET /emeritus/consultations/{consultationId}`. */
export const getConsultation = defineRoute({
  method: 'GET',
  path: '/emeritus/consultations/{consultationId}',
  summary: 'Read a consultation: its consultees, who responded and who did not, and every response',
  access: ['hq-staff'],
  params: ConsultationPath,
  responses: { 200: { description: 'The consultation', body: ConsultationResponse }, ...invalid, ...staffOnly, ...notFound },
});

/** `POST /emeritus/consultations/{consultationId}/close`. */
export const closeConsultation = defineRoute({
  method: 'POST',
  path: '/emeritus/consultations/{consultationId}/close',
  summary: 'Close a consultation before its closing date',
  access: ['hq-staff'],
  params: ConsultationPath,
  responses: {
    200: { description: 'The consultation, closed', body: ConsultationResponse },
    ...invalid,
    ...staffOnly,
    ...notFound,
    409: { description: 'The consultation is closed already (details.closedAt)' },
  },
});

/** `PUT /emeritus/consultations/{consultationId}/responses/{mpId}`. */
export const recordConsultationResponse = defineRoute({
  method: 'PUT',
  path: '/emeritus/consultations/{consultationId}/responses/{mpId}',
  summary: "Record a consultee's response on their behalf, or amend it, until the consultation closes",
  access: ['hq-staff'],
  params: ConsultationResponsePath,
  body: z.strictObject({ text: ResponseText }),
  responses: {
    200: { description: 'The response, amended, with every version', body: ConsulteeResponseHistory },
    201: { description: 'The response, recorded', body: ConsulteeResponseHistory },
    ...invalid,
    ...staffOnly,
    ...notFound,
    409: { description: 'The consultation is closed, or the response has as many versions as are kept' },
    422: { description: 'The MP is not a consultee of this consultation' },
  },
});

/** `GET /emeritus/consultations/{consultationId}/responses/{mpId}`. */
export const getConsultationResponse = defineRoute({
  method: 'GET',
  path: '/emeritus/consultations/{consultationId}/responses/{mpId}',
  summary: "Read a consultee's response with every amendment",
  access: ['hq-staff'],
  params: ConsultationResponsePath,
  responses: {
    200: { description: 'The response with every version', body: ConsulteeResponseHistory },
    ...invalid,
    ...staffOnly,
    404: { description: 'No such consultation, or no response from this MP' },
  },
});

/** `GET /emeritus/consultations/{consultationId}/responses.csv`. */
export const getConsultationCsv = defineRoute({
  method: 'GET',
  path: '/emeritus/consultations/{consultationId}/responses.csv',
  summary: 'Download a consultation’s consultees and responses as a spreadsheet',
  access: ['hq-staff'],
  params: ConsultationPath,
  responses: { 200: { description: 'One row per consultee, with their latest response', contentType: 'text/csv' }, ...invalid, ...staffOnly, ...notFound },
});
