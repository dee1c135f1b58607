import type { ReactNode } from 'react';
import type { DatePart, DateParts } from './date-parts.ts';
import { describedBy, ErrorMessage, groupClass, Hint } from './field-parts.tsx';

interface DateInputProps {
  /** The fieldset's id; the boxes are `<id>-day`, `<id>-month` and `<id>-year`, the first linked from the error summary. */
  readonly id: string;
  readonly legend: ReactNode;
  readonly asHeading?: boolean;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** The boxes to mark in error; all three when the error is about the date as a whole. */
  readonly errorParts?: readonly DatePart[];
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
}

const BOXES: readonly { part: DatePart; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'govuk-input--width-4' },
];

/**
 * GOV.UK's date input, as govuk-frontend's `date-input/template.njk` marks it up: three numeric boxes in a
 * fieldset with `role="group"`, its hint and error named by `aria-describedby`.
 *
 * @example
 * <DateInput id="effectiveFrom" legend="Date the rate starts" value={parts} onChange={setParts} error={message} />
 */
export function DateInput({ id, legend, asHeading, hint, error, errorParts = ['day', 'month', 'year'], value, onChange }: DateInputProps) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend${asHeading ? ' govuk-fieldset__legend--l' : ' govuk-fieldset__legend--m'}`}>
          {asHeading ? (
            <h1 className="govuk-fieldset__heading" tabIndex={-1}>
              {legend}
            </h1>
          ) : (
            legend
          )}
        </legend>
        {hint ? <Hint id={id}>{hint}</Hint> : null}
        <ErrorMessage id={id} message={error} />
        <div className="govuk-date-input" id={id}>
          {BOXES.map(({ part, label, width }) => (
            <div key={part} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input ${width}${error && errorParts.includes(part) ? ' govuk-input--error' : ''}`}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
