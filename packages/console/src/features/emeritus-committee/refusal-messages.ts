import { fieldIdOf } from '../../api/problem.ts';
import type { ProblemIssue } from '../../api/problem.ts';

/**
 * The API's 400 issues as the form's messages, keyed by field id, the first issue of each field kept. The
 * API words an issue as the end of a sentence ("must be after today (…)"), so it is led by the field's name
 * as the form shows it; an issue already a sentence is kept as it is.
 *
 * @example
 * refusalMessages([{ path: ['body', 'closesOn'], message: 'must be after today (today is 2027-04-01, UTC)' }], consultationFieldName);
 * // { closesOn: 'The closing date must be after today (today is 2027-04-01, UTC)' }
 */
export const refusalMessages = (issues: readonly ProblemIssue[], nameOf: (fieldId: string) => string | undefined): Record<string, string> => {
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    const fieldId = fieldIdOf(issue.path);
    const name = nameOf(fieldId);
    const sentence = name && /^[a-z]/.test(issue.message) ? `${name} ${issue.message}` : issue.message;
    messages[fieldId] ??= sentence;
  }
  return messages;
};

/**
 * The name the consultation form gives a field, to lead an issue the API found in it.
 *
 * @example
 * consultationFieldName('links-1-url'); // 'The web address of paper 2'
 */
export const consultationFieldName = (fieldId: string): string | undefined => {
  const question = /^questions-(\d+)$/.exec(fieldId);
  if (question) return `Question ${Number(question[1]) + 1}`;
  const paper = /^links-(\d+)-(title|url)$/.exec(fieldId);
  if (paper) return `The ${paper[2] === 'title' ? 'title' : 'web address'} of paper ${Number(paper[1]) + 1}`;
  return ({ title: 'The title', concerns: 'What it concerns', questions: 'The questions', links: 'The papers', closesOn: 'The closing date' } as Record<string, string>)[fieldId];
};

/**
 * The name the Clause V meeting form gives a field, to lead an issue the API found in it.
 *
 * @example
 * meetingFieldName('heldOn'); // 'The date of the meeting'
 */
export const meetingFieldName = (fieldId: string): string | undefined =>
  ({ title: 'The title', heldOn: 'The date of the meeting', place: 'The place', link: 'The link to join', mpId: "The MP's id", name: "The MP's name" } as Record<string, string>)[fieldId];
