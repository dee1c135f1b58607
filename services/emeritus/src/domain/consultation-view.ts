import { closedAtOf, consulteesOf, statusOf } from './consultation.ts';
import type { Consultation, Consultee, ConsultationStatus, ResponseVersion } from './consultation.ts';
import type { Retirement } from './retirement.ts';

/** A consultation in a list: its facts and status, without its questions and papers. */
export const consultationSummary = (consultation: Consultation, now: string) => ({
  consultationId: consultation.consultationId,
  title: consultation.title,
  concerns: consultation.concerns,
  questionCount: consultation.questions.length,
  closesOn: consultation.closesOn,
  openedBy: consultation.openedBy,
  openedAt: consultation.openedAt,
  closedEarly: consultation.closedEarly,
  status: statusOf(consultation, now) as ConsultationStatus,
  closedAt: closedAtOf(consultation, now),
});

/** A consultee with their latest response, or `null` while they have not responded. */
export const consulteeView = (consultee: Consultee, response: ResponseVersion | undefined) => ({
  ...consultee,
  responded: response !== undefined,
  response:
    response === undefined
      ? null
      : { version: response.version, text: response.text, recordedBy: response.recordedBy, recordedAt: response.recordedAt, amended: response.version > 1 },
});

/**
 * A consultation as HQ staff read it: its questions and papers, each consultee with their response (who
 * responded and who did not), and the counts. Only consultees' responses are shown.
 */
export const consultationView = (consultation: Consultation, retirements: readonly Retirement[], responses: readonly ResponseVersion[], now: string) => {
  const latest = new Map(responses.map((response) => [response.mpId, response]));
  const consultees = consulteesOf(consultation, retirements, now).map((consultee) => consulteeView(consultee, latest.get(consultee.mpId)));
  const { questionCount: _questionCount, ...summary } = consultationSummary(consultation, now);
  return {
    ...summary,
    questions: consultation.questions,
    links: consultation.links,
    consultees,
    consulteeCount: consultees.length,
    respondedCount: consultees.filter((consultee) => consultee.responded).length,
  };
};
