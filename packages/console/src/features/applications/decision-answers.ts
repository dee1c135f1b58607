import { formatPence, parsePence } from '../../money/pence.ts';

/** The decision page's answers as typed: kept in the address between the question and the check page. */
export interface DecisionAnswers {
  readonly decision: string;
  readonly amount: string;
  readonly reason: string;
}

/** The field ids of the decision page, which the error summary links to. */
export const DECISION_ID = 'decision';
export const AMOUNT_ID = 'amountPence';
export const REASON_ID = 'reason';

/** The most a reason may hold, as the API takes it. */
export const MAX_REASON_LENGTH = 2_000;

/** What the API is sent: an approval of an amount, or a rejection with its reason. */
export type DecisionBody = { readonly decision: 'approve'; readonly amountPence: number } | { readonly decision: 'reject'; readonly reason: string };

/**
 * The answers from the address's search parameters; missing ones are empty.
 *
 * @example
 * decisionAnswersOf(new URLSearchParams('decision=approve&amount=150')); // { decision: 'approve', amount: '150', reason: '' }
 */
export const decisionAnswersOf = (params: URLSearchParams): DecisionAnswers => ({
  decision: params.get('decision') ?? '',
  amount: params.get('amount') ?? '',
  reason: params.get('reason') ?? '',
});

/**
 * The answers as search parameters, carrying only what the decision uses (no amount on a rejection).
 *
 * @example
 * decisionSearchOf({ decision: 'reject', amount: '150', reason: 'Not eligible' }); // 'decision=reject&reason=Not+eligible'
 */
export const decisionSearchOf = (answers: DecisionAnswers): string => {
  const params = new URLSearchParams();
  if (answers.decision) params.set('decision', answers.decision);
  if (answers.decision !== 'reject' && answers.amount) params.set('amount', answers.amount);
  if (answers.decision !== 'approve' && answers.reason) params.set('reason', answers.reason);
  return params.toString();
};

/** What is wrong with the answers, by field; or the body to send, when they are right. */
export type DecisionCheck = { readonly ok: true; readonly body: DecisionBody } | { readonly ok: false; readonly errors: Record<string, string> };

/**
 * Checks the answers as the decision page does on Continue: an approval of an exact amount in pounds and
 * pence up to what was requested, or a rejection with a reason (required: the candidate reads it).
 *
 * @example
 * checkDecision({ decision: 'approve', amount: '£1,000', reason: '' }, 125_000); // { ok: true, body: { decision: 'approve', amountPence: 100000 } }
 */
export const checkDecision = (answers: DecisionAnswers, requestedPence: number): DecisionCheck => {
  if (answers.decision === 'approve') {
    const amount = parsePence(answers.amount);
    if (!amount.ok) return { ok: false, errors: { [AMOUNT_ID]: amount.message } };
    if (amount.pence > requestedPence) return { ok: false, errors: { [AMOUNT_ID]: `The amount must be ${formatPence(requestedPence)} or less, the amount requested` } };
    return { ok: true, body: { decision: 'approve', amountPence: amount.pence } };
  }
  if (answers.decision === 'reject') {
    const reason = answers.reason.trim();
    if (reason === '') return { ok: false, errors: { [REASON_ID]: 'Enter the reason for rejecting the application: the candidate will read it' } };
    if ([...reason].length > MAX_REASON_LENGTH) return { ok: false, errors: { [REASON_ID]: `The reason must be ${MAX_REASON_LENGTH.toLocaleString('en-GB')} characters or fewer` } };
    return { ok: true, body: { decision: 'reject', reason } };
  }
  return { ok: false, errors: { [DECISION_ID]: 'Select whether to approve or reject the application' } };
};

/**
 * The API's 409 to an approval in plain words: the fund's available balance when it cannot cover the amount
 * (`details.availablePence`), or that it was decided already. Falls back to the API's own detail.
 *
 * @example
 * approvalRefusal({ requestedPence: 50000, availablePence: 12000 }, '...');
 * // "The fund has £120.00 available, less than the £500.00 you approved. Approve £120.00 or less, or reject the application."
 */
export const approvalRefusal = (details: Record<string, unknown>, detail: string): string => {
  const { requestedPence, availablePence } = details;
  if (typeof availablePence === 'number' && typeof requestedPence === 'number') {
    return `The fund has ${formatPence(availablePence)} available, less than the ${formatPence(requestedPence)} you approved. Approve ${formatPence(availablePence)} or less, or reject the application.`;
  }
  if (/decided/i.test(detail)) return 'This application has been decided already, perhaps by someone else just now. Go back to the application to see its decision.';
  return detail;
};
