import type { ReactNode } from 'react';

/** The `aria-describedby` of a field: its hint, then its error, as govuk-frontend orders them. */
export const describedBy = (id: string, hint: ReactNode | undefined, error: string | undefined): string | undefined =>
  [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;

export function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={`${id}-hint`} className="govuk-hint">
      {children}
    </div>
  );
}

export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={`${id}-error`} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

export const groupClass = (error: string | undefined): string => `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;
