import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, groupClass, Hint } from './field-parts.tsx';

interface TextInputProps {
  readonly id: string;
  readonly name?: string;
  readonly label: ReactNode;
  /** A label that is the page's heading, as on a one-question page. */
  readonly asHeading?: boolean;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly inputMode?: 'text' | 'numeric' | 'decimal' | 'search';
  readonly autoComplete?: string;
  readonly prefix?: string;
  readonly widthClass?: string;
  readonly type?: 'text' | 'search';
  readonly spellCheck?: boolean;
}

export function TextInput({ id, name = id, label, asHeading, hint, error, value, onChange, inputMode, autoComplete, prefix, widthClass, type = 'text', spellCheck }: TextInputProps) {
  const labelElement = (
    <label className={`govuk-label${asHeading ? ' govuk-label--l' : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  const input = (
    <input
      className={`govuk-input${widthClass ? ` ${widthClass}` : ''}${error ? ' govuk-input--error' : ''}`}
      id={id}
      name={name}
      type={type}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-describedby={describedBy(id, hint, error)}
      {...(inputMode ? { inputMode } : {})}
      {...(autoComplete ? { autoComplete } : {})}
      {...(spellCheck === undefined ? {} : { spellCheck })}
    />
  );
  return (
    <div className={groupClass(error)}>
      {asHeading ? <h1 className="govuk-label-wrapper" tabIndex={-1}>{labelElement}</h1> : labelElement}
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      <ErrorMessage id={id} message={error} />
      {prefix ? (
        <div className="govuk-input__wrapper">
          <div className="govuk-input__prefix" aria-hidden="true">
            {prefix}
          </div>
          {input}
        </div>
      ) : (
        input
      )}
    </div>
  );
}
