import { describe, expect, it } from '@jest/globals';
import { checkConsultation, consultationAnswersOf, consultationFieldLink, consultationSearchOf, tidyConsultation } from './consultation-answers.ts';

const typed = 'title=Clause+I&concerns=Manifesto+section+1&q=Keep+it%3F&q=Change+it%3F&lt=Draft&lu=https%3A%2F%2Fpapers.example%2F1&cDay=1&cMonth=5&cYear=2027';

describe('the consultation form', () => {
  it('keeps the answers in the address, rows in order, and reads them back the same', () => {
    const answers = consultationAnswersOf(new URLSearchParams(typed));
    expect(answers.questions).toStrictEqual(['Keep it?', 'Change it?']);
    expect(answers.links).toStrictEqual([{ title: 'Draft', url: 'https://papers.example/1' }]);
    expect(consultationSearchOf(answers)).toBe(typed);
  });

  it('shows one empty question row when the address has none', () => {
    expect(consultationAnswersOf(new URLSearchParams('')).questions).toStrictEqual(['']);
  });

  it('keeps a paper with an empty title in its place', () => {
    const answers = consultationAnswersOf(new URLSearchParams('lt=&lu=https%3A%2F%2Fa.example&lt=B&lu='));
    expect(answers.links).toStrictEqual([{ title: '', url: 'https://a.example' }, { title: 'B', url: '' }]);
    expect(consultationAnswersOf(new URLSearchParams(consultationSearchOf(answers))).links).toStrictEqual(answers.links);
  });

  it('makes the API body from the answers, trimmed', () => {
    expect(checkConsultation(consultationAnswersOf(new URLSearchParams(typed)))).toStrictEqual({
      ok: true,
      body: { title: 'Clause I', concerns: 'Manifesto section 1', questions: ['Keep it?', 'Change it?'], links: [{ title: 'Draft', url: 'https://papers.example/1' }], closesOn: '2027-05-01' },
    });
  });

  it('drops empty question and paper rows, so the API numbers rows as the check page shows them', () => {
    const answers = { ...consultationAnswersOf(new URLSearchParams(typed)), questions: ['', ' Keep it? ', '  '], links: [{ title: '', url: '' }, { title: ' B ', url: 'https://b.example' }] };
    expect(tidyConsultation(answers).questions).toStrictEqual(['Keep it?']);
    expect(tidyConsultation(answers).links).toStrictEqual([{ title: 'B', url: 'https://b.example' }]);
    expect(checkConsultation(answers)).toMatchObject({ ok: true, body: { questions: ['Keep it?'], links: [{ title: 'B', url: 'https://b.example' }] } });
  });

  it('fails with every problem keyed by the box it is about, the date first box at fault', () => {
    const answers = consultationAnswersOf(new URLSearchParams('lt=Draft&lu=&cDay=31&cMonth=2&cYear=2027'));
    expect(checkConsultation(answers)).toStrictEqual({
      ok: false,
      errors: {
        title: 'Enter a title for the consultation',
        concerns: 'Enter what the consultation concerns',
        'questions-0': 'Enter at least one question',
        'links-0-url': 'Enter the web address of paper 1',
        closesOn: 'The closing date must be a real date',
      },
      dateParts: ['day'],
    });
  });

  it('fails on a closing date left empty, all three boxes at fault', () => {
    const answers = consultationAnswersOf(new URLSearchParams('title=T&concerns=C&q=Q'));
    expect(checkConsultation(answers)).toStrictEqual({ ok: false, errors: { closesOn: 'Enter the closing date' }, dateParts: ['day', 'month', 'year'] });
  });

  it("links the error summary to a date's box and a list's first row", () => {
    expect(consultationFieldLink('closesOn', ['month'])).toBe('closesOn-month');
    expect(consultationFieldLink('closesOn')).toBe('closesOn-day');
    expect(consultationFieldLink('questions')).toBe('questions-0');
    expect(consultationFieldLink('links')).toBe('links-0-title');
    expect(consultationFieldLink('links-1-url')).toBe('links-1-url');
  });
});
