import { describe, expect, it } from '@jest/globals';
import { InvalidTimetableRequestError } from './errors.ts';
import { DEFAULT_PHASE_DAYS, scheduleSelections } from './scheduler.ts';
import { request, seat } from './test-fixtures.ts';

const weeksOf = (schedule: ReturnType<typeof scheduleSelections>) =>
  Object.fromEntries(schedule.entries.map(({ seatId, week }) => [seatId, week]));

describe('scheduleSelections', () => {
  it('plans the six phases back to back from the freeze day, with the result the day after the ballot', () => {
    // GIVEN one seat and a window of one week
    const seats = [seat('E1', { priority: 1, majority: 412 })];
    // WHEN
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-01-10'));
    // THEN
    expect(schedule).toStrictEqual({
      entries: [
        {
          seatId: 'E1',
          region: 'South East',
          start: '2027-01-04',
          week: 0,
          phases: [
            { name: 'freeze', start: '2027-01-04', end: '2027-01-04' },
            { name: 'nominations', start: '2027-01-05', end: '2027-01-18' },
            { name: 'applications', start: '2027-01-19', end: '2027-02-01' },
            { name: 'shortlisting', start: '2027-02-02', end: '2027-02-08' },
            { name: 'hustings-and-ballot', start: '2027-02-09', end: '2027-03-01' },
            { name: 'result', start: '2027-03-02', end: '2027-03-02' },
          ],
          reason: 'priority 1, majority 412',
        },
      ],
      stats: { scheduled: 1, unscheduled: [], peakWeeklyStarts: 1, peakConcurrent: 1, lowerBound: 1 },
    });
  });

  it('uses the phase days asked for', () => {
    const phaseDays = { nominations: 2, applications: 3, shortlisting: 1, hustingsAndBallot: 4 };
    const schedule = scheduleSelections([seat('E1')], request('2027-01-04', '2027-01-04', { phaseDays, expectedElection: '2027-01-15' }));
    expect(schedule.entries[0]?.phases).toStrictEqual([
      { name: 'freeze', start: '2027-01-04', end: '2027-01-04' },
      { name: 'nominations', start: '2027-01-05', end: '2027-01-06' },
      { name: 'applications', start: '2027-01-07', end: '2027-01-09' },
      { name: 'shortlisting', start: '2027-01-10', end: '2027-01-10' },
      { name: 'hustings-and-ballot', start: '2027-01-11', end: '2027-01-14' },
      { name: 'result', start: '2027-01-15', end: '2027-01-15' },
    ]);
  });

  it('starts island seats in the first weeks, ahead of seats of higher priority', () => {
    // GIVEN three islands of low priority, three seats of top priority, one start a week over ten weeks
    const seats = [
      seat('E1', { priority: 1, majority: 10 }),
      seat('E2', { priority: 1, majority: 20 }),
      seat('E3', { priority: 1, majority: 30 }),
      seat('S1', { island: true, priority: 3, majority: 9_000, region: 'Scotland' }),
      seat('S2', { island: true, priority: 3, majority: null, region: 'Scotland' }),
      seat('W1', { island: true, priority: 2, majority: 637, region: 'Wales' }),
    ];
    // WHEN
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-03-14', { weeklyCapacity: 1 }));
    // THEN the islands take weeks 0-2, better-ranked island first; the rest follow when the pace of six
    // starts in ten weeks (round(6·u/10) by the u-th week) has caught up with the islands' early starts
    expect(weeksOf(schedule)).toStrictEqual({ W1: 0, S1: 1, S2: 2, E1: 5, E2: 7, E3: 9 });
    expect(schedule.entries.map(({ seatId, reason }) => [seatId, reason])).toStrictEqual([
      ['W1', 'island: early; priority 2, majority 637'],
      ['S1', 'island: early; priority 3, majority 9000'],
      ['S2', 'island: early; priority 3, majority unknown'],
      ['E1', 'priority 1, majority 10'],
      ['E2', 'priority 1, majority 20'],
      ['E3', 'priority 1, majority 30'],
    ]);
  });

  it('starts every released island at once, up to the peak, ahead of the pace', () => {
    const seats = [seat('A', { island: true }), seat('B', { island: true }), seat('C'), seat('D')];
    // Four seats over four weeks need one a week, but the cap lets the islands go together.
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-01-31', { weeklyCapacity: 2 }));
    expect(weeksOf(schedule)).toStrictEqual({ A: 0, B: 1, C: 2, D: 3 });
    expect(schedule.stats.lowerBound).toBe(1);
  });

  it('puts higher priority first, then smaller majority, unknown majority last, then seatId', () => {
    const seats = [
      seat('E6', { priority: 3, majority: 1 }),
      seat('E5', { priority: 2, majority: null }),
      seat('E4', { priority: 2, majority: 900 }),
      seat('E3', { priority: 2, majority: 900 }),
      seat('E2', { priority: 2, majority: 100 }),
      seat('E1', { priority: 1, majority: 20_000 }),
    ];
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-02-14', { weeklyCapacity: 3 }));
    expect(weeksOf(schedule)).toStrictEqual({ E1: 0, E2: 1, E3: 2, E4: 3, E5: 4, E6: 5 });
  });

  it('spreads the starts across the window instead of filling the first weeks', () => {
    // GIVEN 20 seats, room for 8 a week, and 40 weeks
    const seats = Array.from({ length: 20 }, (_, i) => seat(`E${String(i).padStart(2, '0')}`));
    // WHEN
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-10-10', { weeklyCapacity: 8 }));
    // THEN one start every other week, the last in the last weeks, never two in a week
    expect(schedule.entries.map(({ week }) => week)).toStrictEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 34, 36, 38]);
    expect(schedule.stats).toMatchObject({ peakWeeklyStarts: 1, lowerBound: 1, peakConcurrent: 5 });
  });

  it('starts the day after a boundary review ends, and no sooner', () => {
    const seats = [seat('E1', { boundaryReviewUntil: '2027-01-05' })];
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-01-17'));
    expect(schedule.entries.map(({ start, week, reason }) => ({ start, week, reason }))).toStrictEqual([
      { start: '2027-01-06', week: 0, reason: 'boundary review until 2027-01-05; priority 2, majority 5000' },
    ]);
  });

  it('starts a retiring MP\'s seat no earlier than the announcement, which may be the same day', () => {
    const seats = [seat('E1', { retirementAnnouncedOn: '2027-01-07' })];
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-01-17'));
    expect(schedule.entries.map(({ start, reason }) => ({ start, reason }))).toStrictEqual([
      { start: '2027-01-07', reason: 'retirement announced 2027-01-07; priority 2, majority 5000' },
    ]);
  });

  it('moves a start off a day that would put a phase start inside a blackout', () => {
    // GIVEN a Monday start would open shortlisting on 2 February, a blacked-out day
    const blackouts = [{ from: '2027-02-02', to: '2027-02-02', reason: 'Budget' }];
    // WHEN
    const schedule = scheduleSelections([seat('E1')], request('2027-01-04', '2027-01-10', { blackouts }));
    // THEN it starts on the Tuesday, when no phase starts on 2 February
    expect(schedule.entries[0]?.phases.map(({ start }) => start)).toStrictEqual([
      '2027-01-05',
      '2027-01-06',
      '2027-01-20',
      '2027-02-03',
      '2027-02-10',
      '2027-03-03',
    ]);
  });

  it('skips a week in which every start would put a phase start inside a blackout', () => {
    const blackouts = [{ from: '2027-01-04', to: '2027-01-11', reason: 'Christmas' }];
    const schedule = scheduleSelections([seat('E1')], request('2027-01-04', '2027-01-17', { blackouts }));
    // Monday 11th is blacked out too (freeze), and 10 January would open nominations on the 11th.
    expect(schedule.entries.map(({ start, week }) => ({ start, week }))).toStrictEqual([{ start: '2027-01-12', week: 1 }]);
  });

  it('lets the result land on the deadline itself', () => {
    // The deadline is 2028-05-03, 12 months before the election; 57 days before it is 2028-03-07.
    const req = { ...request('2028-03-07', '2028-03-07'), expectedElection: '2029-05-03', completeMonthsBefore: 12 };
    const schedule = scheduleSelections([seat('E1')], req);
    expect(schedule.entries[0]?.phases.at(-1)).toStrictEqual({ name: 'result', start: '2028-05-03', end: '2028-05-03' });
  });

  it('leaves a seat unscheduled when even the first day of the window is too late for the deadline', () => {
    const req = { ...request('2028-03-08', '2028-03-08'), expectedElection: '2029-05-03', completeMonthsBefore: 12 };
    expect(scheduleSelections([seat('E1')], req)).toStrictEqual({
      entries: [],
      stats: {
        scheduled: 0,
        unscheduled: [{ seatId: 'E1', reason: 'no start from 2028-03-08 lets the result (57 days after the start) land on or before the deadline 2028-05-03' }],
        peakWeeklyStarts: 0,
        peakConcurrent: 0,
        lowerBound: 0,
      },
    });
  });

  it('says which seats cannot start at all, and why', () => {
    // GIVEN a two-week window whose last start is 2027-01-17
    const seats = [
      seat('E1', { boundaryReviewUntil: '2027-01-17' }),
      seat('E2', { boundaryReviewUntil: '2027-01-16' }),
      seat('E3', { retirementAnnouncedOn: '2027-01-18' }),
      seat('E4', { retirementAnnouncedOn: '2027-01-17', boundaryReviewUntil: '2027-01-20' }),
    ];
    // WHEN
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-01-17'));
    // THEN
    expect(schedule.entries.map(({ seatId, start }) => [seatId, start])).toStrictEqual([['E2', '2027-01-17']]);
    expect(schedule.stats.unscheduled).toStrictEqual([
      { seatId: 'E1', reason: 'boundary review until 2027-01-17 leaves no time: the last start that meets the deadline 2027-03-15 is 2027-01-17' },
      { seatId: 'E3', reason: 'retirement announced 2027-01-18 is too late: the last start that meets the deadline 2027-03-15 is 2027-01-17' },
      { seatId: 'E4', reason: 'boundary review until 2027-01-20 leaves no time: the last start that meets the deadline 2027-03-15 is 2027-01-17' },
    ]);
  });

  it('leaves a seat unscheduled when every start left to it hits a blackout', () => {
    const blackouts = [{ from: '2027-01-11', to: '2027-01-17', reason: 'Recess' }];
    const seats = [seat('E1', { retirementAnnouncedOn: '2027-01-10' })];
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-01-17', { blackouts }));
    expect(schedule.stats.unscheduled).toStrictEqual([
      { seatId: 'E1', reason: 'every start from 2027-01-10 to 2027-01-17 puts a phase start inside a blackout' },
    ]);
  });

  it('leaves the seats ranked last unscheduled when the weeks are full, and says so', () => {
    // GIVEN room for two starts in a one-week window, and three seats
    const seats = [seat('E1', { priority: 3 }), seat('E2', { priority: 1 }), seat('E3', { priority: 2 })];
    // WHEN
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-01-10', { weeklyCapacity: 2 }));
    // THEN
    expect(weeksOf(schedule)).toStrictEqual({ E2: 0, E3: 0 });
    expect(schedule.stats).toStrictEqual({
      scheduled: 2,
      unscheduled: [
        { seatId: 'E1', reason: 'no room: every week from the week of 2027-01-04 to the week of 2027-01-04 is at the weekly capacity (2) with seats ranked ahead of it' },
      ],
      peakWeeklyStarts: 2,
      peakConcurrent: 2,
      lowerBound: 2,
    });
  });

  it('keeps each region within its weekly cap, and says when the region is what is full', () => {
    // GIVEN two weeks, room for 3 a week nationally but 1 a week per region, 3 seats in the South East
    const seats = [seat('SE1', { priority: 1 }), seat('SE2', { priority: 2 }), seat('SE3', { priority: 3 }), seat('L1', { region: 'London' })];
    // WHEN
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-01-17', { weeklyCapacity: 3, regionalWeeklyCapacity: 1 }));
    // THEN
    expect(weeksOf(schedule)).toStrictEqual({ SE1: 0, SE2: 1, L1: 0 });
    expect(schedule.stats.unscheduled).toStrictEqual([
      {
        seatId: 'SE3',
        reason: 'no room: every week from the week of 2027-01-04 to the week of 2027-01-11 is at the weekly capacity (3) or at the South East regional capacity (1) with seats ranked ahead of it',
      },
    ]);
  });

  it('raises the lower bound above the national count when the regional cap forces seats into the same week', () => {
    // GIVEN one a week per region; the South East's two seats need both weeks; three other regions can
    // only start in week 1. Nationally 5 seats in 2 weeks would need 3 a week, but week 1 must take 4.
    const seats = [
      seat('SE1'),
      seat('SE2'),
      seat('L1', { region: 'London', retirementAnnouncedOn: '2027-01-11' }),
      seat('W1', { region: 'Wales', retirementAnnouncedOn: '2027-01-11' }),
      seat('S1', { region: 'Scotland', retirementAnnouncedOn: '2027-01-11' }),
    ];
    // WHEN
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-01-17', { weeklyCapacity: 4, regionalWeeklyCapacity: 1 }));
    // THEN
    expect(weeksOf(schedule)).toStrictEqual({ SE1: 0, SE2: 1, L1: 1, W1: 1, S1: 1 });
    expect(schedule.stats).toMatchObject({ scheduled: 5, peakWeeklyStarts: 4, lowerBound: 4 });
  });

  it('holds a week back for a region that will need it later, even against the preference order', () => {
    // GIVEN room for 2 a week and 1 per region over two weeks. North East has 2 seats, the least preferred;
    // London and Wales one each, preferred. Week 0 taking London and Wales would leave North East 2 for week 1.
    const seats = [
      seat('L1', { region: 'London', priority: 1 }),
      seat('W1', { region: 'Wales', priority: 1 }),
      seat('NE1', { region: 'North East', priority: 3 }),
      seat('NE2', { region: 'North East', priority: 3 }),
    ];
    // WHEN
    const schedule = scheduleSelections(seats, request('2027-01-04', '2027-01-17', { weeklyCapacity: 2, regionalWeeklyCapacity: 1 }));
    // THEN London goes first; Wales waits a week so that the North East can start one in each
    expect(weeksOf(schedule)).toStrictEqual({ L1: 0, NE1: 0, W1: 1, NE2: 1 });
    expect(schedule.stats).toMatchObject({ scheduled: 4, peakWeeklyStarts: 2, lowerBound: 2 });
  });

  it('gives the same schedule whatever the order of the seats', () => {
    const seats = [seat('E3', { priority: 1 }), seat('E1'), seat('E2', { island: true }), seat('E4', { majority: null })];
    const req = request('2027-01-04', '2027-02-28', { weeklyCapacity: 2 });
    expect(scheduleSelections([...seats].reverse(), req)).toStrictEqual(scheduleSelections(seats, req));
  });

  it('fails on a request it cannot read, listing every problem', () => {
    const req = {
      ...request('2027-01-04', '2027-01-17'),
      from: '2027-02-30',
      weeklyCapacity: 0,
      regionalWeeklyCapacity: 1.5,
      completeMonthsBefore: -1,
      phaseDays: { ...DEFAULT_PHASE_DAYS, shortlisting: 0 },
      blackouts: [{ from: '2027-01-10', to: '2027-01-09', reason: 'Backwards' }],
    };
    const seats = [seat('E1', { boundaryReviewUntil: '2027/01/01' }), seat('E1')];
    const schedule = () => scheduleSelections(seats, req);
    expect(schedule).toThrow(InvalidTimetableRequestError);
    expect(schedule).toThrow(
      new InvalidTimetableRequestError([
        'from must be a YYYY-MM-DD date, got "2027-02-30"',
        'completeMonthsBefore must be a whole number of months, 0 or more, got -1',
        'weeklyCapacity must be a whole number, 1 or more, got 0',
        'regionalWeeklyCapacity must be a whole number, 1 or more, got 1.5',
        'phaseDays.shortlisting must be a whole number of days, 1 or more, got 0',
        'blackouts[0] ("Backwards") ends on 2027-01-09, before it starts on 2027-01-10',
        'seat E1: boundaryReviewUntil must be a YYYY-MM-DD date, got "2027/01/01"',
        'seat E1 appears more than once',
      ]),
    );
  });
});
