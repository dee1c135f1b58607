import { describedBy, ErrorMessage, groupClass, Hint } from '../fields/field-parts.tsx';

export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

interface DateInputProps {
  /** The fieldset's id; the boxes are `<id>-day`, `<id>-month`, `<id>-year`, and an error links the day. */
  readonly id: string;
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
}

const boxes = [
  { part: 'day', label: 'Day', width: 2 },
  { part: 'month', label: 'Month', width: 2 },
  { part: 'year', label: 'Year', width: 4 },
] as const;

/** GOV.UK's date input: three numeric boxes in a `role="group"` fieldset, as `govuk-frontend`'s template has it. */
export function DateInput({ id, legend, hint, error, value, onChange }: DateInputProps) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
        {hint ? <Hint id={id}>{hint}</Hint> : null}
        <ErrorMessage id={id} message={error} />
        <div className="govuk-date-input" id={id}>
          {boxes.map(({ part, label, width }) => (
            <div key={part} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
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
