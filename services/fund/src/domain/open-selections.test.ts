import { describe, expect, it } from '@jest/globals';
import { openSelectionsMatching, searchable } from './open-selections.ts';
import type { SelectionView } from './selection-view.ts';

const scheduled = (selectionId: string, seatName: string, resultEndsOn = '2027-06-30'): SelectionView => ({
  status: 'scheduled',
  selectionId,
  seatId: `W0700${selectionId.padStart(4, '0')}`,
  seatName,
  region: 'Wales',
  timetableId: 't-1',
  opensOn: '2027-01-04',
  resultEndsOn,
  occurredAt: '2026-12-01T10:00:00.000Z',
});

describe('searchable', () => {
  it('sets case, accents and punctuation aside', () => {
    expect(searchable('Ynys Môn')).toBe('ynys mon');
    expect(searchable("Na h-Eileanan an Iar")).toBe('na h eileanan an iar');
    expect(searchable('  Brighton,  Kemptown & Peacehaven ')).toBe('brighton kemptown peacehaven');
  });
});

describe('openSelectionsMatching', () => {
  const views: SelectionView[] = [
    scheduled('1', 'Ynys Môn'),
    scheduled('2', 'Monmouthshire'),
    scheduled('3', 'Cardiff East', '2027-02-01'),
    { status: 'cancelled', selectionId: '4', seatId: 'W07000004', reason: 'retirement withdrawn', occurredAt: '2026-12-02T10:00:00.000Z' },
  ];

  it('offers only selections open on the day, matching every word, by seat name', () => {
    expect(openSelectionsMatching(views, 'MON', '2027-03-01')).toStrictEqual({ items: [views[1], views[0]], total: 2 });
    expect(openSelectionsMatching(views, 'ynys môn', '2027-03-01')).toStrictEqual({ items: [views[0]], total: 1 });
  });

  it('leaves out a selection whose result phase has ended, and a cancelled one', () => {
    expect(openSelectionsMatching(views, 'cardiff', '2027-02-01').items).toStrictEqual([views[2]]);
    expect(openSelectionsMatching(views, 'cardiff', '2027-02-02')).toStrictEqual({ items: [], total: 0 });
  });

  it('answers at most 50, saying how many matched', () => {
    const many = Array.from({ length: 60 }, (_, index) => scheduled(String(index + 10), `Seat ${String(index).padStart(2, '0')}`));
    const found = openSelectionsMatching(many, 'seat', '2027-03-01');
    expect(found.total).toBe(60);
    expect(found.items.map((item) => item.seatName)).toStrictEqual(many.slice(0, 50).map((item) => (item as { seatName: string }).seatName));
  });
});
