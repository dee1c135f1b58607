import { describe, expect, it } from '@jest/globals';
import { contestAnswers, contestBody, contestMessage, withUncontestedRow } from './contest-settings-form.ts';

const SAVED = { party: 'Lab', contestedNations: ['England', 'Wales'] as ('England' | 'Wales')[], uncontested: [{ seatId: 'E14001170', reason: 'the Speaker' }] };

describe('the contest settings form', () => {
  it('starts from the settings as saved and sends them back unchanged', () => {
    expect(contestBody(contestAnswers(SAVED))).toStrictEqual(SAVED);
  });

  it('adds an empty row with a key of its own, and sends it as typed for the API to judge', () => {
    const answers = withUncontestedRow(withUncontestedRow(contestAnswers(SAVED)));
    expect(answers.uncontested.map((row) => row.key)).toStrictEqual([0, 1, 2]);
    const typed = { ...answers, uncontested: answers.uncontested.map((row, index) => (index === 1 ? { ...row, seatId: ' e14001063 ', reason: ' a pact ' } : row)) };
    expect(contestBody(typed).uncontested).toStrictEqual([
      { seatId: 'E14001170', reason: 'the Speaker' },
      { seatId: 'E14001063', reason: 'a pact' },
      { seatId: '', reason: '' },
    ]);
  });
});

describe('contestMessage', () => {
  const EMPTY = 'Too small: expected string to have >=1 characters';

  it.each([
    ['uncontested-1-reason', EMPTY, 'Enter why uncontested seat 2 is not contested'],
    ['uncontested-0-seatId', EMPTY, 'Enter the GSS code of uncontested seat 1'],
    ['party', EMPTY, 'Enter the party, as the results file names it'],
    ['uncontested-0-seatId', 'E14001170 is listed twice', 'E14001170 is listed twice'],
  ])('says %p refused with %p as %p', (fieldId, message, expected) => {
    expect(contestMessage(fieldId, message)).toBe(expected);
  });
});
