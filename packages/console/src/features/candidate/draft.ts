import type { paths } from '../../api/schema.ts';
import { parsePence } from '../../money/pence.ts';

/** What `POST /fund/applications` takes, as the API's document types it. */
export type ApplicationRequestBody = NonNullable<paths['/fund/applications']['post']['requestBody']>['content']['application/json'];

/**
 * What a candidate has answered so far, kept in this tab's session storage, so that a page refresh or an
 * expired session (sign in again, come back) loses nothing typed. It is the candidate's own data in their
 * own tab; it is cleared once the application is submitted and on sign-out.
 */
export interface ApplicationDraft {
  seatId?: string;
  seatName?: string;
  /** The open selection's dates, shown back on the check page. */
  selectionDates?: string;
  groups?: string[];
  describedAs?: string;
  purpose?: string;
  /** The amount as typed; read as pence only when checked, so nothing typed is rewritten. */
  amount?: string;
  statement?: string;
}

export const MAX_REQUEST_PENCE = 10_000_000;
export const MAX_STATEMENT = 5_000;
export const MAX_DESCRIBED_AS = 200;

const key = (userId: string) => `fund-application-draft:${userId}`;

export const loadDraft = (userId: string): ApplicationDraft => {
  try {
    return JSON.parse(window.sessionStorage.getItem(key(userId)) ?? '{}') as ApplicationDraft;
  } catch {
    return {};
  }
};
export const saveDraft = (userId: string, draft: ApplicationDraft): void => window.sessionStorage.setItem(key(userId), JSON.stringify(draft));
export const clearDraft = (userId: string): void => window.sessionStorage.removeItem(key(userId));

/** The question pages, in order, each with the answers it asks for. */
export const questionPages = ['seat', 'groups', 'purpose', 'amount', 'statement'] as const;
export type QuestionPage = (typeof questionPages)[number];

/** What is wrong with one page's answers, as field id → message (empty when the page is complete). */
export const pageProblems = (page: QuestionPage, draft: ApplicationDraft): Record<string, string> => {
  switch (page) {
    case 'seat':
      return draft.seatId ? {} : { seatId: 'Choose the constituency you are standing in' };
    case 'groups': {
      if (!draft.groups || draft.groups.length === 0) return { groups: 'Choose at least one group, or describe it in your own words' };
      if (draft.groups.includes('prefer-to-describe')) {
        const text = (draft.describedAs ?? '').trim();
        if (text === '') return { describedAs: 'Describe it in your own words' };
        if ([...text].length > MAX_DESCRIBED_AS) return { describedAs: `Your description must be ${MAX_DESCRIBED_AS} characters or fewer` };
      }
      return {};
    }
    case 'purpose':
      return draft.purpose ? {} : { purpose: 'Choose what the support is for' };
    case 'amount': {
      const parsed = parsePence(draft.amount ?? '', { maxPence: MAX_REQUEST_PENCE });
      return parsed.ok ? {} : { amount: parsed.message };
    }
    case 'statement': {
      const text = (draft.statement ?? '').trim();
      if (text === '') return { statement: 'Tell us why you are applying' };
      if ([...text].length > MAX_STATEMENT) return { statement: `Your statement must be ${MAX_STATEMENT.toLocaleString('en-GB')} characters or fewer` };
      return {};
    }
  }
};

/** The first page not yet answered, or undefined when every answer is in: where Continue leads. */
export const firstIncomplete = (draft: ApplicationDraft): QuestionPage | undefined =>
  questionPages.find((page) => Object.keys(pageProblems(page, draft)).length > 0);

/** The page that asks for a field the API refused, so its error can send the candidate back to it. */
export const pageOfField = (field: string): QuestionPage => {
  if (field === 'seatId') return 'seat';
  if (field === 'groups' || field === 'describedAs') return 'groups';
  if (field === 'purpose') return 'purpose';
  if (field === 'amountRequestedPence') return 'amount';
  return 'statement';
};

/**
 * The request the check page sends, once every page is complete. The groups and purpose are the codes the
 * pages offered; the API checks them again regardless.
 */
export const applicationRequest = (draft: ApplicationDraft): ApplicationRequestBody => {
  const amount = parsePence(draft.amount ?? '', { maxPence: MAX_REQUEST_PENCE });
  const groups = (draft.groups ?? []) as ApplicationRequestBody['groups'];
  return {
    seatId: draft.seatId ?? '',
    groups,
    ...(groups.includes('prefer-to-describe') ? { describedAs: (draft.describedAs ?? '').trim() } : {}),
    purpose: (draft.purpose ?? '') as ApplicationRequestBody['purpose'],
    amountRequestedPence: amount.ok ? amount.pence : 0,
    statement: (draft.statement ?? '').trim(),
  };
};
