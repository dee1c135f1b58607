import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Choices } from '../../components/fields/Choices.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { formatPence } from '../../money/pence.ts';
import { useDonation } from './queries.ts';
import { checkRefundAnswers } from './refund-answers.ts';
import type { RefundAnswers } from './refund-answers.ts';

/** How much of a donation to refund: all that is left, or part of it. Then a confirmation. */
export function RefundPage() {
  const { donationId = '' } = useParams();
  const navigate = useNavigate();
  const found = useDonation(donationId);
  const [answers, setAnswers] = useState<RefundAnswers>({ how: '', amount: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const title = `Refund donation ${donationId}`;
  usePageTitle(title, Object.keys(errors).length > 0);
  if (found.isError) return <ReadFailure error={found.error} />;
  const back = `/fund/donation/${encodeURIComponent(donationId)}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!found.data) return;
    const checked = checkRefundAnswers(answers, found.data.refundablePence);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    navigate(`${back}/refund/confirm`, { state: { amountPence: checked.amountPence, refundId: crypto.randomUUID() } });
  };
  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }))} />
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          {found.data ? (
            <>
              <p className="govuk-body">
                {formatPence(found.data.refundablePence)} of the {formatPence(found.data.amountPence)} received can be refunded. The levy on what is refunded is reversed exactly.
              </p>
              <form noValidate onSubmit={submit}>
                <Choices
                  id="how"
                  legend="How much do you want to refund?"
                  selected={answers.how ? [answers.how] : []}
                  onChange={([how = '']) => setAnswers({ ...answers, how })}
                  error={errors['how']}
                  choices={[
                    { value: 'all', label: `All of what is left (${formatPence(found.data.refundablePence)})` },
                    {
                      value: 'part',
                      label: 'Part of it',
                      conditional: (
                        <TextInput
                          id="amount"
                          label="Amount to refund"
                          hint="In pounds and pence, for example 25.00"
                          prefix="£"
                          inputMode="decimal"
                          widthClass="govuk-input--width-10"
                          spellCheck={false}
                          autoComplete="off"
                          value={answers.amount}
                          onChange={(amount) => setAnswers({ ...answers, amount })}
                          error={errors['amount']}
                        />
                      ),
                    },
                  ]}
                />
                <button type="submit" className="govuk-button" data-module="govuk-button">
                  Continue
                </button>
              </form>
            </>
          ) : (
            <p className="govuk-body" role="status">
              Loading the donation…
            </p>
          )}
        </div>
      </div>
    </>
  );
}
