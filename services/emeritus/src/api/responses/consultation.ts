import { CalendarDate, GssCode, Instant } from '@platform/events';
import * as z from 'zod';
import { Concerns, ConsultationTitle, MAX_QUESTIONS, PaperLink, Question, ResponseVersion } from '../../domain/consultation.ts';
import { MpId, MpName } from '../../domain/retirement.ts';

const CONSULTATION_ID = '019b2c3d-4e5f-7a6b-8c7d-9e0f1a2b3c4d';

const Status = z.enum(['open', 'closed']).meta({ description: 'Open until its closing date ends (UTC) or HQ staff close it.' });
const ClosedEarly = z.strictObject({ closedBy: z.string().min(1), closedAt: Instant }).nullable();

/** One item of `GET /emeritus/consultations`: what it is about and whether it is open, without its questions. */
export const ConsultationSummaryResponse = z
  .strictObject({
    consultationId: z.uuid(),
    title: ConsultationTitle,
    concerns: Concerns,
    questionCount: z.int().min(1).max(MAX_QUESTIONS),
    closesOn: CalendarDate,
    openedBy: z.string().min(1),
    openedAt: Instant,
    closedEarly: ClosedEarly,
    status: Status,
    closedAt: Instant.nullable().meta({ description: 'When it closed; `null` while open.' }),
  })
  .meta({ id: 'ConsultationSummary' });

/** `GET /emeritus/consultations`: a page, newest first; `next` is `null` on the last page. */
export const ConsultationPageResponse = z
  .strictObject({ items: z.array(ConsultationSummaryResponse), next: z.string().nullable().meta({ description: 'Pass as `next` for the following page.' }) })
  .meta({ id: 'ConsultationPage', description: 'Consultations of the emeritus committee, newest first.' });

const RecordedResponse = z
  .strictObject({ version: z.int().min(1), text: z.string(), recordedBy: z.string().min(1), recordedAt: Instant, amended: z.boolean() })
  .meta({ id: 'ConsulteeResponse', description: 'The latest version HQ staff recorded on the member’s behalf.' });

const ConsulteeResponse = z
  .strictObject({
    mpId: MpId,
    mpName: MpName,
    seatId: GssCode,
    retirementId: z.uuid(),
    addedBecause: z.enum(['on-the-committee-at-opening', 'joined-while-open']),
    addedAt: Instant,
    withdrawal: z
      .strictObject({ withdrawnOn: CalendarDate, withdrawnAt: Instant })
      .nullable()
      .meta({ description: 'Set when the member withdrew while it was open: they stay on it, marked.' }),
    responded: z.boolean(),
    response: RecordedResponse.nullable(),
  })
  .meta({ id: 'Consultee' });

/** `GET /emeritus/consultations/{consultationId}` and what opening and closing answer. */
export const ConsultationResponse = z
  .strictObject({
    consultationId: z.uuid(),
    title: ConsultationTitle,
    concerns: Concerns,
    questions: z.array(Question),
    links: z.array(z.strictObject(PaperLink.shape)),
    closesOn: CalendarDate,
    openedBy: z.string().min(1),
    openedAt: Instant,
    closedEarly: ClosedEarly,
    status: Status,
    closedAt: Instant.nullable(),
    consultees: z.array(ConsulteeResponse),
    consulteeCount: z.int().min(0),
    respondedCount: z.int().min(0),
  })
  .meta({
    id: 'Consultation',
    description: 'A consultation of the emeritus committee: its questions and papers, who is consulted, and each response.',
    example: {
      consultationId: CONSULTATION_ID,
      title: 'Housing: the first draft',
      concerns: 'Manifesto section 4: homes',
      questions: ['What should the first-year target be?'],
      links: [{ title: 'Draft section 4', url: 'https://papers.example.org/manifesto/section-4.pdf' }],
      closesOn: '2027-04-30',
      openedBy: 'staff-1',
      openedAt: '2027-04-01T09:00:00.000Z',
      closedEarly: null,
      status: 'open',
      closedAt: null,
      consultees: [
        {
          mpId: 'mp-4021',
          mpName: 'Jo Bloggs',
          seatId: 'E14001063',
          retirementId: '0b7f6c1e-3f0a-4d4e-9a53-6a1c2f7d9e10',
          addedBecause: 'on-the-committee-at-opening',
          addedAt: '2027-04-01T09:00:00.000Z',
          withdrawal: null,
          responded: true,
          response: { version: 1, text: 'Aim higher in year one.', recordedBy: 'staff-1', recordedAt: '2027-04-03T14:00:00.000Z', amended: false },
        },
      ],
      consulteeCount: 1,
      respondedCount: 1,
    },
  });

/** `GET`/`PUT /emeritus/consultations/{consultationId}/responses/{mpId}`: the response with every version kept. */
export const ConsulteeResponseHistory = z
  .strictObject({
    consultationId: z.uuid(),
    mpId: MpId,
    current: z.strictObject(ResponseVersion.shape),
    versions: z.array(z.strictObject(ResponseVersion.shape)).meta({ description: 'Every version, oldest first; the last is `current`.' }),
  })
  .meta({ id: 'ConsulteeResponseHistory', description: 'A consultee’s response as HQ staff recorded it, with each amendment.' });
