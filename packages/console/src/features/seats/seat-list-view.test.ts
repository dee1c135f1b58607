import { describe, expect, it } from '@jest/globals';
import { flagsAnswers, flagsBody } from './seat-flags-form.ts';
import { apiQuery, readSeatListView, seatListQuery } from './seat-list-view.ts';
import type { Seat } from './seat-list-view.ts';

const seat = (seatId: string, name: string, majority?: number): Seat => ({
  seatId,
  name,
  nation: 'Wales',
  region: 'Wales',
  ...(majority === undefined ? {} : { majority }),
  island: false,
  priority: 2,
  shortlist: 'open',
  flagsRevision: 0,
  importedAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T09:00:00.000Z',
  held: false,
  contested: true,
  needsSelection: true,
});

describe('the seats list view', () => {
  it('reads filters, search, sort and cursor from the URL and writes them back the same', () => {
    const query = 'nation=Wales&region=Wales&held=false&needsSelection=true&search=ynys&sort=majority&dir=descending&next=abc';
    const view = readSeatListView(new URLSearchParams(query));
    expect(view).toStrictEqual({ nation: 'Wales', region: 'Wales', held: false, needsSelection: true, search: 'ynys', sort: 'majority', direction: 'descending', next: 'abc' });
    expect(seatListQuery(view).toString()).toBe(query);
  });

  it('ignores values it does not know', () => {
    expect(readSeatListView(new URLSearchParams('nation=Mars&region=Atlantis&held=maybe&sort=colour'))).toStrictEqual({ direction: 'ascending' });
  });

  it('asks the API for the filters, search, order and page of a view', () => {
    const view = readSeatListView(new URLSearchParams('nation=Wales&held=false&search=ynys&sort=majority&dir=descending&next=abc'));
    expect(apiQuery(view, 100)).toStrictEqual({ limit: 100, nation: 'Wales', held: 'false', search: 'ynys', sort: 'majority', direction: 'descending', next: 'abc' });
  });

  it('leaves the order to the API when none is chosen: GSS code order', () => {
    expect(apiQuery(readSeatListView(new URLSearchParams('region=Wales')), 50)).toStrictEqual({ limit: 50, region: 'Wales' });
  });
});

describe("a seat's flags form", () => {
  it('starts from the saved flags and sends the date padded', () => {
    const answers = flagsAnswers({ ...seat('W1', 'A'), boundaryReviewUntil: '2027-03-01' });
    expect(answers).toStrictEqual({ island: 'no', day: '1', month: '3', year: '2027', priority: '2', shortlist: 'open' });
    expect(flagsBody({ ...answers, island: 'yes', priority: '1' }, 4)).toStrictEqual({ island: true, boundaryReviewUntil: '2027-03-01', priority: 1, shortlist: 'open', expectedRevision: 4 });
  });

  it('clears the boundary review when all three boxes are empty, and sends a part-date for the API to refuse', () => {
    const answers = flagsAnswers(seat('W1', 'A'));
    expect(flagsBody(answers, 0).boundaryReviewUntil).toBeNull();
    expect(flagsBody({ ...answers, day: '31', month: '2' }, 0).boundaryReviewUntil).toBe('-02-31');
  });
});
