import { formatPence, parsePence } from '../../money/pence.ts';

/** How much of a donation to refund, as chosen: all that is left, or a part typed in pounds and pence. */
export interface RefundAnswers {
  readonly how: string;
  readonly amount: string;
}

export type RefundCheck = { readonly ok: true; readonly amountPence: number } | { readonly ok: false; readonly errors: Record<string, string> };

/**
 * Checks a refund against what is left of the donation, `refundablePence`, in plain words.
 *
 * @example
 * checkRefundAnswers({ how: 'part', amount: '10.00' }, 2500); // { ok: true, amountPence: 1000 }
 */
export const checkRefundAnswers = ({ how, amount }: RefundAnswers, refundablePence: number): RefundCheck => {
  if (how === 'all') return { ok: true, amountPence: refundablePence };
  if (how !== 'part') return { ok: false, errors: { how: 'Select whether to refund all of what is left or part of it' } };
  const parsed = parsePence(amount, { maxPence: Number.MAX_SAFE_INTEGER });
  if (!parsed.ok) return { ok: false, errors: { amount: parsed.message } };
  if (parsed.pence > refundablePence) return { ok: false, errors: { amount: `The refund must be ${formatPence(refundablePence)} or less: that is what is left of the donation` } };
  return { ok: true, amountPence: parsed.pence };
};

/**
 * Why the API refused a refund, in plain words: more than is left (409), dated before the donation (422),
 * or the API's own words for anything else.
 *
 * @example
 * refundRefusal(409, 'refund of 3000p exceeds the 2500p refundable', {}); // "The refund is more than is left of the donation. Someone may have refunded part of it since you opened this page: check what is left and try again."
 */
export const refundRefusal = (status: number, detail: string, _details: Record<string, unknown>): string => {
  if (status === 409) return 'The refund is more than is left of the donation. Someone may have refunded part of it since you opened this page: check what is left and try again.';
  if (status === 422) return 'A refund cannot be dated before the donation was received.';
  if (status === 404) return 'There is no such donation: it may not have been levied yet.';
  return `The refund was not made: ${detail.replace(/\.$/, '')}.`;
};
