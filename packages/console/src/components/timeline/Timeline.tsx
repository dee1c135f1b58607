import type { ReactNode } from 'react';
import { formatInstant } from '../../format/dates.ts';
import { formatCalendarDate } from '../fields/date-parts.ts';

export interface TimelineItem {
  readonly key: string;
  readonly title: string;
  /** Who took the step; left out for a step planned rather than taken (a selection's phase). */
  readonly by?: string;
  /** An ISO instant, or a `YYYY-MM-DD` calendar day, shown without a time. */
  readonly at: string;
  readonly description?: ReactNode;
}

// A calendar day is written without a time (and read in UTC, so no time zone moves it to the day before).
const when = (at: string) => (/^\d{4}-\d{2}-\d{2}$/.test(at) ? formatCalendarDate(at) : formatInstant(at));

/** MOJ Frontend's timeline: each step with who took it and when, in the order given (newest first for a history). */
export function Timeline({ items, headingLevel = 2 }: { items: readonly TimelineItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="moj-timeline">
      {items.map((item) => (
        <div key={item.key} className="moj-timeline__item">
          <div className="moj-timeline__header">
            <Heading className="moj-timeline__title">{item.title}</Heading>{' '}
            {item.by ? <p className="moj-timeline__byline">by {item.by}</p> : null}
          </div>
          <p className="moj-timeline__date">
            <time dateTime={item.at}>{when(item.at)}</time>
          </p>
          {item.description ? <div className="moj-timeline__description">{item.description}</div> : null}
        </div>
      ))}
    </div>
  );
}
