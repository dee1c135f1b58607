import { describe, expect, it } from '@jest/globals';
import { checkRefundAnswers, refundRefusal } from './refund-answers.ts';

describe('checkRefundAnswers', () => {
  it('refunds all that is left', () => {
    expect(checkRefundAnswers({ how: 'all', amount: '' }, 2_500)).toStrictEqual({ ok: true, amountPence: 2_500 });
  });

  it('refunds a part typed in pounds and pence, exactly', () => {
    expect(checkRefundAnswers({ how: 'part', amount: '0.01' }, 2_500)).toStrictEqual({ ok: true, amountPence: 1 });
    expect(checkRefundAnswers({ how: 'part', amount: '25.00' }, 2_500)).toStrictEqual({ ok: true, amountPence: 2_500 });
  });

  it.each([
    [{ how: '', amount: '' }, { how: 'Select whether to refund all of what is left or part of it' }],
    [{ how: 'part', amount: '25.01' }, { amount: 'The refund must be £25.00 or less: that is what is left of the donation' }],
    [{ how: 'part', amount: '1.005' }, { amount: 'Enter the amount to the nearest penny, like 150.25' }],
    [{ how: 'part', amount: '' }, { amount: 'Enter an amount in pounds and pence, like 150.00' }],
  ])('fails on %p', (answers, errors) => {
    expect(checkRefundAnswers(answers, 2_500)).toStrictEqual({ ok: false, errors });
  });
});

describe('refundRefusal', () => {
  it.each([
    [409, 'The refund is more than is left of the donation. Someone may have refunded part of it since you opened this page: check what is left and try again.'],
    [422, 'A refund cannot be dated before the donation was received.'],
    [404, 'There is no such donation: it may not have been levied yet.'],
    [400, 'The refund was not made: the request body is invalid.'],
  ])('explains a %p in plain words', (status, words) => {
    expect(refundRefusal(status, 'the request body is invalid.', {})).toBe(words);
  });
});
