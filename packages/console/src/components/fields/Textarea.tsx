import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, groupClass, Hint } from './field-parts.tsx';

interface TextareaProps {
  readonly id: string;
  readonly label: ReactNode;
  readonly asHeading?: boolean;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
  /** Shows how many characters are left, as GOV.UK's character count does, announced politely. */
  readonly maxLength?: number;
}

export function Textarea({ id, label, asHeading, hint, error, value, onChange, rows = 8, maxLength }: TextareaProps) {
  const labelElement = (
    <label className={`govuk-label${asHeading ? ' govuk-label--l' : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  const left = maxLength === undefined ? undefined : maxLength - [...value].length;
  const countId = `${id}-info`;
  const described = [describedBy(id, hint, error), maxLength === undefined ? undefined : countId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`${groupClass(error)}${maxLength === undefined ? '' : ' govuk-character-count'}`}>
      {asHeading ? <h1 className="govuk-label-wrapper" tabIndex={-1}>{labelElement}</h1> : labelElement}
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      <ErrorMessage id={id} message={error} />
      <textarea
        className={`govuk-textarea${error || (left !== undefined && left < 0) ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={described}
      />
      {left === undefined ? null : (
        <div id={countId} className={`govuk-character-count__message${left < 0 ? ' govuk-error-message' : ' govuk-hint'}`} aria-live="polite">
          {left >= 0 ? `You have ${left.toLocaleString('en-GB')} character${left === 1 ? '' : 's'} remaining` : `You have ${(-left).toLocaleString('en-GB')} character${left === -1 ? '' : 's'} too many`}
        </div>
      )}
    </div>
  );
}
