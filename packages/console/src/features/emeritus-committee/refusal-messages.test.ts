import { describe, expect, it } from '@jest/globals';
import { consultationFieldName, meetingFieldName, refusalMessages } from './refusal-messages.ts';

describe('refusalMessages', () => {
  it("leads each issue with the field's name, keyed by the field id the form gives the box", () => {
    expect(
      refusalMessages(
        [
          { path: ['body', 'closesOn'], message: 'must be after today (today is 2027-04-01, UTC)' },
          { path: ['body', 'links', 1, 'url'], message: 'must start with https://' },
          { path: ['body', 'questions', 0], message: 'must be at most 500 characters' },
        ],
        consultationFieldName,
      ),
    ).toStrictEqual({
      closesOn: 'The closing date must be after today (today is 2027-04-01, UTC)',
      'links-1-url': 'The web address of paper 2 must start with https://',
      'questions-0': 'Question 1 must be at most 500 characters',
    });
  });

  it('keeps an issue already worded as a sentence, and the first issue of a field', () => {
    expect(
      refusalMessages(
        [
          { path: ['body', 'heldOn'], message: 'Enter a date' },
          { path: ['body', 'heldOn'], message: 'must not be in the past' },
        ],
        meetingFieldName,
      ),
    ).toStrictEqual({ heldOn: 'Enter a date' });
  });

  it('keeps the message of a field the form does not name', () => {
    expect(refusalMessages([{ path: ['body', 'extra'], message: 'is not expected' }], meetingFieldName)).toStrictEqual({ extra: 'is not expected' });
  });
});

describe('the forms’ field names', () => {
  it('names a list as a whole and each row of it', () => {
    expect(['questions', 'questions-2', 'links', 'links-0-title', 'concerns'].map(consultationFieldName)).toStrictEqual(['The questions', 'Question 3', 'The papers', 'The title of paper 1', 'What it concerns']);
    expect(meetingFieldName('link')).toBe('The link to join');
  });
});
