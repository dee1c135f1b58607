import { useEffect, useRef } from 'react';

export interface FieldError {
  /** The id of the field the message is about: its link focuses it. */
  readonly fieldId: string;
  readonly message: string;
}

/**
 * GOV.UK's error summary: at the top of the page, focused when it appears, each message a link to its
 * field. `role="alert"` sits on the inner div, as in govuk-frontend, so focusing does not race the alert.
 */
export function ErrorSummary({ errors, title = 'There is a problem' }: { errors: readonly FieldError[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => `${error.fieldId}:${error.message}`).join('|');

  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Keyed on the messages, not the array: focus moves again only when what is wrong changes.
  }, [signature]);

  if (errors.length === 0) return null;
  const focusField = (event: React.MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`) ?? field.closest('fieldset')?.querySelector('legend');
    (label ?? field).scrollIntoView();
    field.focus({ preventScroll: true });
  };
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.fieldId}-${error.message}`}>
                <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
