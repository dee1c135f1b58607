import type { ReactNode } from 'react';
import { describedBy, ErrorMessage, groupClass, Hint } from './field-parts.tsx';

export interface Choice {
  readonly value: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** Revealed under the choice while it is selected (GOV.UK's conditional reveal). */
  readonly conditional?: ReactNode;
}

interface ChoicesProps {
  /** The fieldset's id: the first input takes it, so the error summary's link lands on a control. */
  readonly id: string;
  readonly legend: ReactNode;
  readonly asHeading?: boolean;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly choices: readonly Choice[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  readonly multiple?: boolean;
  readonly small?: boolean;
}

/** GOV.UK radios (one answer) or checkboxes (`multiple`), in a fieldset whose legend may be the page heading. */
export function Choices({ id, legend, asHeading, hint, error, choices, selected, onChange, multiple, small }: ChoicesProps) {
  const kind = multiple ? 'checkboxes' : 'radios';
  const toggle = (value: string, checked: boolean) => {
    if (!multiple) return onChange([value]);
    onChange(checked ? [...selected.filter((item) => item !== value), value] : selected.filter((item) => item !== value));
  };
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
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
        <div className={`govuk-${kind}${small ? ` govuk-${kind}--small` : ''}`}>
          {choices.map((choice, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`;
            const checked = selected.includes(choice.value);
            return (
              <div key={choice.value}>
                <div className={`govuk-${kind}__item`}>
                  <input
                    className={`govuk-${kind}__input`}
                    id={inputId}
                    name={id}
                    type={multiple ? 'checkbox' : 'radio'}
                    value={choice.value}
                    checked={checked}
                    onChange={(event) => toggle(choice.value, event.target.checked)}
                    {...(choice.hint ? { 'aria-describedby': `${inputId}-item-hint` } : {})}
                    // A radio may not carry aria-expanded (ARIA allows it on checkboxes only), so a radio's reveal is
                    // named by aria-controls alone.
                    {...(choice.conditional ? { 'aria-controls': `${inputId}-conditional`, ...(multiple ? { 'aria-expanded': checked } : {}) } : {})}
                  />
                  <label className={`govuk-label govuk-${kind}__label`} htmlFor={inputId}>
                    {choice.label}
                  </label>
                  {choice.hint ? (
                    <div id={`${inputId}-item-hint`} className={`govuk-hint govuk-${kind}__hint`}>
                      {choice.hint}
                    </div>
                  ) : null}
                </div>
                {choice.conditional ? (
                  <div className={`govuk-${kind}__conditional${checked ? '' : ` govuk-${kind}__conditional--hidden`}`} id={`${inputId}-conditional`}>
                    {checked ? choice.conditional : null}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
