import { describe, expect, it } from '@jest/globals';
import { flagsAnswers, flagsBody } from './seat-flags-form.ts';
import { readSeatListView, seatListQuery, shownSeats } from './seat-list-view.ts';
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

  it('finds seats by name ignoring accents and case, or by GSS code', () => {
    const seats = [seat('W07000112', 'Ynys Môn'), seat('W07000081', 'Aberafan Maesteg')];
    expect(shownSeats(seats, { search: 'ynys mon', direction: 'ascending' }).map((s) => s.seatId)).toStrictEqual(['W07000112']);
    expect(shownSeats(seats, { search: 'w07000081', direction: 'ascending' }).map((s) => s.seatId)).toStrictEqual(['W07000081']);
  });

  it('sorts by majority either way, seats without a figure last', () => {
    const seats = [seat('W1', 'A', 5), seat('W2', 'B'), seat('W3', 'C', 900)];
    expect(shownSeats(seats, { sort: 'majority', direction: 'descending' }).map((s) => s.seatId)).toStrictEqual(['W3', 'W1', 'W2']);
    expect(shownSeats(seats, { sort: 'majority', direction: 'ascending' }).map((s) => s.seatId)).toStrictEqual(['W1', 'W3', 'W2']);
  });
});

describe("a seat's flags form", () => {
  it('starts from the saved flags and sends the date padded', () => {
    const answers = flagsAnswers({ ...seat('W1', 'A'), boundaryReviewUntil: '2027-03-01' });
    expect(answers).toStrictEqual({ island: 'no', day: '1', month: '3', year: '2027', priority: '2', shortlist: 'open' });
    expect(flagsBody({ ...answers, island: 'yes', priority: '1' })).toStrictEqual({ island: true, boundaryReviewUntil: '2027-03-01', priority: 1, shortlist: 'open' });
  });

  it('clears the boundary review when all three boxes are empty, and sends a part-date for the API to refuse', () => {
    const answers = flagsAnswers(seat('W1', 'A'));
    expect(flagsBody(answers).boundaryReviewUntil).toBeNull();
    expect(flagsBody({ ...answers, day: '31', month: '2' }).boundaryReviewUntil).toBe('-02-31');
  });
});
