import type { ReactNode } from 'react';

/**
 * A GOV.UK notification banner: `success` for what the user just did ("Success", green), else something they
 * must know before going on ("Important"). Announced as an alert, since each appears after an action.
 * `id` names the title, which labels the banner; `titleLevel` keeps the heading order of the page around it.
 */
export function NotificationBanner({
  id,
  success = false,
  heading,
  titleLevel = 2,
  children,
}: {
  id: string;
  success?: boolean;
  heading: ReactNode;
  titleLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const Title = titleLevel === 2 ? 'h2' : 'h3';
  return (
    <div
      className={`govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}`}
      role="alert"
      aria-labelledby={id}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <Title className="govuk-notification-banner__title" id={id}>
          {success ? 'Success' : 'Important'}
        </Title>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
