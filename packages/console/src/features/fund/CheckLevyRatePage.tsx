import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { formatBasisPoints } from '../../money/percent.ts';
import type { AddLevyRateRefusal } from './AddLevyRatePage.tsx';
import { answersOf, checkAnswers, DATE_ID, searchOf } from './levy-rate-answers.ts';
import { levyRateRefusal } from './levy-rate-refusal.ts';
import { useAddLevyRate } from './queries.ts';

export function CheckLevyRatePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const add = useAddLevyRate();
  const title = 'Check the levy rate before adding it';
  usePageTitle(title);
  const answers = answersOf(params);
  const checked = checkAnswers(answers);
  if (!checked.ok) return <Navigate to={`/fund/levy-rates/add?${searchOf(answers)}`} replace />;
  if (add.isError && !isProblem(add.error, 400, 409)) return <ProblemPage error={add.error} />;

  const { basisPoints, effectiveFrom } = checked;
  const change = `/fund/levy-rates/add?${searchOf(answers)}`;
  const send = () =>
    add.mutate(
      { basisPoints, effectiveFrom },
      {
        onSuccess: ({ added }) => navigate('/fund/levy-rates/added', { replace: true, state: { basisPoints, effectiveFrom, added } }),
        onError: (error) => {
          if (!isProblem(error, 400, 409)) return;
          // A refusal goes back to the question it is about, in plain words beside it: a 409 is always about the date.
          const errors: Record<string, string> =
            error.status === 409
              ? { [DATE_ID]: levyRateRefusal(error.details, error.detail) }
              : Object.fromEntries(error.issues.map((issue) => [fieldIdOf(issue.path), issue.message]));
          const refusal: AddLevyRateRefusal = { errors: Object.keys(errors).length > 0 ? errors : { [DATE_ID]: error.detail } };
          navigate(change, { replace: true, state: { refusal } });
        },
      },
    );

  return (
    <>
      <Link to={change} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          <SummaryList
            rows={[
              { key: 'Rate', value: formatBasisPoints(basisPoints), change: { to: change, label: 'rate' } },
              { key: 'In force from', value: formatCalendarDate(effectiveFrom), change: { to: change, label: 'date the rate starts' } },
            ]}
          />
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              You are adding a levy rate of {formatBasisPoints(basisPoints)} from {formatCalendarDate(effectiveFrom)}. It applies to every donation received on or after that day. Rates cannot be changed once added.
            </strong>
          </div>
          <button type="button" className="govuk-button" data-module="govuk-button" disabled={add.isPending} aria-disabled={add.isPending} onClick={send}>
            Add this levy rate
          </button>
        </div>
      </div>
    </>
  );
}
