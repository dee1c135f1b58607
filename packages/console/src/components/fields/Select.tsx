import { describedBy, ErrorMessage, groupClass, Hint } from './field-parts.tsx';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

interface SelectProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly options: readonly SelectOption[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** GOV.UK's select: for filters, where a short fixed list is chosen from. */
export function Select({ id, label, hint, error, options, value, onChange }: SelectProps) {
  return (
    <div className={groupClass(error)}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? <Hint id={id}>{hint}</Hint> : null}
      <ErrorMessage id={id} message={error} />
      <select className={`govuk-select${error ? ' govuk-select--error' : ''}`} id={id} name={id} value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={describedBy(id, hint, error)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
