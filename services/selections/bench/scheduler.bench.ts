/**
 * Times the selections scheduler on the 2024 results and compares it with a naive first-fit scheduler run
 * in the same process. Run from the repo root: `pnpm bench:scheduler`.
 *
 * Scenarios: the seats Labour must select for (contested nations, not the Speaker's, not held: 220), and
 * all 650 seats as if none were held. Priority comes from the majority (under 5,000: 1; under 15,000: 2;
 * else 3), since the results file has none. Reads the Commons Library file committed in data/.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { dayNumber, isoDate } from '../src/domain/scheduler/calendar.ts';
import { DEFAULT_PHASE_DAYS, scheduleSelections } from '../src/domain/scheduler/scheduler.ts';
import { comparePreference, earliestDay, obstacle } from '../src/domain/scheduler/seat-window.ts';
import { TimetableWindow } from '../src/domain/scheduler/timetable-window.ts';
import type { Blackout, Schedule, SchedulingSeat, TimetableRequest } from '../src/domain/scheduler/types.ts';

const RESULTS = fileURLToPath(new URL('../../../data/HoC-GE2024-results-by-constituency.csv', import.meta.url));
const ISLAND_NAMES = ['Na h-Eileanan an Iar', 'Orkney and Shetland', 'Isle of Wight East', 'Isle of Wight West', 'Ynys Môn'];
const WARM_UP = 5;
const RUNS = 31;

interface ResultRow {
  'ONS ID': string;
  'Constituency name': string;
  'Region name': string;
  'Country name': string;
  'First party': string;
  Majority: string;
}

/**
 * 20 December to 3 January every winter, and conference week every September: seven days from the
 * Saturday before the fourth Sunday (2024: 21-27 September, around the conference of 22-25 September).
 */
const blackouts = (firstYear: number, lastYear: number): Blackout[] => {
  const list: Blackout[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const firstSunday = 1 + ((7 - new Date(Date.UTC(year, 8, 1)).getUTCDay()) % 7);
    const conference = dayNumber(`${year}-09-01`) + firstSunday - 1 + 21 - 1;
    list.push({ from: isoDate(conference), to: isoDate(conference + 6), reason: `Conference ${year}` });
    list.push({ from: `${year}-12-20`, to: `${year + 1}-01-03`, reason: `Christmas ${year}` });
  }
  return list;
};

const request: TimetableRequest = {
  from: '2024-09-02',
  expectedElection: '2029-05-03',
  completeMonthsBefore: 12,
  weeklyCapacity: 8,
  regionalWeeklyCapacity: 2,
  blackouts: blackouts(2024, 2028),
  phaseDays: DEFAULT_PHASE_DAYS,
};

const toSeat = (row: ResultRow, islands: ReadonlySet<string>): SchedulingSeat => {
  const majority = Number(row.Majority);
  return {
    seatId: row['ONS ID'],
    name: row['Constituency name'],
    nation: row['Country name'],
    region: row['Region name'],
    island: islands.has(row['ONS ID']),
    priority: majority < 5_000 ? 1 : majority < 15_000 ? 2 : 3,
    majority,
  };
};

/**
 * The baseline: what a first attempt would do. Seats in preference order, each on the first valid day from
 * its earliest whose week still has room nationally and in its region. No lower bound, no pacing.
 */
const firstFit = (seats: readonly SchedulingSeat[], req: TimetableRequest): { placed: number; peak: number; lastWeek: number } => {
  const window = new TimetableWindow(req);
  const national = new Map<number, number>();
  const regional = new Map<string, number>();
  let placed = 0;
  let peak = 0;
  let lastWeek = 0;
  for (const seat of [...seats].sort(comparePreference)) {
    if (obstacle(seat, window) !== undefined) continue;
    for (let day = earliestDay(seat, window); day <= window.latestStartDay; day++) {
      if (!window.isValidStart(day)) continue;
      const week = window.weekOf(day);
      const key = `${seat.region}|${week}`;
      const n = national.get(week) ?? 0;
      const r = regional.get(key) ?? 0;
      if (n >= req.weeklyCapacity || r >= (req.regionalWeeklyCapacity ?? Infinity)) {
        day = window.weekStartDay(week + 1) - 1;
        continue;
      }
      national.set(week, n + 1);
      regional.set(key, r + 1);
      placed++;
      peak = Math.max(peak, n + 1);
      lastWeek = Math.max(lastWeek, week);
      break;
    }
  }
  return { placed, peak, lastWeek };
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

const time = <T>(run: () => T): { result: T; medianMs: number } => {
  let result = run();
  for (let i = 1; i < WARM_UP; i++) result = run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    result = run();
    times.push(performance.now() - started);
  }
  return { result, medianMs: median(times) };
};

const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

const bench = (name: string, seats: SchedulingSeat[]): void => {
  const ours = time((): Schedule => scheduleSelections(seats, request));
  const naive = time(() => firstFit(seats, request));
  const sortOnly = time(() => [...seats].sort(comparePreference));
  const { stats, entries } = ours.result;
  const weeks = entries.map(({ week }) => week);
  console.log(`\n${name}: ${seats.length} seats`);
  console.log(`  scheduled ${stats.scheduled}, unscheduled ${stats.unscheduled.length}`);
  console.log(`  peak weekly starts ${stats.peakWeeklyStarts} vs lower bound ${stats.lowerBound}; peak concurrent ${stats.peakConcurrent}`);
  console.log(`  starts from week ${Math.min(...weeks)} (${entries[0]?.start}) to week ${Math.max(...weeks)} (${entries.at(-1)?.start})`);
  console.log(`  scheduler   median ${fmt(ours.medianMs)} of ${RUNS} runs after ${WARM_UP} warm-up`);
  console.log(
    `  first-fit   median ${fmt(naive.medianMs)} (places ${naive.result.placed}, peak ${naive.result.peak}, last start week ${naive.result.lastWeek})` +
      `: scheduler/first-fit = ${(ours.medianMs / naive.medianMs).toFixed(1)}x`,
  );
  console.log(`  sort alone  median ${fmt(sortOnly.medianMs)}: scheduler/sort = ${(ours.medianMs / sortOnly.medianMs).toFixed(0)}x`);
};

const rows = parse(readFileSync(RESULTS, 'utf8'), { columns: true, skip_empty_lines: true }) as ResultRow[];
const islands = new Set(rows.filter((row) => ISLAND_NAMES.includes(row['Constituency name'])).map((row) => row['ONS ID']));
const window = new TimetableWindow(request);
console.log(
  `window ${request.from} to the last start ${isoDate(window.latestStartDay)} (deadline ${window.deadline}): ${window.weeks} weeks; ` +
    `weekly capacity ${request.weeklyCapacity}, regional ${request.regionalWeeklyCapacity}; ${request.blackouts.length} blackouts; ` +
    `islands ${[...islands].sort().join(' ')}`,
);
const contested = rows.filter((row) => row['Country name'] !== 'Northern Ireland' && row['First party'] !== 'Spk' && row['First party'] !== 'Lab');
bench('Seats to select for (not held, contested, not the Speaker)', contested.map((row) => toSeat(row, islands)));
bench('All seats as if none were held', rows.map((row) => toSeat(row, islands)));
