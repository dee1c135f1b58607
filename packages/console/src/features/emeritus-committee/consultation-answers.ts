import { parseDateParts } from '../../components/fields/date-parts.ts';
import type { DatePart, DateParts } from '../../components/fields/date-parts.ts';
import type { ConsultationBody } from './queries.ts';

/** A paper's row as typed: both boxes may still be empty. */
export interface LinkAnswer {
  readonly title: string;
  readonly url: string;
}

/** A consultation as typed into the form, kept in the address so Back, Change and a refresh lose nothing. */
export interface ConsultationAnswers {
  readonly title: string;
  readonly concerns: string;
  readonly questions: readonly string[];
  readonly links: readonly LinkAnswer[];
  readonly closes: DateParts;
}

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];
const PREFIX = { day: 'cDay', month: 'cMonth', year: 'cYear' } as const;

/**
 * Reads the answers from the address: `q` once per question, `lt` and `lu` once per paper, in order. A form
 * always shows at least one question row.
 *
 * @example
 * consultationAnswersOf(new URLSearchParams('title=Clause+I&q=Keep+it%3F&cDay=1')).questions; // ['Keep it?']
 */
export const consultationAnswersOf = (params: URLSearchParams): ConsultationAnswers => {
  const questions = params.getAll('q');
  const titles = params.getAll('lt');
  const urls = params.getAll('lu');
  const links = Array.from({ length: Math.max(titles.length, urls.length) }, (_, index) => ({ title: titles[index] ?? '', url: urls[index] ?? '' }));
  return {
    title: params.get('title') ?? '',
    concerns: params.get('concerns') ?? '',
    questions: questions.length === 0 ? [''] : questions,
    links,
    closes: { day: params.get(PREFIX.day) ?? '', month: params.get(PREFIX.month) ?? '', year: params.get(PREFIX.year) ?? '' },
  };
};

/**
 * The answers without their empty rows, trimmed: what the check page shows and sends, so an issue the API
 * names by index (`questions.1`) is about the row the form shows second.
 *
 * @example
 * tidyConsultation({ ...answers, questions: ['', ' Keep it? '] }).questions; // ['Keep it?']
 */
export const tidyConsultation = (answers: ConsultationAnswers): ConsultationAnswers => ({
  title: answers.title.trim(),
  concerns: answers.concerns.trim(),
  questions: answers.questions.map((question) => question.trim()).filter((question) => question !== ''),
  links: answers.links.map((link) => ({ title: link.title.trim(), url: link.url.trim() })).filter((link) => link.title !== '' || link.url !== ''),
  closes: { day: answers.closes.day.trim(), month: answers.closes.month.trim(), year: answers.closes.year.trim() },
});

/**
 * The address query of the answers, the inverse of {@link consultationAnswersOf}; empty fields are left out.
 *
 * @example
 * consultationSearchOf({ title: 'Clause I', concerns: '', questions: ['Keep it?'], links: [], closes: { day: '', month: '', year: '' } }); // 'title=Clause+I&q=Keep+it%3F'
 */
export const consultationSearchOf = (answers: ConsultationAnswers): string => {
  const params = new URLSearchParams();
  if (answers.title !== '') params.set('title', answers.title);
  if (answers.concerns !== '') params.set('concerns', answers.concerns);
  for (const question of answers.questions) params.append('q', question);
  for (const link of answers.links) {
    params.append('lt', link.title);
    params.append('lu', link.url);
  }
  for (const part of PARTS) if (answers.closes[part] !== '') params.set(PREFIX[part], answers.closes[part]);
  return params.toString();
};

export type CheckedConsultation =
  | { readonly ok: true; readonly body: ConsultationBody }
  | { readonly ok: false; readonly errors: Record<string, string>; readonly dateParts: readonly DatePart[] };

/**
 * What the form can tell before the API judges it, on the tidied answers: a title, what it concerns, a
 * question, both halves of each paper, a real closing date. The API judges the rest (a date after today,
 * https addresses, how many). Errors are keyed by the field ids the form gives its boxes.
 *
 * @example
 * checkConsultation(answers); // { ok: true, body: { title: 'Clause I', concerns: 'Manifesto section 1', questions: ['Keep it?'], links: [], closesOn: '2027-05-01' } }
 */
export const checkConsultation = (typed: ConsultationAnswers): CheckedConsultation => {
  const answers = tidyConsultation(typed);
  const errors: Record<string, string> = {};
  if (answers.title === '') errors['title'] = 'Enter a title for the consultation';
  if (answers.concerns === '') errors['concerns'] = 'Enter what the consultation concerns';
  if (answers.questions.length === 0) errors['questions-0'] = 'Enter at least one question';
  answers.links.forEach((link, index) => {
    if (link.title === '') errors[`links-${index}-title`] = `Enter the title of paper ${index + 1}`;
    if (link.url === '') errors[`links-${index}-url`] = `Enter the web address of paper ${index + 1}`;
  });
  const closes = parseDateParts(answers.closes, 'the closing date');
  if (!closes.ok) errors['closesOn'] = closes.message;
  if (!closes.ok || Object.keys(errors).length > 0) return { ok: false, errors, dateParts: closes.ok ? PARTS : closes.parts };
  return { ok: true, body: { title: answers.title, concerns: answers.concerns, questions: [...answers.questions], links: answers.links.map((link) => ({ ...link })), closesOn: closes.date } };
};

/**
 * The box an error summary's link goes to for an error keyed `fieldId`: a date's first box at fault, a
 * list's first row for a problem with the list as a whole.
 *
 * @example
 * consultationFieldLink('closesOn', ['month']); // 'closesOn-month'
 */
export const consultationFieldLink = (fieldId: string, dateParts: readonly DatePart[] = PARTS): string => {
  if (fieldId === 'closesOn') return `closesOn-${dateParts[0] ?? 'day'}`;
  if (fieldId === 'questions') return 'questions-0';
  if (fieldId === 'links') return 'links-0-title';
  return fieldId;
};
