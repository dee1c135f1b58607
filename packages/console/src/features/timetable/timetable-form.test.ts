import { describe, expect, it } from '@jest/globals';
import { emptyTimetableAnswers, formFieldId, plainMessage, timetableBody, withBlackout } from './timetable-form.ts';

describe('timetableBody', () => {
  it('sends dates padded and whole numbers as numbers, leaving out an empty regional capacity and empty phase lengths', () => {
    // Prepare
    const answers = {
      ...withBlackout(emptyTimetableAnswers()),
      from: { day: '4', month: '1', year: '2027' },
      expectedElection: { day: '3', month: '5', year: '2029' },
      weeklyCapacity: ' 8 ',
      phaseDays: { nominations: '10', applications: '', shortlisting: '7', hustingsAndBallot: '21' },
    };
    const typed = { ...answers, blackouts: [{ key: 1, from: { day: '20', month: '12', year: '2027' }, to: { day: '3', month: '1', year: '2028' }, reason: ' Christmas ' }] };
    // Act
    const body = timetableBody(typed);
    // Assess
    expect(body).toStrictEqual({
      from: '2027-01-04',
      expectedElection: '2029-05-03',
      completeMonthsBefore: 12,
      weeklyCapacity: 8,
      blackouts: [{ from: '2027-12-20', to: '2028-01-03', reason: 'Christmas' }],
      phaseDays: { nominations: 10, shortlisting: 7, hustingsAndBallot: 21 },
    });
  });

  it('sends what is not a whole number as typed and an empty date as empty, for the API to refuse', () => {
    const body = timetableBody({ ...emptyTimetableAnswers(), weeklyCapacity: '2.5', regionalWeeklyCapacity: 'two' });
    expect({ from: body.from, weeklyCapacity: body.weeklyCapacity, regional: body.regionalWeeklyCapacity }).toStrictEqual({ from: '', weeklyCapacity: '2.5', regional: 'two' });
  });
});

describe('plainMessage', () => {
  const answers = { ...withBlackout(emptyTimetableAnswers()), from: { day: '31', month: '2', year: '2027' } };

  it('names the field and the rule in plain words', () => {
    expect(plainMessage('weeklyCapacity', 'Too small: expected number to be >=1', { ...answers, weeklyCapacity: '0' })).toBe('National weekly capacity must be 1 or more');
    expect(plainMessage('weeklyCapacity', 'Invalid input: expected number, received string', answers)).toBe('Enter national weekly capacity');
    expect(plainMessage('phaseDays-shortlisting', 'Too big: expected number to be <=365', answers)).toBe('Shortlisting length must be 365 or less');
    expect(plainMessage('regionalWeeklyCapacity', 'Invalid input: expected number, received string', { ...answers, regionalWeeklyCapacity: 'two' })).toBe('Regional weekly capacity must be a whole number, like 8');
    expect(plainMessage('from', 'Invalid ISO date', answers)).toBe('The date the timetable opens must be a real date, like 4 1 2027');
    expect(plainMessage('expectedElection', 'Invalid ISO date', answers)).toBe('Enter the expected election date');
    expect(plainMessage('blackouts-0-reason', 'Too small: expected string to have >=1 characters', answers)).toBe('Enter blackout 1 reason');
    expect(plainMessage('expectedElection', 'the election must come after from (2027-01-04)', { ...answers, expectedElection: { day: '1', month: '1', year: '2027' } })).toBe(
      'The expected election date: the election must come after the timetable opens (2027-01-04)',
    );
  });

  it('links a date to its day box', () => {
    expect([formFieldId('from'), formFieldId('blackouts-2-to'), formFieldId('weeklyCapacity')]).toStrictEqual(['from-day', 'blackouts-2-to-day', 'weeklyCapacity']);
  });
});
