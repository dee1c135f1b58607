import { parseDateParts } from '../../components/fields/date-parts.ts';
import type { DatePart, DateParts } from '../../components/fields/date-parts.ts';
import type { MeetingBody } from './queries.ts';

/** A Clause V meeting as typed into the form. */
export interface MeetingAnswers {
  readonly title: string;
  readonly held: DateParts;
  readonly place: string;
  readonly link: string;
}

export type CheckedMeeting =
  | { readonly ok: true; readonly body: MeetingBody }
  | { readonly ok: false; readonly errors: Record<string, string>; readonly dateParts: readonly DatePart[] };

const PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/**
 * What the form can tell before the API judges it: a title, a real date, and a place or a link (or both);
 * an empty place or link is left out of the body. The API judges the rest (a date in the past, the link's address).
 *
 * @example
 * checkMeeting({ title: 'Clause V', held: { day: '10', month: '3', year: '2029' }, place: '', link: 'https://meet.example/x' });
 * // { ok: true, body: { title: 'Clause V', heldOn: '2029-03-10', link: 'https://meet.example/x' } }
 */
export const checkMeeting = (answers: MeetingAnswers): CheckedMeeting => {
  const errors: Record<string, string> = {};
  const title = answers.title.trim();
  const place = answers.place.trim();
  const link = answers.link.trim();
  if (title === '') errors['title'] = 'Enter a title for the meeting';
  const held = parseDateParts(answers.held, 'the date of the meeting');
  if (!held.ok) errors['heldOn'] = held.message;
  if (place === '' && link === '') errors['place'] = 'Enter where the meeting is held, or a link to join it, or both';
  if (!held.ok || Object.keys(errors).length > 0) return { ok: false, errors, dateParts: held.ok ? PARTS : held.parts };
  return { ok: true, body: { title, heldOn: held.date, ...(place ? { place } : {}), ...(link ? { link } : {}) } };
};
