import { describe, expect, it } from '@jest/globals';
import { answersOf, checkAnswers, searchOf } from './retirement-answers.ts';

const typed = 'mpId=mp-4021&mpName=Jo+Bloggs&seatId=e14001063&aDay=4&aMonth=1&aYear=2027';

describe('the retirement form', () => {
  it('keeps the answers in the address and reads them back the same', () => {
    expect(searchOf(answersOf(new URLSearchParams(typed)))).toBe(typed);
  });

  it('makes the API body, the GSS code in capitals and no election date when none was typed', () => {
    expect(checkAnswers(answersOf(new URLSearchParams(typed)))).toStrictEqual({
      ok: true,
      body: { mpId: 'mp-4021', mpName: 'Jo Bloggs', seatId: 'E14001063', announcedOn: '2027-01-04' },
    });
  });

  it('sends an election date typed for this MP', () => {
    const answers = answersOf(new URLSearchParams(`${typed}&eDay=3&eMonth=5&eYear=2029`));
    expect(checkAnswers(answers)).toMatchObject({ ok: true, body: { expectedElectionOn: '2029-05-03' } });
  });

  it('fails with a message for each answer missing and each date that is not real, naming the boxes at fault', () => {
    expect(checkAnswers(answersOf(new URLSearchParams('aDay=31&aMonth=2&aYear=2027&eMonth=5')))).toStrictEqual({
      ok: false,
      errors: {
        mpId: "Enter the MP's id",
        mpName: "Enter the MP's name",
        seatId: "Enter the GSS code of the MP's seat",
        announcedOn: 'The date the MP announced their retirement must be a real date',
        expectedElectionOn: 'The expected election date must include a day and year',
      },
      dateParts: { announcedOn: ['day'], expectedElectionOn: ['day', 'year'] },
    });
  });
});
