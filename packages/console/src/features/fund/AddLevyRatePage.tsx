import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import type { DatePart } from '../../components/fields/date-parts.ts';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { answersOf, checkAnswers, DATE_ID, PERCENT_ID, searchOf } from './levy-rate-answers.ts';
import type { LevyRateAnswers } from './levy-rate-answers.ts';

/** What the check page hands back when the API refused the rate: the messages by field. */
export interface AddLevyRateRefusal {
  readonly errors: Record<string, string>;
}

export function AddLevyRatePage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const refusal = (location.state as { refusal?: AddLevyRateRefusal } | null)?.refusal;
  // Seeded once from the address (coming back to change an answer) and the API's refusal, if any.
  const [answers, setAnswers] = useState<LevyRateAnswers>(() => answersOf(params));
  const [errors, setErrors] = useState<Record<string, string>>(refusal?.errors ?? {});
  const [dateParts, setDateParts] = useState<readonly DatePart[]>(['day', 'month', 'year']);
  const title = 'Add a levy rate';
  usePageTitle(title, Object.keys(errors).length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkAnswers(answers);
    if (checked.ok) {
      navigate(`/fund/levy-rates/check?${searchOf(answers)}`);
      return;
    }
    setErrors(checked.errors);
    setDateParts(checked.dateParts.length > 0 ? checked.dateParts : ['day', 'month', 'year']);
  };
  const summary = Object.entries(errors).map(([fieldId, message]) => ({ fieldId: fieldId === DATE_ID ? `${DATE_ID}-${dateParts[0] ?? 'day'}` : fieldId, message }));

  return (
    <>
      <Link to="/fund/levy-rates" className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          <form noValidate onSubmit={submit}>
            <TextInput
              id={PERCENT_ID}
              label="Rate, as a percentage of each donation"
              hint="For example, 3 or 2.5. Up to two decimal places."
              inputMode="decimal"
              widthClass="govuk-input--width-5"
              spellCheck={false}
              value={answers.percent}
              onChange={(percent) => setAnswers({ ...answers, percent })}
              error={errors[PERCENT_ID]}
            />
            <DateInput
              id={DATE_ID}
              legend="Date the rate starts"
              hint="It applies to every donation received on or after this day. For example, 1 4 2027."
              value={answers}
              onChange={(date) => setAnswers({ ...answers, ...date })}
              error={errors[DATE_ID]}
              errorParts={dateParts}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
