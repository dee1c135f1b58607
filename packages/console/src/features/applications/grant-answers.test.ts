import { describe, expect, it } from '@jest/globals';
import { approvalRefusal, checkDecision, decisionAnswersOf, decisionSearchOf } from './decision-answers.ts';
import { checkPayment, fourEyesReason } from './payment-answers.ts';

describe('checkDecision', () => {
  it('reads an approval exactly to the penny, up to the amount requested', () => {
    expect([
      checkDecision({ decision: 'approve', amount: '£1,250.50', reason: '' }, 125_050),
      checkDecision({ decision: 'approve', amount: '1250.51', reason: '' }, 125_050),
      checkDecision({ decision: 'approve', amount: '1.005', reason: '' }, 125_050),
    ]).toStrictEqual([
      { ok: true, body: { decision: 'approve', amountPence: 125_050 } },
      { ok: false, errors: { amountPence: 'The amount must be £1,250.50 or less, the amount requested' } },
      { ok: false, errors: { amountPence: 'Enter the amount to the nearest penny, like 150.25' } },
    ]);
  });

  it('fails on a rejection without a reason, and on no decision at all', () => {
    expect([checkDecision({ decision: 'reject', amount: '', reason: '  ' }, 100), checkDecision({ decision: '', amount: '', reason: '' }, 100)]).toStrictEqual([
      { ok: false, errors: { reason: 'Enter the reason for rejecting the application: the candidate will read it' } },
      { ok: false, errors: { decision: 'Select whether to approve or reject the application' } },
    ]);
  });

  it('sends a rejection with its reason trimmed', () => {
    expect(checkDecision({ decision: 'reject', amount: '100', reason: ' Not standing in a selection \n' }, 100)).toStrictEqual({ ok: true, body: { decision: 'reject', reason: 'Not standing in a selection' } });
  });
});

describe('decisionSearchOf', () => {
  it('carries only what the decision uses, and reads back as typed', () => {
    const search = decisionSearchOf({ decision: 'reject', amount: '150', reason: 'Not eligible & late' });
    expect({ search, back: decisionAnswersOf(new URLSearchParams(search)) }).toStrictEqual({
      search: 'decision=reject&reason=Not+eligible+%26+late',
      back: { decision: 'reject', amount: '', reason: 'Not eligible & late' },
    });
  });
});

describe('approvalRefusal', () => {
  it("names the fund's available balance when it cannot cover the approval", () => {
    expect(approvalRefusal({ requestedPence: 50_000, availablePence: 12_000 }, 'a commitment of 50000p exceeds the 12000p available in the fund')).toBe(
      'The fund has £120.00 available, less than the £500.00 you approved. Approve £120.00 or less, or reject the application.',
    );
  });

  it("falls back to the API's detail for any other refusal", () => {
    expect(approvalRefusal({}, 'something else')).toBe('something else');
  });
});

describe('checkPayment', () => {
  it('pays what is left in full, or an exact part of it up to what is left', () => {
    expect([
      checkPayment({ how: 'full', amount: 'ignored' }, 75_000),
      checkPayment({ how: 'part', amount: '250' }, 75_000),
      checkPayment({ how: 'part', amount: '750.01' }, 75_000),
      checkPayment({ how: '', amount: '' }, 75_000),
    ]).toStrictEqual([
      { ok: true, amountPence: 75_000 },
      { ok: true, amountPence: 25_000 },
      { ok: false, errors: { amountPence: 'The amount must be £750.00 or less, what is left to pay' } },
      { ok: false, errors: { how: 'Select whether to pay the rest of the grant in full or part of it' } },
    ]);
  });
});

describe('fourEyesReason', () => {
  it('says who approved and why someone else must pay', () => {
    expect(fourEyesReason('fin-1')).toBe(
      'You (fin-1) approved this grant, so a different member of finance must pay it. This is the four-eyes rule: no one both approves a grant and pays it out, so every payment has been seen by two people.',
    );
  });
});
