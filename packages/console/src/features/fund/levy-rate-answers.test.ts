import { describe, expect, it } from '@jest/globals';
import { answersOf, checkAnswers, searchOf } from './levy-rate-answers.ts';

describe('checkAnswers', () => {
  it('reads a percentage and a date as basis points and an ISO date', () => {
    expect(checkAnswers({ percent: '2.5', day: '1', month: '1', year: '2199' })).toStrictEqual({ ok: true, basisPoints: 250, effectiveFrom: '2199-01-01' });
  });

  it('fails with a message for each field at fault, marking the date boxes named', () => {
    expect(checkAnswers({ percent: '3.005', day: '', month: '4', year: '2027' })).toStrictEqual({
      ok: false,
      errors: { basisPoints: 'Enter the levy rate to no more than two decimal places, like 2.75', effectiveFrom: 'The date the rate starts must include a day' },
      dateParts: ['day'],
    });
  });
});

describe('answersOf and searchOf', () => {
  it('carry the answers through the address unchanged', () => {
    const answers = { percent: '2.5 %', day: '1', month: '4', year: '2027' };
    expect(answersOf(new URLSearchParams(searchOf(answers)))).toStrictEqual(answers);
  });
});
