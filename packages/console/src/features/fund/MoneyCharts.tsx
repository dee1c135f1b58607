import * as Plot from '@observablehq/plot';
import { useCallback, useEffect, useRef } from 'react';
import { formatPence } from '../../money/pence.ts';
import type { MoneyChartData } from './money-chart-data.ts';

// GOV.UK colours, each at least 3:1 against white (WCAG 1.4.11) and never the only sign of meaning: levied
// bars are solid and on the left of each month, granted bars hatched and on the right, and the key says so;
// the balance line has a dot at every month's end.
const BLUE = '#1d70b8';
const BLACK = '#0b0c0c';
const DARK_GREY = '#505a5f';
const HATCH_ID = 'app-granted-hatch';

const axisOptions = {
  width: 960,
  height: 340,
  marginLeft: 80,
  marginRight: 20,
  marginTop: 20,
  marginBottom: 56,
  style: { fontSize: '13px', color: BLACK, background: 'white', overflow: 'visible' },
};

// Every month's name fits up to two years; beyond that, one tick in every few months, so that none overlap.
const everyFew = <T,>(values: readonly T[]): T[] => {
  const step = Math.ceil(values.length / 24);
  return values.filter((_, index) => index % step === 0);
};

const poundsTick = (pounds: number) => formatPence(Math.round(pounds * 100)).replace(/\.00$/, '');

/** Adds the hatch the granted bars are filled with: Plot draws no patterns of its own. */
const withHatch = (svg: Element) => {
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const pattern = document.createElementNS(ns, 'pattern');
  for (const [name, value] of Object.entries({ id: HATCH_ID, width: '6', height: '6', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })) pattern.setAttribute(name, value);
  const background = document.createElementNS(ns, 'rect');
  for (const [name, value] of Object.entries({ width: '6', height: '6', fill: 'white' })) background.setAttribute(name, value);
  const line = document.createElementNS(ns, 'line');
  for (const [name, value] of Object.entries({ x1: '0', y1: '0', x2: '0', y2: '6', stroke: BLACK, 'stroke-width': '3' })) line.setAttribute(name, value);
  pattern.append(background, line);
  defs.append(pattern);
  svg.prepend(defs);
};

/** Renders a Plot figure into a box React leaves alone, again whenever what it draws changes. */
function PlotBox({ render, label }: { render: () => Element; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = render();
    // Plot adds a <style> of its own, which the console's Content-Security-Policy (no inline styles) would
    // refuse; its few rules are in the console's stylesheet instead (`.app-chart__plot svg`).
    chart.querySelector(':scope > style')?.remove();
    // Plot's aria-labels on plain <g>s are prohibited by ARIA and say nothing useful: the box's label, the
    // summary and the table say what the chart shows.
    for (const named of chart.querySelectorAll('[aria-label], [aria-description]')) {
      named.removeAttribute('aria-label');
      named.removeAttribute('aria-description');
    }
    chart.setAttribute('aria-hidden', 'true');
    withHatch(chart);
    box.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [render]);
  return <div ref={box} className="app-chart__plot" role="img" aria-label={label} />;
}

function Key({ items }: { items: readonly { swatch: React.ReactNode; label: string }[] }) {
  return (
    <ul className="govuk-list app-chart__key" aria-label="Key">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="28" height="16" aria-hidden="true" focusable="false">
            {item.swatch}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

function MonthTable({ caption, region, headings, rows }: { caption: string; region: string; headings: readonly string[]; rows: readonly { label: string; cells: readonly number[] }[] }) {
  return (
    <div className="govuk-details__text app-table-scroll" tabIndex={0} role="region" aria-label={region}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {headings.map((heading, index) => (
              <th key={heading} scope="col" className={`govuk-table__header${index === 0 ? '' : ' govuk-table__header--numeric'}`}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => (
            <tr key={row.label} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {row.label}
              </th>
              {row.cells.map((pence, index) => (
                <td key={headings[index + 1]} className="govuk-table__cell govuk-table__cell--numeric">
                  {formatPence(pence)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Levied and granted each month as bars side by side (levied solid on the left, granted hatched on the right),
 * with a caption, a summary in words, a key and the same figures, paid out too, as a table.
 *
 * @example
 * <MoneyByMonthChart data={moneyChartData(report)} />
 */
export function MoneyByMonthChart({ data }: { data: MoneyChartData }) {
  const render = useCallback(() => {
    const ticks = data.months.map((month) => month.tick);
    return Plot.plot({
      ...axisOptions,
      ariaLabel: null,
      fx: { domain: ticks, ticks: everyFew(ticks), label: 'Month', labelAnchor: 'center', labelArrow: 'none', labelOffset: 44, padding: 0.2, tickSize: 0 },
      x: { domain: ['Levied', 'Granted'], axis: null, padding: 0.1 },
      y: { label: 'Pounds', labelArrow: 'none', grid: true, nice: true, tickFormat: poundsTick },
      marks: [
        Plot.barY(data.bars, { fx: 'tick', x: 'series', y: 'pounds', fill: (bar: { series: string }) => (bar.series === 'Levied' ? BLUE : `url(#${HATCH_ID})`), stroke: BLACK, strokeWidth: 1 }),
        Plot.ruleY([0], { stroke: BLACK }),
      ],
    });
  }, [data]);
  return (
    <figure className="app-chart" aria-labelledby="money-caption">
      <figcaption id="money-caption" className="govuk-heading-s">
        Money in and out by month
      </figcaption>
      <p className="govuk-body" id="money-summary">
        {data.moneySummary}
      </p>
      <PlotBox render={render} label={`Bar chart: money levied and granted each month. ${data.moneySummary}`} />
      <Key
        items={[
          { swatch: <rect x="1" y="1" width="26" height="14" fill={BLUE} stroke={BLACK} />, label: 'Levied from donations, less refunds (solid, on the left of each month)' },
          {
            swatch: (
              <>
                <defs>
                  <pattern id="app-granted-key-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" fill="white" />
                    <line x1="0" y1="0" x2="0" y2="6" stroke={BLACK} strokeWidth="3" />
                  </pattern>
                </defs>
                <rect x="1" y="1" width="26" height="14" fill="url(#app-granted-key-hatch)" stroke={BLACK} />
              </>
            ),
            label: 'Granted by approvals, less cancellations (hatched, on the right)',
          },
        ]}
      />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Show the money in and out as a table</span>
        </summary>
        <MonthTable
          caption="Money in and out by month"
          region="Money in and out table"
          headings={['Month', 'Levied', 'Granted', 'Paid out']}
          rows={data.months.map((month) => ({ label: month.label, cells: [month.leviedPence, month.grantedPence, month.disbursedPence] }))}
        />
      </details>
    </figure>
  );
}

/**
 * The available balance at each month's end as a line with a dot a month, with a caption, a summary and a table.
 *
 * @example
 * <AvailableBalanceChart data={moneyChartData(report)} />
 */
export function AvailableBalanceChart({ data }: { data: MoneyChartData }) {
  const render = useCallback(() => {
    const points = data.months.map((month) => ({ at: new Date(`${month.month}-01T00:00:00Z`), pounds: month.availablePence / 100 }));
    return Plot.plot({
      ...axisOptions,
      ariaLabel: null,
      x: { type: 'utc', label: 'Month (the balance at its end)', labelAnchor: 'center', labelArrow: 'none', labelOffset: 44, tickFormat: '%b %y', ticks: Math.min(12, points.length) },
      y: { label: 'Pounds', labelArrow: 'none', grid: true, nice: true, zero: true, tickFormat: poundsTick },
      marks: [
        Plot.lineY(points, { x: 'at', y: 'pounds', stroke: BLUE, strokeWidth: 3 }),
        Plot.dot(points, { x: 'at', y: 'pounds', r: 4, fill: BLACK, stroke: 'white' }),
        Plot.ruleY([0], { stroke: BLACK }),
      ],
    });
  }, [data]);
  return (
    <figure className="app-chart" aria-labelledby="balance-caption">
      <figcaption id="balance-caption" className="govuk-heading-s">
        Available balance
      </figcaption>
      <p className="govuk-body" id="balance-summary">
        {data.balanceSummary}
      </p>
      <PlotBox render={render} label={`Line chart: the available balance at the end of each month. ${data.balanceSummary}`} />
      <Key
        items={[
          {
            swatch: (
              <>
                <line x1="0" y1="8" x2="28" y2="8" stroke={BLUE} strokeWidth="3" />
                <circle cx="14" cy="8" r="4" fill={BLACK} stroke="white" />
              </>
            ),
            label: 'Available to grant at the end of the month',
          },
        ]}
      />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Show the available balance as a table</span>
        </summary>
        <MonthTable
          caption="Available balance at the end of each month"
          region="Available balance table"
          headings={['Month', 'Available at the end of the month']}
          rows={data.months.map((month) => ({ label: month.label, cells: [month.availablePence] }))}
        />
      </details>
    </figure>
  );
}

/**
 * Both charts, for the overview to load lazily with Plot.
 *
 * @example
 * const MoneyCharts = lazy(async () => ({ default: (await import('./MoneyCharts.tsx')).MoneyCharts }));
 */
export function MoneyCharts({ data }: { data: MoneyChartData }) {
  return (
    <>
      <MoneyByMonthChart data={data} />
      <AvailableBalanceChart data={data} />
    </>
  );
}
