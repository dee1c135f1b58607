import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../auth/session.tsx';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Choices } from '../../components/fields/Choices.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import type { DatePart } from '../../components/fields/date-parts.ts';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { todayUtc } from './date-range.ts';
import { checkDonationAnswers, FIELD } from './donation-answers.ts';
import type { DonationAnswers } from './donation-answers.ts';
import { loadDonationDraft, saveDonationDraft } from './donation-draft.ts';
import { SOURCES } from './labels.ts';

/** What the check page hands back when the API refused the donation: the messages by field. */
export interface RecordDonationRefusal {
  readonly errors: Record<string, string>;
}

// The summary lists errors in the order of the form.
const ORDER: readonly string[] = Object.values(FIELD);

export function RecordDonationPage() {
  const { userId = 'anonymous' } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const refusal = (location.state as { refusal?: RecordDonationRefusal } | null)?.refusal;
  const [answers, setAnswers] = useState<DonationAnswers>(() => loadDonationDraft(userId));
  const [errors, setErrors] = useState<Record<string, string>>(refusal?.errors ?? {});
  const [dateParts, setDateParts] = useState<readonly DatePart[]>(['day', 'month', 'year']);
  const title = 'Record a donation';
  usePageTitle(title, Object.keys(errors).length > 0);
  const change = (next: Partial<DonationAnswers>) => {
    const updated = { ...answers, ...next };
    setAnswers(updated);
    saveDonationDraft(userId, updated);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDonationAnswers(answers, todayUtc());
    if (checked.ok) {
      navigate('/fund/donations/record/check');
      return;
    }
    setErrors(checked.errors);
    setDateParts(checked.dateParts.length > 0 ? checked.dateParts : ['day', 'month', 'year']);
  };
  const summary = Object.entries(errors)
    .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
    .map(([fieldId, message]) => ({ fieldId: fieldId === FIELD.receivedOn ? `${FIELD.receivedOn}-${dateParts[0] ?? 'day'}` : fieldId, message }));

  return (
    <>
      <Link to="/fund/donations" className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          <p className="govuk-body">Money recorded here is levied like the payments the payment systems send, at the rate in force on the day it was received.</p>
          <form noValidate onSubmit={submit}>
            <TextInput
              id={FIELD.donationId}
              label="Reference"
              hint="The payment system’s reference for this payment, such as stripe-ch_123. Recording the same reference again changes nothing."
              spellCheck={false}
              autoComplete="off"
              value={answers.donationId}
              onChange={(donationId) => change({ donationId })}
              error={errors[FIELD.donationId]}
            />
            <TextInput
              id={FIELD.amount}
              label="Amount"
              hint="In pounds and pence, for example 25.00 or 1,250.50"
              prefix="£"
              inputMode="decimal"
              widthClass="govuk-input--width-10"
              spellCheck={false}
              autoComplete="off"
              value={answers.amount}
              onChange={(amount) => change({ amount })}
              error={errors[FIELD.amount]}
            />
            <DateInput
              id={FIELD.receivedOn}
              legend="Date the money was received"
              hint="For example, 27 11 2026"
              value={answers}
              onChange={(date) => change(date)}
              error={errors[FIELD.receivedOn]}
              errorParts={dateParts}
            />
            <Choices id={FIELD.source} legend="Where the money came from" choices={SOURCES} selected={answers.source ? [answers.source] : []} onChange={([source = '']) => change({ source })} error={errors[FIELD.source]} small />
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Donor (optional)</legend>
              <TextInput id={FIELD.donorName} label="Name" autoComplete="off" value={answers.donorName} onChange={(donorName) => change({ donorName })} error={errors[FIELD.donorName]} />
              <TextInput id={FIELD.donorEmail} label="Email address" autoComplete="off" spellCheck={false} value={answers.donorEmail} onChange={(donorEmail) => change({ donorEmail })} error={errors[FIELD.donorEmail]} />
              <TextInput id={FIELD.donorPostcode} label="Postcode" autoComplete="off" widthClass="govuk-input--width-10" value={answers.donorPostcode} onChange={(donorPostcode) => change({ donorPostcode })} error={errors[FIELD.donorPostcode]} />
              <TextInput id={FIELD.donorReference} label="Donor’s reference" hint="Such as a membership number" autoComplete="off" value={answers.donorReference} onChange={(donorReference) => change({ donorReference })} error={errors[FIELD.donorReference]} />
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
