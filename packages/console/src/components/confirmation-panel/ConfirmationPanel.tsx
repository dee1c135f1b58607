import type { ReactNode } from 'react';

/**
 * A GOV.UK confirmation panel: the page's one heading for what was just done, with `children` as the panel's
 * body (a reference, a count, where it came from). The title is an `h1` taking focus when the page comes in,
 * except where the panel sits under a page heading of its own (`titleLevel` 2). `alignLeft` is for a panel
 * above a report, which reads better aligned with the table below it than centred.
 */
export function ConfirmationPanel({
  title,
  titleLevel = 1,
  alignLeft = false,
  children,
}: {
  title: ReactNode;
  titleLevel?: 1 | 2;
  alignLeft?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className={`govuk-panel govuk-panel--confirmation${alignLeft ? ' app-panel--left' : ''}`}>
      {titleLevel === 1 ? (
        <h1 className="govuk-panel__title" tabIndex={-1}>
          {title}
        </h1>
      ) : (
        <h2 className="govuk-panel__title">{title}</h2>
      )}
      {children === undefined ? null : <div className="govuk-panel__body">{children}</div>}
    </div>
  );
}
