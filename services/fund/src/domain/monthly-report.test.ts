import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { totalsFrom } from './fund-totals.ts';
import { balancesOf, movement } from './ledger.ts';
import type { Movement, MovementKind } from './ledger.ts';
import { unitsOfPence, wholePenceOf } from './money.ts';
import { lastDayOf, monthlyReport, monthsOf } from './monthly-report.ts';

let sequence = 0;
const moved = (kind: MovementKind, units: number, effectiveOn: string): Movement =>
  movement(kind, units, { movementId: `m-${++sequence}`, effectiveOn, postedAt: `${effectiveOn}T12:00:00.000Z`, amountPence: 0 });

describe('monthsOf', () => {
  it('lists every month from the first to the last, across a new year', () => {
    expect(monthsOf('2025-11', '2026-02')).toStrictEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('lists one month when both ends are the same', () => {
    expect(monthsOf('2026-05', '2026-05')).toStrictEqual(['2026-05']);
  });
});

describe('lastDayOf', () => {
  it('knows February of a leap year and December', () => {
    expect([lastDayOf('2028-02'), lastDayOf('2026-02'), lastDayOf('2026-12')]).toStrictEqual(['2028-02-29', '2026-02-28', '2026-12-31']);
  });
});

describe('monthlyReport', () => {
  it('nets reversals off levies and cancellations off grants, and works the opening balance back from the totals', () => {
    // GIVEN a levy before the range, then a month of levies, a reversal, a grant and a part payment, then a cancellation
    const history = [
      moved('levy', unitsOfPence(500), '2026-03-10'),
      moved('levy', 1_650_000, '2026-04-02'), // 165p exactly
      moved('levy', 4_800, '2026-04-03'), // 0.48p
      moved('levy-reversal', 1_500, '2026-04-20'),
      moved('commitment', unitsOfPence(300), '2026-04-21'),
      moved('disbursement', unitsOfPence(100), '2026-04-22'),
      moved('release', unitsOfPence(200), '2026-05-01'),
      moved('levy', 7_000, '2026-05-02'), // the net levy passes a whole penny: 665.33p + 0.70p
    ];
    const totals = totalsFrom(history);
    // WHEN the report covers April to June, reading only what is effective since April
    const report = monthlyReport({ from: '2026-04', to: '2026-06' }, totals, history.slice(1));
    // THEN
    expect(report).toStrictEqual({
      from: '2026-04',
      to: '2026-06',
      openingAvailablePence: 500,
      months: [
        { month: '2026-04', leviedPence: 165, grantedPence: 300, disbursedPence: 100, availablePence: 365 },
        { month: '2026-05', leviedPence: 1, grantedPence: -200, disbursedPence: 0, availablePence: 566 },
        { month: '2026-06', leviedPence: 0, grantedPence: 0, disbursedPence: 0, availablePence: 566 },
      ],
    });
    expect(wholePenceOf(totals.availableUnits)).toBe(566);
  });

  it('counts movements after the range only to work back to its balances', () => {
    // GIVEN a levy in the range and a later one
    const history = [moved('levy', unitsOfPence(100), '2026-01-15'), moved('levy', unitsOfPence(40), '2026-03-01')];
    // WHEN the range ends before the later one
    const report = monthlyReport({ from: '2026-01', to: '2026-02' }, totalsFrom(history), history);
    // THEN the later levy is in neither month
    expect(report.months).toStrictEqual([
      { month: '2026-01', leviedPence: 100, grantedPence: 0, disbursedPence: 0, availablePence: 100 },
      { month: '2026-02', leviedPence: 0, grantedPence: 0, disbursedPence: 0, availablePence: 100 },
    ]);
  });

  const MONTHS = monthsOf('2025-01', '2026-12');
  const aMovement = fc.record({
    kind: fc.constantFrom<MovementKind>('levy', 'levy-reversal', 'commitment', 'release', 'disbursement'),
    month: fc.constantFrom(...MONTHS),
    day: fc.integer({ min: 1, max: 28 }),
    // Levies in exact units (a fraction of a penny or more), grants in whole pence, as the fund moves them
    amount: fc.integer({ min: 0, max: 5_000_000 }),
  });
  const historyOf = (drawn: { kind: MovementKind; month: string; day: number; amount: number }[]) =>
    drawn.map(({ kind, month, day, amount }) =>
      moved(kind, kind === 'levy' || kind === 'levy-reversal' ? amount : unitsOfPence(Math.floor(amount / 100)), `${month}-${String(day).padStart(2, '0')}`),
    );

  it('gives month-end balances that are the running sum of the monthly changes, ending on the available total when the range reaches the latest movement', () => {
    fc.assert(
      fc.property(fc.array(aMovement, { maxLength: 200 }), fc.integer({ min: 0, max: MONTHS.length - 1 }), (drawn, start) => {
        // Prepare
        const history = historyOf(drawn);
        const from = MONTHS[start]!;
        const totals = totalsFrom(history);
        const since = history.filter((each) => each.effectiveOn >= `${from}-01`);
        // Act: to the last month any movement can be in ("today")
        const report = monthlyReport({ from, to: '2026-12' }, totals, since);
        // Assess
        let running = report.openingAvailablePence;
        for (const month of report.months) {
          running += month.leviedPence - month.grantedPence;
          expect(month.availablePence).toBe(running);
          // and it is what the entries up to the month's end say the fund account holds
          expect(month.availablePence).toBe(wholePenceOf(balancesOf(history.filter((each) => each.effectiveOn <= lastDayOf(month.month))).fund));
        }
        expect(report.months.at(-1)!.availablePence).toBe(wholePenceOf(totals.availableUnits));
      }),
    );
  });

  it('reports the same months whatever order the movements come in', () => {
    fc.assert(
      fc.property(fc.array(aMovement, { maxLength: 60 }), (drawn) => {
        const history = historyOf(drawn);
        const totals = totalsFrom(history);
        expect(monthlyReport({ from: '2025-06', to: '2026-06' }, totals, [...history].reverse())).toStrictEqual(monthlyReport({ from: '2025-06', to: '2026-06' }, totals, history));
      }),
    );
  });
});
