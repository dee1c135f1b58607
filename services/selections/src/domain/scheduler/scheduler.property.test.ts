import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { checkPlacement } from './placement.ts';
import { scheduleSelections } from './scheduler.ts';
import type { Schedule, SchedulingSeat, TimetableRequest } from './types.ts';

// An oracle written apart from the scheduler: dates with Date, allowed weeks by trying every day, and a
// textbook max flow over seats (not the scheduler's compressed network). Small inputs keep it exhaustive.

const DAY = 86_400_000;
const toDay = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;
const toDate = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

const deadlineOf = (req: TimetableRequest): number => {
  const [y, m, d] = req.expectedElection.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) - req.completeMonthsBefore;
  const year = Math.floor(months / 12);
  const month = months % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d, lastDay)) / DAY;
};

const phaseStartOffsets = (req: TimetableRequest): number[] => {
  const { nominations, applications, shortlisting, hustingsAndBallot } = req.phaseDays;
  return [0, 1, 1 + nominations, 1 + nominations + applications, 1 + nominations + applications + shortlisting, 1 + nominations + applications + shortlisting + hustingsAndBallot];
};

const inBlackout = (req: TimetableRequest, day: number): boolean => {
  const date = toDate(day);
  return req.blackouts.some(({ from, to }) => from <= date && date <= to);
};

/** Every day this seat may start on, whatever else is scheduled. */
const allowedDays = (seat: SchedulingSeat, req: TimetableRequest): number[] => {
  const offsets = phaseStartOffsets(req);
  const deadline = deadlineOf(req);
  const days: number[] = [];
  for (let day = toDay(req.from); day + (offsets[5] as number) <= deadline; day++) {
    if (seat.boundaryReviewUntil !== undefined && day <= toDay(seat.boundaryReviewUntil)) continue;
    if (seat.retirementAnnouncedOn !== undefined && day < toDay(seat.retirementAnnouncedOn)) continue;
    if (offsets.some((offset) => inBlackout(req, day + offset))) continue;
    days.push(day);
  }
  return days;
};

const allowedWeeks = (seat: SchedulingSeat, req: TimetableRequest): number[] => [
  ...new Set(allowedDays(seat, req).map((day) => Math.floor((day - toDay(req.from)) / 7))),
];

/** The most of these seats that fit with `peak` starts a week (and the regional cap): Edmonds-Karp over seats. */
const maxPlaced = (seats: readonly SchedulingSeat[], req: TimetableRequest, peak: number): number => {
  const weeks = new Map(seats.map((seat) => [seat.seatId, allowedWeeks(seat, req)]));
  const weekIds = [...new Set([...weeks.values()].flat())];
  const regionWeekIds = [...new Set(seats.flatMap((seat) => (weeks.get(seat.seatId) ?? []).map((w) => `${seat.region}|${w}`)))];
  const names = ['source', 'sink', ...seats.map((s) => `seat:${s.seatId}`), ...regionWeekIds.map((id) => `rw:${id}`), ...weekIds.map((w) => `week:${w}`)];
  const index = new Map(names.map((name, i) => [name, i]));
  const cap = names.map(() => new Array<number>(names.length).fill(0));
  const edge = (a: string, b: string, c: number) => {
    (cap[index.get(a) as number] as number[])[index.get(b) as number] = c;
  };
  const regional = req.regionalWeeklyCapacity ?? Infinity;
  for (const seat of seats) {
    edge('source', `seat:${seat.seatId}`, 1);
    for (const w of weeks.get(seat.seatId) ?? []) edge(`seat:${seat.seatId}`, `rw:${seat.region}|${w}`, 1);
  }
  for (const id of regionWeekIds) edge(`rw:${id}`, `week:${id.split('|')[1]}`, Math.min(regional, peak));
  for (const w of weekIds) edge(`week:${w}`, 'sink', peak);
  let flow = 0;
  for (;;) {
    const parent = new Array<number>(names.length).fill(-1);
    parent[0] = 0;
    const queue = [0];
    while (queue.length > 0 && parent[1] === -1) {
      const u = queue.shift() as number;
      for (let v = 0; v < names.length; v++) {
        if (parent[v] === -1 && ((cap[u] as number[])[v] as number) > 0) {
          parent[v] = u;
          queue.push(v);
        }
      }
    }
    if (parent[1] === -1) return flow;
    for (let v = 1; v !== 0; v = parent[v] as number) {
      const u = parent[v] as number;
      (cap[u] as number[])[v]!--;
      (cap[v] as number[])[u]!++;
    }
    flow++;
  }
};

// Inputs: a window from a day near 2027-01-04, often only a few weeks long so that seats compete for
// weeks, short phases, a few blackouts, up to 24 seats in three regions, release dates around the window.
const BASE = toDay('2027-01-04');
const arbRequest = fc
  .record({
    fromOffset: fc.integer({ min: 0, max: 6 }),
    windowDays: fc.oneof(fc.integer({ min: -3, max: 35 }), fc.integer({ min: 36, max: 140 })),
    phaseDays: fc.record({
      nominations: fc.integer({ min: 1, max: 10 }),
      applications: fc.integer({ min: 1, max: 10 }),
      shortlisting: fc.integer({ min: 1, max: 5 }),
      hustingsAndBallot: fc.integer({ min: 1, max: 10 }),
    }),
    completeMonthsBefore: fc.integer({ min: 0, max: 2 }),
    weeklyCapacity: fc.integer({ min: 1, max: 5 }),
    regionalWeeklyCapacity: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined, freq: 4 }),
    blackouts: fc.array(fc.record({ start: fc.integer({ min: -10, max: 180 }), length: fc.integer({ min: 0, max: 5 }) }), { maxLength: 3 }),
  })
  .map(({ fromOffset, windowDays, phaseDays, completeMonthsBefore, weeklyCapacity, regionalWeeklyCapacity, blackouts }) => {
    const from = BASE + fromOffset;
    const result = 1 + phaseDays.nominations + phaseDays.applications + phaseDays.shortlisting + phaseDays.hustingsAndBallot;
    const req: TimetableRequest = {
      from: toDate(from),
      expectedElection: toDate(from + windowDays + result + 31 * completeMonthsBefore),
      completeMonthsBefore,
      weeklyCapacity,
      ...(regionalWeeklyCapacity === undefined ? {} : { regionalWeeklyCapacity }),
      blackouts: blackouts.map(({ start, length }, i) => ({ from: toDate(from + start), to: toDate(from + start + length), reason: `B${i}` })),
      phaseDays,
    };
    return { req, windowDays };
  });

const arbSeats = (windowDays: number, options: { releases: boolean }) => {
  const release = options.releases
    ? fc.option(fc.integer({ min: -7, max: Math.max(0, windowDays) + 7 }), { nil: undefined, freq: 3 })
    : fc.constant(undefined);
  return fc
    .array(
      fc.record({
        region: fc.constantFrom('North', 'North', 'North', 'South', 'East'),
        island: fc.boolean(),
        priority: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
        majority: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
        boundary: release,
        retirement: release,
      }),
      { maxLength: 24, size: 'max' },
    )
    .map((rows) =>
      rows.map(({ region, island, priority, majority, boundary, retirement }, i): SchedulingSeat => ({
        seatId: `S${String(i).padStart(2, '0')}`,
        name: `Seat ${i}`,
        nation: 'England',
        region,
        island,
        priority,
        majority,
        ...(boundary === undefined ? {} : { boundaryReviewUntil: toDate(BASE + boundary) }),
        ...(retirement === undefined ? {} : { retirementAnnouncedOn: toDate(BASE + retirement) }),
      })),
    );
};

/** A request and seats for it: `[seats, request]`. */
const arbCase = (options: { releases: boolean } = { releases: true }) =>
  arbRequest.chain(({ req, windowDays }) => arbSeats(windowDays, options).map((seats) => [seats, req] as const));

const RUNS = { numRuns: 150 };
const seatById = (seats: readonly SchedulingSeat[]) => new Map(seats.map((seat) => [seat.seatId, seat]));

describe('scheduleSelections, on random inputs', () => {
  it('places every entry on a day its seat may start on, with contiguous phases', () => {
    fc.assert(
      fc.property(arbCase(), ([seats, req]) => {
        const { entries } = scheduleSelections(seats, req);
        const bySeat = seatById(seats);
        const offsets = phaseStartOffsets(req);
        for (const entry of entries) {
          const seat = bySeat.get(entry.seatId) as SchedulingSeat;
          const start = toDay(entry.start);
          expect(allowedDays(seat, req)).toContain(start);
          expect(entry.region).toBe(seat.region);
          expect(entry.week).toBe(Math.floor((start - toDay(req.from)) / 7));
          expect(entry.phases.map(({ name }) => name)).toStrictEqual(['freeze', 'nominations', 'applications', 'shortlisting', 'hustings-and-ballot', 'result']);
          entry.phases.forEach((phase, i) => {
            expect(phase.start).toBe(toDate(start + (offsets[i] as number)));
            expect(phase.end).toBe(i < 5 ? toDate(start + (offsets[i + 1] as number) - 1) : phase.start);
          });
          expect(toDay(entry.phases[5]!.end)).toBeLessThanOrEqual(deadlineOf(req));
        }
      }),
      RUNS,
    );
  });

  it('accounts for every seat once, and says why a seat is left out', () => {
    fc.assert(
      fc.property(arbCase(), ([seats, req]) => {
        const { entries, stats } = scheduleSelections(seats, req);
        const ids = [...entries.map(({ seatId }) => seatId), ...stats.unscheduled.map(({ seatId }) => seatId)].sort();
        expect(ids).toStrictEqual(seats.map(({ seatId }) => seatId).sort());
        expect(stats.scheduled).toBe(entries.length);
        for (const { seatId, reason } of stats.unscheduled) {
          const canStart = allowedDays(seatById(seats).get(seatId) as SchedulingSeat, req).length > 0;
          expect(reason.startsWith('no room:')).toBe(canStart);
        }
      }),
      RUNS,
    );
  });

  it('schedules as many seats as any schedule could, within the weekly and regional caps', () => {
    fc.assert(
      fc.property(arbCase(), ([seats, req]) => {
        const { entries, stats } = scheduleSelections(seats, req);
        expect(stats.scheduled).toBe(maxPlaced(seats, req, req.weeklyCapacity));
        const perWeek = new Map<number, number>();
        const perRegionWeek = new Map<string, number>();
        for (const { week, region } of entries) {
          perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
          perRegionWeek.set(`${region}|${week}`, (perRegionWeek.get(`${region}|${week}`) ?? 0) + 1);
        }
        expect(Math.max(0, ...perWeek.values())).toBe(stats.peakWeeklyStarts);
        expect(stats.peakWeeklyStarts).toBeLessThanOrEqual(req.weeklyCapacity);
        expect(Math.max(0, ...perRegionWeek.values())).toBeLessThanOrEqual(req.regionalWeeklyCapacity ?? Infinity);
      }),
      RUNS,
    );
  });

  it('reaches the lower bound, which no schedule of the same seats can beat', () => {
    fc.assert(
      fc.property(arbCase(), ([seats, req]) => {
        const { entries, stats } = scheduleSelections(seats, req);
        const scheduled = entries.map(({ seatId }) => seatById(seats).get(seatId) as SchedulingSeat);
        expect(stats.peakWeeklyStarts).toBe(stats.lowerBound);
        if (scheduled.length > 0) {
          expect(maxPlaced(scheduled, req, stats.lowerBound)).toBe(scheduled.length);
          expect(maxPlaced(scheduled, req, stats.lowerBound - 1)).toBeLessThan(scheduled.length);
        } else {
          expect(stats.lowerBound).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('counts the most selections running on any one day', () => {
    fc.assert(
      fc.property(arbCase(), ([seats, req]) => {
        const { entries, stats } = scheduleSelections(seats, req);
        const running = new Map<number, number>();
        for (const { phases } of entries) {
          for (let day = toDay(phases[0]!.start); day <= toDay(phases[5]!.end); day++) running.set(day, (running.get(day) ?? 0) + 1);
        }
        expect(stats.peakConcurrent).toBe(Math.max(0, ...running.values()));
      }),
      RUNS,
    );
  });

  it('gives the same schedule whatever the order of the seats', () => {
    const arbShuffled = arbCase().chain(([seats, req]) =>
      fc.tuple(fc.constant(seats), fc.shuffledSubarray(seats, { minLength: seats.length, maxLength: seats.length }), fc.constant(req)),
    );
    fc.assert(
      fc.property(arbShuffled, ([seats, shuffled, req]) => {
        expect(scheduleSelections(shuffled, req)).toStrictEqual(scheduleSelections(seats, req));
      }),
      RUNS,
    );
  });

  it('agrees with checkPlacement on every entry it makes', () => {
    fc.assert(
      fc.property(arbCase(), ([seats, req]) => {
        const { entries } = scheduleSelections(seats, req);
        const bySeat = seatById(seats);
        for (const entry of entries) {
          expect(checkPlacement(bySeat.get(entry.seatId) as SchedulingSeat, entry.start, req, entries)).toStrictEqual({ ok: true, entry });
        }
      }),
      RUNS,
    );
  });

  it('never starts a seat after a less preferred one that it could have started with, when no regional cap binds', () => {
    const rank = (s: SchedulingSeat) => [s.island ? 0 : 1, s.priority, s.majority ?? Infinity] as const;
    const prefers = (a: SchedulingSeat, b: SchedulingSeat): boolean => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < 3; i++) if (ra[i] !== rb[i]) return (ra[i] as number) < (rb[i] as number);
      return a.seatId < b.seatId;
    };
    fc.assert(
      fc.property(arbCase(), ([seats, inputReq]) => {
        const req = { ...inputReq, regionalWeeklyCapacity: undefined };
        const { entries } = scheduleSelections(seats, req);
        const bySeat = seatById(seats);
        for (const a of entries) {
          for (const b of entries) {
            const [seatA, seatB] = [bySeat.get(a.seatId) as SchedulingSeat, bySeat.get(b.seatId) as SchedulingSeat];
            if (prefers(seatA, seatB) && b.week < a.week) {
              // a was not yet free to start in b's week
              expect(Math.min(...allowedWeeks(seatA, req))).toBeGreaterThan(b.week);
            }
          }
        }
      }),
      RUNS,
    );
  });

  it('keeps a steady pace: by the u-th usable week of U, round(n·u/U) seats have started, plus islands let go early', () => {
    fc.assert(
      fc.property(arbCase({ releases: false }), ([seats, inputReq]) => {
        const req = { ...inputReq, regionalWeeklyCapacity: undefined };
        const { entries } = scheduleSelections(seats, req);
        if (entries.length === 0) return;
        const usable = allowedWeeks({ ...(seats[0] as SchedulingSeat) }, req).sort((a, b) => a - b);
        const n = entries.length;
        const islands = entries.filter(({ seatId }) => seatById(seats).get(seatId)?.island).length;
        let started = 0;
        usable.forEach((week, i) => {
          started += entries.filter((e) => e.week === week).length;
          const target = Math.round((n * (i + 1)) / usable.length);
          expect(started).toBeGreaterThanOrEqual(target);
          expect(started).toBeLessThanOrEqual(target + islands);
        });
      }),
      RUNS,
    );
  });
});
