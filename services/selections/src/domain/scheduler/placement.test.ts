import { describe, expect, it } from '@jest/globals';
import { InvalidTimetableRequestError } from './errors.ts';
import { checkPlacement, slotInto } from './placement.ts';
import { scheduleSelections } from './scheduler.ts';
import { request, seat } from './test-fixtures.ts';
import type { PlacedSelection } from './types.ts';

const christmas = { from: '2026-12-20', to: '2027-01-03', reason: 'Christmas' };
// The window opens Monday 2026-09-07; the last start that meets the deadline (2028-05-03) is 2028-03-07.
const req = { ...request('2026-09-07', '2028-03-07', { weeklyCapacity: 2, regionalWeeklyCapacity: 1, blackouts: [christmas] }) };

const placed = (seatId: string, start: string, region = 'South East'): PlacedSelection => ({ seatId, start, region });

describe('checkPlacement', () => {
  it('accepts a start that breaks no rule, with the entry the scheduler would make', () => {
    const check = checkPlacement(seat('E1', { priority: 1, majority: 412 }), '2027-01-05', req, [placed('E2', '2027-01-04', 'London')]);
    expect(check).toStrictEqual({
      ok: true,
      entry: {
        seatId: 'E1',
        region: 'South East',
        start: '2027-01-05',
        week: 17,
        phases: [
          { name: 'freeze', start: '2027-01-05', end: '2027-01-05' },
          { name: 'nominations', start: '2027-01-06', end: '2027-01-19' },
          { name: 'applications', start: '2027-01-20', end: '2027-02-02' },
          { name: 'shortlisting', start: '2027-02-03', end: '2027-02-09' },
          { name: 'hustings-and-ballot', start: '2027-02-10', end: '2027-03-02' },
          { name: 'result', start: '2027-03-03', end: '2027-03-03' },
        ],
        reason: 'priority 1, majority 412',
      },
    });
  });

  it('fails a start whose hustings would open inside a blackout', () => {
    // 2026-11-19 + 36 days = 2026-12-25
    expect(checkPlacement(seat('E1'), '2026-11-19', req, [])).toStrictEqual({
      ok: false,
      broken: ['hustings-and-ballot would start on 2026-12-25, inside blackout "Christmas"'],
    });
  });

  it('fails a start in a week already at the weekly capacity, or at the region\'s', () => {
    const others = [placed('L1', '2027-01-04', 'London'), placed('E9', '2027-01-10')];
    expect(checkPlacement(seat('E1'), '2027-01-05', req, others)).toStrictEqual({
      ok: false,
      broken: ['week of 2027-01-04 is full (2 of 2)', 'week of 2027-01-04 is full in South East (1 of 1)'],
    });
  });

  it('leaves out the selection being moved when counting the week', () => {
    const others = [placed('E1', '2027-01-04'), placed('L1', '2027-01-04', 'London')];
    expect(checkPlacement(seat('E1'), '2027-01-06', req, others)).toMatchObject({ ok: true, entry: { start: '2027-01-06', week: 17 } });
  });

  it('fails a start on or before the last day of the boundary review, and before the retirement', () => {
    const s = seat('E1', { boundaryReviewUntil: '2027-03-01', retirementAnnouncedOn: '2027-03-03' });
    expect(checkPlacement(s, '2027-03-01', req, [])).toStrictEqual({
      ok: false,
      broken: ['starts before the boundary review ends on 2027-03-01', 'starts before the retirement is announced on 2027-03-03'],
    });
    expect(checkPlacement(s, '2027-03-03', req, [])).toMatchObject({ ok: true, entry: { start: '2027-03-03' } });
  });

  it('fails a start whose result would come after the deadline, or before the window opens', () => {
    expect(checkPlacement(seat('E1'), '2028-03-08', req, [])).toStrictEqual({
      ok: false,
      broken: ['result on 2028-05-04 is after the deadline 2028-05-03'],
    });
    expect(checkPlacement(seat('E1'), '2028-03-07', req, [])).toMatchObject({ ok: true });
    expect(checkPlacement(seat('E1'), '2026-09-06', req, [])).toStrictEqual({ ok: false, broken: ['starts before the window opens on 2026-09-07'] });
  });

  it('agrees with every entry of a schedule', () => {
    const seats = Array.from({ length: 30 }, (_, i) => seat(`E${i}`, { region: ['London', 'Wales', 'South East'][i % 3] as string, priority: ((i % 3) + 1) as 1 | 2 | 3 }));
    const { entries } = scheduleSelections(seats, { ...req, weeklyCapacity: 1 });
    for (const entry of entries) {
      const s = seats.find(({ seatId }) => seatId === entry.seatId);
      expect(checkPlacement(s!, entry.start, { ...req, weeklyCapacity: 1 }, entries)).toStrictEqual({ ok: true, entry });
    }
  });

  it('fails on a request it cannot read', () => {
    const check = () => checkPlacement(seat('E1'), '2027-01-05', { ...req, weeklyCapacity: -2 }, []);
    expect(check).toThrow(InvalidTimetableRequestError);
    expect(check).toThrow(new InvalidTimetableRequestError(['weeklyCapacity must be a whole number, 1 or more, got -2']));
  });

  it('fails on a start that is not a date', () => {
    const check = () => checkPlacement(seat('E1'), '5 January', req, []);
    expect(check).toThrow(InvalidTimetableRequestError);
    expect(check).toThrow(new InvalidTimetableRequestError(['start must be a YYYY-MM-DD date, got "5 January"']));
  });
});

describe('slotInto', () => {
  it('takes the first week with room at or after the announcement, moving nothing', () => {
    // GIVEN the announcement's week is full, and the week after is full in the seat's region
    const published = [
      placed('E2', '2027-03-01', 'London'),
      placed('E3', '2027-03-02', 'Wales'),
      placed('E4', '2027-03-08'),
      placed('E5', '2027-03-15', 'London'),
    ];
    const s = seat('E1', { retirementAnnouncedOn: '2027-03-03' });
    // WHEN
    const slotted = slotInto(s, req, published);
    // THEN the week of 15 March, on its first valid day
    expect(slotted).toMatchObject({ seatId: 'E1', start: '2027-03-15', week: 27, reason: 'retirement announced 2027-03-03; priority 2, majority 5000' });
  });

  it('starts on the announcement day itself when its week has room', () => {
    expect(slotInto(seat('E1', { retirementAnnouncedOn: '2027-03-03' }), req, [])).toMatchObject({ start: '2027-03-03', week: 25 });
  });

  it('skips days whose phases would start in a blackout', () => {
    // From 2026-11-19 every start hits Christmas with one phase or another, until 2027-01-04.
    expect(slotInto(seat('E1', { retirementAnnouncedOn: '2026-11-19' }), req, [])).toMatchObject({ start: '2027-01-04' });
  });

  it('says why when the announcement comes too late for the deadline', () => {
    expect(slotInto(seat('E1', { retirementAnnouncedOn: '2028-03-08' }), req, [])).toStrictEqual({
      seatId: 'E1',
      reason: 'retirement announced 2028-03-08 is too late: the last start that meets the deadline 2028-05-03 is 2028-03-07',
    });
  });

  it('says why when every week left is full', () => {
    const published = [placed('E2', '2028-02-28', 'London'), placed('E3', '2028-03-06', 'London'), placed('E4', '2028-03-06', 'Wales')];
    // The week of 28 February has room nationally but not in London.
    expect(slotInto(seat('E1', { region: 'London', retirementAnnouncedOn: '2028-02-28' }), req, published)).toStrictEqual({
      seatId: 'E1',
      reason: 'no room: every week from the week of 2028-02-28 to the week of 2028-03-06 is full (2 a week, 1 a week in London)',
    });
  });

  it('does not slot a seat already in the timetable', () => {
    expect(slotInto(seat('E1'), req, [placed('E1', '2027-03-01')])).toStrictEqual({ seatId: 'E1', reason: 'already in the timetable, starting 2027-03-01' });
  });
});
