import { describe, expect, it } from '@jest/globals';
import { erasedBy, erasedFields, erasureNotice, erasureReason, eraseRefusal, erasuresHref } from './erasure-words.ts';

describe('erasureReason', () => {
  it('names each of the three reasons in plain words', () => {
    // Act
    const words = (['retention-period-ended', 'candidate-request', 'request-on-behalf'] as const).map(erasureReason);
    // Assess
    expect(words).toStrictEqual(['Its retention period ended', 'The candidate asked', 'Finance acted on the candidate’s request']);
  });
});

describe('erasedFields', () => {
  it('lists the three special category fields as a sentence', () => {
    expect(erasedFields(['groups', 'describedAs', 'statement'])).toBe('The groups they chose, how they described themselves and their statement');
  });

  it('joins two fields with "and" and names one alone', () => {
    expect([erasedFields(['groups', 'statement']), erasedFields(['statement'])]).toStrictEqual(['The groups they chose and their statement', 'Their statement']);
  });

  it('says nothing was erased when no field is listed', () => {
    expect(erasedFields([])).toBe('Nothing');
  });
});

describe('erasedBy', () => {
  it('says the schedule erased, not a person, when the retention period ended', () => {
    expect(erasedBy({ by: 'schedule', reason: 'retention-period-ended' })).toBe('By schedule');
  });

  it('tells the candidate from a member of finance by the reason, as the record holds only the id', () => {
    expect([erasedBy({ by: 'cand-1', reason: 'candidate-request' }), erasedBy({ by: 'fin-1', reason: 'request-on-behalf' })]).toStrictEqual(['cand-1 (the candidate)', 'fin-1 (finance)']);
  });
});

describe('erasureNotice', () => {
  it('says when, in UK time, and why the data was erased', () => {
    // 10:00 UTC in summer is 11:00 in London
    expect(erasureNotice({ at: '2027-07-05T10:00:00.000Z', reason: 'request-on-behalf' })).toBe('Erased on 5 July 2027 at 11:00 because finance acted on the candidate’s request');
  });
});

describe('erasuresHref', () => {
  it('links the first page without a cursor and a later one with the API’s cursor escaped', () => {
    expect([erasuresHref(), erasuresHref('a+b=')]).toStrictEqual(['/fund/erasures', '/fund/erasures?next=a%2Bb%3D']);
  });
});

describe('eraseRefusal', () => {
  it('says an undecided application must be withdrawn first when the API answers 409', () => {
    expect(eraseRefusal(409, 'application x is not yet decided')).toBe(
      'This application is still waiting for a decision, so it must be withdrawn before the candidate’s information can be erased. Check the application again and confirm that it is withdrawn too.',
    );
  });

  it('asks for the reason when the API answers 422, and quotes the API for anything else', () => {
    expect([eraseRefusal(422, 'finance … must give the reason'), eraseRefusal(400, 'the request is invalid')]).toStrictEqual([
      'Enter the reason for erasing the candidate’s information, such as the date and reference of their letter',
      'The information could not be erased: the request is invalid',
    ]);
  });
});
