import type { ReactNode } from 'react';

export interface TimelineItem {
  readonly key: string;
  readonly title: string;
  readonly by: string;
  /** An ISO instant. */
  readonly at: string;
  readonly description?: ReactNode;
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/** MOJ Frontend's timeline: newest first, each step with who took it and when. */
export function Timeline({ items, headingLevel = 2 }: { items: readonly TimelineItem[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="moj-timeline">
      {items.map((item) => (
        <div key={item.key} className="moj-timeline__item">
          <div className="moj-timeline__header">
            <Heading className="moj-timeline__title">{item.title}</Heading>{' '}
            <p className="moj-timeline__byline">by {item.by}</p>
          </div>
          <p className="moj-timeline__date">
            <time dateTime={item.at}>{dateTime.format(new Date(item.at))}</time>
          </p>
          {item.description ? <div className="moj-timeline__description">{item.description}</div> : null}
        </div>
      ))}
    </div>
  );
}
