import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import type { DatePart } from '../../components/fields/date-parts.ts';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { answersOf, checkAnswers, searchOf } from './retirement-answers.ts';
import type { RetirementAnswers } from './retirement-answers.ts';

/** What the check page hands back when the API refused the retirement: the messages by field. */
export interface RetirementRefusal {
  readonly errors: Record<string, string>;
}

const DATE_FIELDS = ['announcedOn', 'expectedElectionOn'] as const;

/** Record a retirement, step one of two: who is retiring, from which seat, and when they said so. */
export function RecordRetirementPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const refusal = (location.state as { refusal?: RetirementRefusal } | null)?.refusal;
  const [answers, setAnswers] = useState<RetirementAnswers>(() => answersOf(params));
  const [errors, setErrors] = useState<Record<string, string>>(refusal?.errors ?? {});
  const [dateParts, setDateParts] = useState<Record<string, readonly DatePart[]>>({});
  const title = 'Record a retirement';
  usePageTitle(title, Object.keys(errors).length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkAnswers(answers);
    if (checked.ok) {
      navigate(`/emeritus/retirements/new/check?${searchOf(answers)}`);
      return;
    }
    setErrors(checked.errors);
    setDateParts(checked.dateParts);
  };
  const summary = Object.entries(errors).map(([fieldId, message]) => ({
    fieldId: (DATE_FIELDS as readonly string[]).includes(fieldId) ? `${fieldId}-${dateParts[fieldId]?.[0] ?? 'day'}` : fieldId,
    message,
  }));

  return (
    <>
      <Link to="/emeritus" className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          <form noValidate onSubmit={submit}>
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                <h2 className="govuk-fieldset__heading">The MP</h2>
              </legend>
              <TextInput id="mpId" label="MP's id" hint="The id the party's membership system gives the MP, for example mp-4021" widthClass="govuk-input--width-20" spellCheck={false} value={answers.mpId} onChange={(mpId) => setAnswers({ ...answers, mpId })} error={errors['mpId']} />
              <TextInput id="mpName" label="MP's name" autoComplete="off" value={answers.mpName} onChange={(mpName) => setAnswers({ ...answers, mpName })} error={errors['mpName']} />
              <TextInput id="seatId" label="GSS code of their seat" hint="A country letter and 8 numbers, for example E14001063" widthClass="govuk-input--width-10" spellCheck={false} value={answers.seatId} onChange={(seatId) => setAnswers({ ...answers, seatId })} error={errors['seatId']} />
            </fieldset>
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                <h2 className="govuk-fieldset__heading">Dates</h2>
              </legend>
              <DateInput
                id="announcedOn"
                legend="When did the MP announce their retirement?"
                hint="Today or earlier. For example, 4 1 2027."
                value={answers.announced}
                onChange={(announced) => setAnswers({ ...answers, announced })}
                error={errors['announcedOn']}
                errorParts={dateParts['announcedOn'] ?? ['day', 'month', 'year']}
              />
              <DateInput
                id="expectedElectionOn"
                legend="Expected election date for this MP (optional)"
                hint="Leave empty to use the expected election date in the register's settings."
                value={answers.election}
                onChange={(election) => setAnswers({ ...answers, election })}
                error={errors['expectedElectionOn']}
                errorParts={dateParts['expectedElectionOn'] ?? ['day', 'month', 'year']}
              />
            </fieldset>
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
