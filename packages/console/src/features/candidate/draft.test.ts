import { describe, expect, it } from '@jest/globals';
import { applicationRequest, firstIncomplete, pageOfField, pageProblems } from './draft.ts';

const complete = { seatId: 'E14001063', groups: ['women'], purpose: 'childcare', amount: '£1,250.50', statement: 'I care for two children.' };

describe('pageProblems', () => {
  it('asks for a description only when the candidate chose to describe it', () => {
    expect(pageProblems('groups', { groups: ['women'] })).toStrictEqual({});
    expect(pageProblems('groups', { groups: ['prefer-to-describe'] })).toStrictEqual({ describedAs: 'Describe it in your own words' });
    expect(pageProblems('groups', { groups: ['prefer-to-describe'], describedAs: 'a'.repeat(201) })).toStrictEqual({
      describedAs: 'Your description must be 200 characters or fewer',
    });
  });

  it('fails an amount over the fund maximum of £100,000', () => {
    expect(pageProblems('amount', { amount: '100000.01' })).toStrictEqual({ amount: 'The amount must be £100,000.00 or less' });
  });

  it('counts the statement in characters, not UTF-16 units', () => {
    expect(pageProblems('statement', { statement: '🌹'.repeat(5_000) })).toStrictEqual({});
    expect(pageProblems('statement', { statement: '🌹'.repeat(5_001) })).toStrictEqual({ statement: 'Your statement must be 5,000 characters or fewer' });
  });
});

describe('firstIncomplete', () => {
  it('leads to the first page still unanswered, and nowhere once all are', () => {
    expect(firstIncomplete({})).toBe('seat');
    expect(firstIncomplete({ ...complete, purpose: undefined })).toBe('purpose');
    expect(firstIncomplete(complete)).toBeUndefined();
  });
});

describe('applicationRequest', () => {
  it('sends the amount as exact pence and leaves out a description not asked for', () => {
    expect(applicationRequest({ ...complete, describedAs: 'left over' })).toStrictEqual({
      seatId: 'E14001063',
      groups: ['women'],
      purpose: 'childcare',
      amountRequestedPence: 125050,
      statement: 'I care for two children.',
    });
  });

  it("maps each of the API's fields back to the page that asks for it", () => {
    expect(['seatId', 'groups', 'describedAs', 'purpose', 'amountRequestedPence', 'statement'].map(pageOfField)).toStrictEqual([
      'seat', 'groups', 'groups', 'purpose', 'amount', 'statement',
    ]);
  });
});
