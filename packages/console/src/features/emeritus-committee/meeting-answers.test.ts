import { describe, expect, it } from '@jest/globals';
import { checkMeeting } from './meeting-answers.ts';

const held = { day: '10', month: '3', year: '2029' };

describe('the Clause V meeting form', () => {
  it('makes the API body with a link and no place when only a link is given', () => {
    expect(checkMeeting({ title: ' Clause V ', held, place: '  ', link: ' https://meet.example/x ' })).toStrictEqual({ ok: true, body: { title: 'Clause V', heldOn: '2029-03-10', link: 'https://meet.example/x' } });
  });

  it('sends both a place and a link when both are given', () => {
    expect(checkMeeting({ title: 'Clause V', held, place: 'Labour Central', link: 'https://meet.example/x' })).toStrictEqual({
      ok: true,
      body: { title: 'Clause V', heldOn: '2029-03-10', place: 'Labour Central', link: 'https://meet.example/x' },
    });
  });

  it('fails with every problem: no title, a date without its year, neither place nor link', () => {
    expect(checkMeeting({ title: '', held: { day: '10', month: '3', year: '' }, place: '', link: '' })).toStrictEqual({
      ok: false,
      errors: { title: 'Enter a title for the meeting', heldOn: 'The date of the meeting must include a year', place: 'Enter where the meeting is held, or a link to join it, or both' },
      dateParts: ['year'],
    });
  });
});
