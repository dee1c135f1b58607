import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { ChartData, ChartWeek } from './chart-data.ts';
import { formatCalendarDate, shortDate } from './labels.ts';
import type { TimetableRequest } from './timetable-types.ts';

// GOV.UK colours, each at least 3:1 against white (WCAG 1.4.11) and never the only sign of meaning: the
// blackouts are hatched and labelled, the marks differ in shape, the capacity line is dashed and named.
const BLUE = '#1d70b8';
const GREEN = '#00703c';
const BLACK = '#0b0c0c';
const DARK_GREY = '#505a5f';
const PURPLE = '#4c2c92';
const RED = '#d4351c';
const DAY = 86_400_000;

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const plusDays = (date: string, days: number) => new Date(utc(date).getTime() + days * DAY);

interface WeekBar extends ChartWeek {
  readonly x1: Date;
  readonly x2: Date;
  readonly middle: Date;
}

const bars = (weeks: readonly ChartWeek[]): WeekBar[] => weeks.map((week) => ({ ...week, x1: utc(week.weekStart), x2: plusDays(week.weekStart, 7), middle: plusDays(week.weekStart, 3.5) }));

/** The blackouts as shaded spans, each from its first day to the end of its last. */
const blackoutMarks = (blackouts: TimetableRequest['blackouts'], top: number, hatchId: string) => [
  Plot.rect(blackouts, { x1: (b: { from: string }) => utc(b.from), x2: (b: { to: string }) => plusDays(b.to, 1), y1: 0, y2: top, fill: `url(#${hatchId})`, stroke: DARK_GREY, strokeWidth: 1 }),
  Plot.text(blackouts, { x: (b: { from: string }) => utc(b.from), y: top, text: (b: { reason: string }) => `Blackout: ${b.reason}`, textAnchor: 'start', dx: 3, dy: 10, fill: BLACK, fontSize: 12 }),
];

/** Adds the hatch the blackouts are filled with: Plot draws no patterns of its own. */
const withHatch = (svg: Element, hatchId: string) => {
  const ns = 'http://www.w3.org/2000/svg';
  const defs = document.createElementNS(ns, 'defs');
  const pattern = document.createElementNS(ns, 'pattern');
  for (const [name, value] of Object.entries({ id: hatchId, width: '8', height: '8', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' })) pattern.setAttribute(name, value);
  const background = document.createElementNS(ns, 'rect');
  for (const [name, value] of Object.entries({ width: '8', height: '8', fill: '#f3f2f1' })) background.setAttribute(name, value);
  const line = document.createElementNS(ns, 'line');
  for (const [name, value] of Object.entries({ x1: '0', y1: '0', x2: '0', y2: '8', stroke: DARK_GREY, 'stroke-width': '2' })) line.setAttribute(name, value);
  pattern.append(background, line);
  defs.append(pattern);
  svg.prepend(defs);
};

/** Renders a Plot figure into a box React leaves alone, again whenever what it draws changes. */
function PlotBox({ render, label, hatchId }: { render: () => Element; label: string; hatchId: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = render();
    // Plot adds a <style> of its own, which the console's Content-Security-Policy (no inline styles) would
    // refuse; its few rules are in the console's stylesheet instead (`.app-chart__plot svg`).
    chart.querySelector(':scope > style')?.remove();
    // Plot names its groups for screen readers ("rect", "rule") with aria-label on plain <g>s, which ARIA
    // prohibits and which says nothing useful: the box's label, summary and table say what the chart shows.
    for (const named of chart.querySelectorAll('[aria-label], [aria-description]')) {
      named.removeAttribute('aria-label');
      named.removeAttribute('aria-description');
    }
    chart.setAttribute('aria-hidden', 'true');
    withHatch(chart, hatchId);
    box.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [render, hatchId]);
  return <div ref={box} className="app-chart__plot" role="img" aria-label={label} />;
}

const axisOptions = {
  width: 960,
  height: 356,
  marginLeft: 50,
  marginRight: 20,
  marginTop: 30,
  marginBottom: 56,
  style: { fontSize: '13px', color: BLACK, background: 'white', overflow: 'visible' },
};

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

// Each chart's patterns have ids of their own: two charts share a page.
const hatchSwatch = (id: string) => (
  <>
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#f3f2f1" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={DARK_GREY} strokeWidth="2" />
      </pattern>
    </defs>
    <rect x="1" y="1" width="26" height="14" fill={`url(#${id})`} stroke={DARK_GREY} />
  </>
);

/**
 * Selections starting each week against the weekly capacity, blackouts hatched, with islands, boundary-review
 * holds and retirements marked by shape above their week's bar; a caption, a summary in words and the same
 * figures as a table.
 */
export function StartsChart({ data, request, lowerBound }: { data: ChartData; request: TimetableRequest; lowerBound: number }) {
  const total = data.weeks.reduce((sum, week) => sum + week.starts, 0);
  const touched = data.weeks.filter((week) => week.blackouts.length > 0).length;
  const [islands, holds, retirements] = (['islands', 'boundaryHolds', 'retirements'] as const).map((key) => data.weeks.reduce((sum, week) => sum + week[key], 0));
  const summary =
    `${total} selections start between ${formatCalendarDate(request.from)} and ${formatCalendarDate(data.lastStart)}, the last start that meets the deadline of ${formatCalendarDate(data.deadline)}. ` +
    `The most starting in one week is ${data.peakStarts.count}${data.peakStarts.weekStart ? ` (week of ${formatCalendarDate(data.peakStarts.weekStart)})` : ''}, against a weekly capacity of ${data.weeklyCapacity}` +
    `${data.regionalWeeklyCapacity === undefined ? '' : ` and ${data.regionalWeeklyCapacity} a region`}; no timetable could have a lower weekly peak than ${lowerBound}. ` +
    `${touched} weeks touch a blackout. ${islands} island seats, ${holds} held for a boundary review, ${retirements} opened by a retirement.`;
  const render = () => {
    const rows = bars(data.weeks);
    const top = Math.max(data.weeklyCapacity, data.peakStarts.count) + 2;
    const marked = (key: 'islands' | 'boundaryHolds' | 'retirements') => rows.filter((row) => row[key] > 0);
    return Plot.plot({
      ...axisOptions,
      ariaLabel: null,
      x: { type: 'utc', label: 'Week starting', labelAnchor: 'center', labelArrow: 'none', labelOffset: 50 },
      y: { label: 'Selections starting', labelArrow: 'none', domain: [0, top], grid: true, nice: true },
      marks: [
        ...blackoutMarks(request.blackouts, top, 'app-starts-hatch'),
        Plot.rect(rows, { x1: 'x1', x2: 'x2', y1: 0, y2: 'starts', fill: BLUE, inset: 0.5 }),
        Plot.ruleY([data.weeklyCapacity], { stroke: BLACK, strokeWidth: 2, strokeDasharray: '8 4' }),
        Plot.text([data.weeklyCapacity], { y: (d: number) => d, frameAnchor: 'right', text: () => `Weekly capacity ${data.weeklyCapacity}`, dy: -9, fill: BLACK, fontSize: 12 }),
        Plot.dot(marked('islands'), { x: 'middle', y: 'starts', dy: -7, symbol: 'circle', r: 4, fill: BLACK }),
        Plot.dot(marked('boundaryHolds'), { x: 'middle', y: 'starts', dy: -17, symbol: 'triangle', r: 5, fill: RED }),
        Plot.dot(marked('retirements'), { x: 'middle', y: 'starts', dy: -27, symbol: 'square', r: 4, fill: PURPLE }),
        Plot.ruleY([0], { stroke: BLACK }),
      ],
    });
  };
  return (
    <figure className="app-chart" aria-labelledby="starts-caption">
      <figcaption id="starts-caption" className="govuk-heading-s">
        Selections starting each week, against the weekly capacity
      </figcaption>
      <p className="govuk-body" id="starts-summary">
        {summary}
      </p>
      <PlotBox render={render} hatchId="app-starts-hatch" label={`Bar chart: selections starting each week. ${summary}`} />
      <Key
        items={[
          { swatch: <rect x="1" y="1" width="26" height="14" fill={BLUE} />, label: 'Selections starting that week' },
          { swatch: <line x1="0" y1="8" x2="28" y2="8" stroke={BLACK} strokeWidth="2" strokeDasharray="8 4" />, label: 'Weekly capacity' },
          { swatch: hatchSwatch('app-starts-key-hatch'), label: 'Blackout: no phase may start' },
          { swatch: <circle cx="14" cy="8" r="5" fill={BLACK} />, label: 'Circle: island seats start that week' },
          { swatch: <path d="M14 2 L20 14 L8 14 Z" fill={RED} />, label: 'Triangle: a seat held for a boundary review starts' },
          { swatch: <rect x="9" y="3" width="10" height="10" fill={PURPLE} />, label: 'Square: a seat opened by a retirement starts' },
        ]}
      />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Show the weekly starts as a table</span>
        </summary>
        <div className="govuk-details__text app-table-scroll" tabIndex={0} role="region" aria-label="Weekly starts table">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Selections starting each week</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['Week starting', 'Starts', 'Capacity', 'Islands', 'Boundary review holds', 'Retirements', 'Blackout'].map((heading) => (
                  <th key={heading} scope="col" className="govuk-table__header">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.weeks.map((week) => (
                <tr key={week.week} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {shortDate(week.weekStart)}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{week.starts}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{data.weeklyCapacity}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{week.islands}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{week.boundaryHolds}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{week.retirements}</td>
                  <td className="govuk-table__cell">{week.blackouts.length === 0 ? 'None' : week.blackouts.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** Selections running at once, week by week (the most on any day of the week), with the peak named. */
export function RunningChart({ data, request }: { data: ChartData; request: TimetableRequest }) {
  const summary =
    `At most ${data.peakRunning.count} selections run at once${data.peakRunning.weekStart ? `, first in the week of ${formatCalendarDate(data.peakRunning.weekStart)}` : ''}. ` +
    `Each runs from its freeze date to its result; every result is due by ${formatCalendarDate(data.deadline)}.`;
  const render = () => {
    const rows = bars(data.weeks);
    const top = Math.max(1, data.peakRunning.count) + 2;
    return Plot.plot({
      ...axisOptions,
      ariaLabel: null,
      x: { type: 'utc', label: 'Week starting', labelAnchor: 'center', labelArrow: 'none', labelOffset: 50 },
      y: { label: 'Selections running at once', labelArrow: 'none', domain: [0, top], grid: true, nice: true },
      marks: [
        ...blackoutMarks(request.blackouts, top, 'app-running-hatch'),
        Plot.rect(rows, { x1: 'x1', x2: 'x2', y1: 0, y2: 'running', fill: GREEN, inset: 0.5 }),
        Plot.ruleY([data.peakRunning.count], { stroke: BLACK, strokeWidth: 2, strokeDasharray: '2 3' }),
        Plot.text([data.peakRunning.count], { y: (d: number) => d, frameAnchor: 'right', text: () => `Peak ${data.peakRunning.count}`, dy: -9, fill: BLACK, fontSize: 12 }),
        Plot.ruleY([0], { stroke: BLACK }),
      ],
    });
  };
  return (
    <figure className="app-chart" aria-labelledby="running-caption">
      <figcaption id="running-caption" className="govuk-heading-s">
        Selections running at once, each week
      </figcaption>
      <p className="govuk-body" id="running-summary">
        {summary}
      </p>
      <PlotBox render={render} hatchId="app-running-hatch" label={`Bar chart: selections running at once each week. ${summary}`} />
      <Key
        items={[
          { swatch: <rect x="1" y="1" width="26" height="14" fill={GREEN} />, label: 'Most selections running on one day of the week' },
          { swatch: <line x1="0" y1="8" x2="28" y2="8" stroke={BLACK} strokeWidth="2" strokeDasharray="2 3" />, label: 'Peak' },
          { swatch: hatchSwatch('app-running-key-hatch'), label: 'Blackout' },
        ]}
      />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Show the selections running at once as a table</span>
        </summary>
        <div className="govuk-details__text app-table-scroll" tabIndex={0} role="region" aria-label="Running at once table">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Selections running at once, each week</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Week starting
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Running at once
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.weeks.map((week) => (
                <tr key={week.week} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {shortDate(week.weekStart)}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{week.running}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
