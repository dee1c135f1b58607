import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import { parseDateParts } from '../../components/fields/date-parts.ts';
import type { DateParts, DatePart } from '../../components/fields/date-parts.ts';
import { Textarea } from '../../components/fields/Textarea.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { useRetirement, useWithdrawRetirement } from './queries.ts';

const NO_DATE: DateParts = { day: '', month: '', year: '' };

/** Withdraw a retirement, with the reason: the MP leaves the committee, and may announce again later. */
export function WithdrawRetirementPage() {
  const { retirementId = '' } = useParams();
  const navigate = useNavigate();
  const read = useRetirement(retirementId);
  const withdraw = useWithdrawRetirement(retirementId);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState<DateParts>(NO_DATE);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dateParts, setDateParts] = useState<readonly DatePart[]>(['day', 'month', 'year']);
  usePageTitle('Withdraw the retirement', Object.keys(errors).length > 0);
  if (read.isError) return <ReadFailure error={read.error} />;
  if (withdraw.isError && !isProblem(withdraw.error, 400, 409, 422)) return <ProblemPage error={withdraw.error} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const typed = date.day.trim() === '' && date.month.trim() === '' && date.year.trim() === '' ? undefined : parseDateParts(date, 'the date it was withdrawn');
    if (typed && !typed.ok) {
      found['withdrawnOn'] = typed.message;
      setDateParts(typed.parts);
    }
    if (reason.trim() === '') found['reason'] = 'Enter why the retirement is withdrawn';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    withdraw.mutate(
      { reason: reason.trim(), ...(typed?.ok ? { withdrawnOn: typed.date } : {}) },
      {
        onSuccess: () => navigate(`/emeritus/retirements/${retirementId}?withdrawn=true`),
        onError: (error) => {
          if (!isProblem(error)) return;
          const refused: Record<string, string> = {};
          for (const issue of error.issues) refused[fieldIdOf(issue.path)] ??= issue.message;
          if (Object.keys(refused).length === 0) refused[error.status === 422 ? 'withdrawnOn' : 'reason'] = error.detail;
          setErrors(refused);
        },
      },
    );
  };
  const summary = Object.entries(errors).map(([fieldId, message]) => ({ fieldId: fieldId === 'withdrawnOn' ? `withdrawnOn-${dateParts[0] ?? 'day'}` : fieldId, message }));

  return (
    <>
      <Link to={`/emeritus/retirements/${retirementId}`} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {read.data ? <span className="govuk-caption-l">{read.data.mpName}</span> : null}
            Withdraw the retirement
          </h1>
          <p className="govuk-body">The MP leaves the emeritus committee. If a selection was opened for their seat after the freeze date, it is flagged for you to decide on.</p>
          <form noValidate onSubmit={submit}>
            <Textarea id="reason" label="Why is the retirement withdrawn?" hint="For example, the MP changed their mind. It is kept in the history." rows={4} maxLength={500} value={reason} onChange={setReason} error={errors['reason']} />
            <DateInput id="withdrawnOn" legend="When was it withdrawn? (optional)" hint="Leave empty for today. For example, 4 2 2027." value={date} onChange={setDate} error={errors['withdrawnOn']} errorParts={dateParts} />
            <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={withdraw.isPending} aria-disabled={withdraw.isPending}>
              Withdraw retirement
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
