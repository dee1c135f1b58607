import { formatPence, parsePence } from '../../money/pence.ts';

/** The payment page's answers as typed. */
export interface PaymentAnswers {
  /** `full` (what is left of the grant) or `part`. */
  readonly how: string;
  readonly amount: string;
}

export const HOW_ID = 'how';
export const PAYMENT_AMOUNT_ID = 'amountPence';

/** What is wrong with the answers, by field; or the amount to pay, when they are right. */
export type PaymentCheck = { readonly ok: true; readonly amountPence: number } | { readonly ok: false; readonly errors: Record<string, string> };

/**
 * Checks the payment page's answers: the rest of the grant in full, or part of it, an exact amount in pounds
 * and pence up to what is left to pay.
 *
 * @example
 * checkPayment({ how: 'part', amount: '250' }, 75_000); // { ok: true, amountPence: 25000 }
 */
export const checkPayment = (answers: PaymentAnswers, remainingPence: number): PaymentCheck => {
  if (answers.how === 'full') return { ok: true, amountPence: remainingPence };
  if (answers.how !== 'part') return { ok: false, errors: { [HOW_ID]: 'Select whether to pay the rest of the grant in full or part of it' } };
  const amount = parsePence(answers.amount);
  if (!amount.ok) return { ok: false, errors: { [PAYMENT_AMOUNT_ID]: amount.message } };
  if (amount.pence > remainingPence) return { ok: false, errors: { [PAYMENT_AMOUNT_ID]: `The amount must be ${formatPence(remainingPence)} or less, what is left to pay` } };
  return { ok: true, amountPence: amount.pence };
};

/**
 * Why the person signed in may not pay a grant, when they approved it: the four-eyes rule, in plain words.
 *
 * @example
 * fourEyesReason('fin-1'); // 'You (fin-1) approved this grant, so a different member of finance must pay it. …'
 */
export const fourEyesReason = (approvedBy: string): string =>
  `You (${approvedBy}) approved this grant, so a different member of finance must pay it. This is the four-eyes rule: no one both approves a grant and pays it out, so every payment has been seen by two people.`;
