import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface SummaryRow {
  readonly key: string;
  readonly value: ReactNode;
  /** A Change link, with hidden text naming what it changes. */
  readonly change?: { readonly to: string; readonly label: string };
}

export function SummaryList({ rows, noBorder }: { rows: readonly SummaryRow[]; noBorder?: boolean }) {
  const anyAction = rows.some((row) => row.change);
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row) => (
        <div key={row.key} className={`govuk-summary-list__row${anyAction && !row.change ? ' govuk-summary-list__row--no-actions' : ''}`}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.change ? (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.change.to}>
                Change<span className="govuk-visually-hidden"> {row.change.label}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
