import { CalendarDate, Instant, PlainText, SingleLineText } from '@platform/events';
import * as z from 'zod';
import { ConsultationClosedError, NotAConsulteeError, ResponseVersionLimitError } from './errors.ts';
import { MpId } from './retirement.ts';
import type { Retirement } from './retirement.ts';

// The bounds of a consultation (see the README's "Sizes and counts"). A consultation is one DynamoDB item:
// at these limits its worst case (every character three UTF-8 bytes) is about 115 KB, inside the 400 KB.
/** A title, as short as a paper's heading. */
export const MAX_CONSULTATION_TITLE_LENGTH = 200;
/** The manifesto section or part of the process it concerns: one line. */
export const MAX_CONCERNS_LENGTH = 200;
/** HQ asks a few questions of each consultation; twenty is a long questionnaire already. */
export const MAX_QUESTIONS = 20;
export const MAX_QUESTION_LENGTH = 1_000;
/** Links to the papers: a section of the manifesto has a handful. */
export const MAX_LINKS = 20;
export const MAX_LINK_TITLE_LENGTH = 200;
/** The longest URL browsers and spreadsheets handle without trouble. */
export const MAX_URL_LENGTH = 2_000;
/**
 * A response is what HQ staff record of an MP's answer (about 300 words; longer submissions are papers of
 * their own). Bounded so that a consultation's page and its CSV, every consultee's response together, stay
 * within Lambda's 6 MB answer for a committee of every MP in the Commons (650 × 6 KB ≈ 3.9 MB).
 */
export const MAX_RESPONSE_LENGTH = 2_000;
/** Each amendment is kept; twenty versions of one response is far more than a consultation sees. */
export const MAX_RESPONSE_VERSIONS = 20;

export const ConsultationTitle = SingleLineText(MAX_CONSULTATION_TITLE_LENGTH);
export const Concerns = SingleLineText(MAX_CONCERNS_LENGTH);
export const Question = PlainText(MAX_QUESTION_LENGTH);
export const ResponseText = PlainText(MAX_RESPONSE_LENGTH);

/** A link to a paper: `https:` only, so the console never renders a `javascript:` or plain-HTTP link. */
export const PaperUrl = z
  .url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be an https:// web address' })
  .max(MAX_URL_LENGTH);

export const PaperLink = z.object({ title: SingleLineText(MAX_LINK_TITLE_LENGTH), url: PaperUrl });
export type PaperLink = z.infer<typeof PaperLink>;

/** A consultation as stored: what HQ staff opened, and whether they closed it before its closing date. */
export const Consultation = z.object({
  consultationId: z.uuid(),
  title: ConsultationTitle,
  concerns: Concerns,
  questions: z.array(Question).min(1).max(MAX_QUESTIONS),
  links: z.array(PaperLink).max(MAX_LINKS),
  /** Responses are taken until the end of this day (UTC). */
  closesOn: CalendarDate,
  openedBy: z.string().min(1),
  openedAt: Instant,
  closedEarly: z.object({ closedBy: z.string().min(1), closedAt: Instant }).nullable(),
});
export type Consultation = z.infer<typeof Consultation>;

/** What HQ staff give to open a consultation. */
export interface ConsultationRequest {
  title: string;
  concerns: string;
  questions: string[];
  links: PaperLink[];
  closesOn: string;
}

/** Opens a consultation; its closing date was checked at the edge to be after today. */
export const openConsultation = (
  request: ConsultationRequest,
  { consultationId, by, at }: { consultationId: string; by: string; at: string },
): Consultation => ({ consultationId, ...request, openedBy: by, openedAt: at, closedEarly: null });

/** The instant a consultation stops taking responses by its date alone: the end of its closing day, UTC. */
export const closingInstantOf = (closesOn: string): string => new Date(Date.parse(`${closesOn}T00:00:00.000Z`) + 86_400_000).toISOString();

/** When the consultation closed (early, or at the end of its closing date), or `null` while it is open at `now`. */
export const closedAtOf = (consultation: Consultation, now: string): string | null => {
  if (consultation.closedEarly !== null) return consultation.closedEarly.closedAt;
  const closing = closingInstantOf(consultation.closesOn);
  return now >= closing ? closing : null;
};

export type ConsultationStatus = 'open' | 'closed';

export const statusOf = (consultation: Consultation, now: string): ConsultationStatus => (closedAtOf(consultation, now) === null ? 'open' : 'closed');

/** HQ staff close a consultation before its closing date; a closed one cannot be closed again. */
export const closeConsultation = (consultation: Consultation, { by, at }: { by: string; at: string }): Consultation => {
  const closedAt = closedAtOf(consultation, at);
  if (closedAt !== null) throw new ConsultationClosedError(consultation.consultationId, closedAt);
  return { ...consultation, closedEarly: { closedBy: by, closedAt: at } };
};

/** Why an MP is consulted. */
export type AddedBecause = 'on-the-committee-at-opening' | 'joined-while-open';

/** A member of the emeritus committee consulted, and whether they have since withdrawn (they stay on it, marked). */
export interface Consultee {
  mpId: string;
  mpName: string;
  seatId: string;
  /** The retirement that made them a member (the latest, if they withdrew and announced again). */
  retirementId: string;
  addedBecause: AddedBecause;
  /** The opening for members at the time; the moment HQ recorded the retirement for those who joined later. */
  addedAt: string;
  /** Set when the member withdrew their retirement while the consultation was open. */
  withdrawal: { withdrawnOn: string; withdrawnAt: string } | null;
}

/**
 * Who is consulted, read from the register rather than copied into the consultation: the members of the
 * emeritus committee when it opened, and those who joined while it was open (an eligible retirement
 * recorded before it closed). A member whose retirement is withdrawn stays on it, marked, if the withdrawal
 * came while it was open. Derived, not copied, so that an announcement racing the opening can never be
 * missed: whatever order they commit in, the register says who was a member when. In order of being added.
 */
export const consulteesOf = (consultation: Consultation, retirements: readonly Retirement[], now: string): Consultee[] => {
  const opened = consultation.openedAt;
  const closed = closedAtOf(consultation, now);
  const beforeClose = (instant: string) => closed === null || instant < closed;
  const byMp = new Map<string, Retirement[]>();
  for (const retirement of retirements) {
    if (!retirement.emeritusEligible) continue;
    const withdrawnAt = retirement.withdrawal?.withdrawnAt;
    // A member during the window: recorded before it closed, and not withdrawn before it opened.
    if (!beforeClose(retirement.recordedAt) || (withdrawnAt !== undefined && withdrawnAt <= opened)) continue;
    byMp.set(retirement.mpId, [...(byMp.get(retirement.mpId) ?? []), retirement]);
  }
  const consultees = [...byMp.values()].map((memberships): Consultee => {
    const sorted = [...memberships].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
    const first = sorted[0]!;
    const latest = sorted.at(-1)!;
    const atOpening = first.recordedAt <= opened;
    const withdrawal = latest.withdrawal !== null && beforeClose(latest.withdrawal.withdrawnAt) ? latest.withdrawal : null;
    return {
      mpId: latest.mpId,
      mpName: latest.mpName,
      seatId: latest.seatId,
      retirementId: latest.retirementId,
      addedBecause: atOpening ? 'on-the-committee-at-opening' : 'joined-while-open',
      addedAt: atOpening ? opened : first.recordedAt,
      withdrawal: withdrawal === null ? null : { withdrawnOn: withdrawal.withdrawnOn, withdrawnAt: withdrawal.withdrawnAt },
    };
  });
  return consultees.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.mpId.localeCompare(b.mpId));
};

/** One version of a consultee's response, as HQ staff recorded it on the member's behalf. Never changed. */
export const ResponseVersion = z.object({
  consultationId: z.uuid(),
  mpId: MpId,
  version: z.int().min(1).max(MAX_RESPONSE_VERSIONS),
  text: ResponseText,
  recordedBy: z.string().min(1),
  recordedAt: Instant,
});
export type ResponseVersion = z.infer<typeof ResponseVersion>;

/**
 * The next version of a consultee's response: the first, or an amendment of `current`. Refused once the
 * consultation has closed (409), for an MP who is not a consultee (422), and past the versions kept (409).
 */
export const recordResponse = (
  consultation: Consultation,
  consultees: readonly Consultee[],
  current: ResponseVersion | undefined,
  { mpId, text, by, at }: { mpId: string; text: string; by: string; at: string },
): ResponseVersion => {
  const closedAt = closedAtOf(consultation, at);
  if (closedAt !== null) throw new ConsultationClosedError(consultation.consultationId, closedAt);
  if (!consultees.some((consultee) => consultee.mpId === mpId)) throw new NotAConsulteeError(consultation.consultationId, mpId);
  const version = (current?.version ?? 0) + 1;
  if (version > MAX_RESPONSE_VERSIONS) throw new ResponseVersionLimitError(consultation.consultationId, mpId, MAX_RESPONSE_VERSIONS);
  return { consultationId: consultation.consultationId, mpId, version, text, recordedBy: by, recordedAt: at };
};
