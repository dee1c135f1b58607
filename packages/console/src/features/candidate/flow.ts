import { firstIncomplete, questionPages } from './draft.ts';
import type { ApplicationDraft, QuestionPage } from './draft.ts';

export const pagePath = (page: QuestionPage | 'check'): string => `/fund/apply/${page}`;

/**
 * Where Continue leads from a question page: back to the check page when the candidate came from a Change
 * link (`?change=1`) and everything is answered, else the next page.
 */
export const nextPage = (from: QuestionPage, draft: ApplicationDraft, params: URLSearchParams): string => {
  if (params.get('change') === '1' && firstIncomplete(draft) === undefined) return pagePath('check');
  const next = questionPages[questionPages.indexOf(from) + 1];
  return pagePath(next ?? 'check');
};

/** The page before, for the back link. */
export const previousPage = (page: QuestionPage, params: URLSearchParams): string => {
  if (params.get('change') === '1') return pagePath('check');
  const previous = questionPages[questionPages.indexOf(page) - 1];
  return previous ? pagePath(previous) : '/fund';
};
