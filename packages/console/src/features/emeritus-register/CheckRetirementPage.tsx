import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { useEmeritusSettings, useRecordRetirement } from './queries.ts';
import { answersOf, checkAnswers, searchOf } from './retirement-answers.ts';
import type { RetirementRefusal } from './RecordRetirementPage.tsx';

/** Record a retirement, step two: the answers to check, then recorded; the API's refusal goes back to the form. */
export function CheckRetirementPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const record = useRecordRetirement();
  const settings = useEmeritusSettings();
  usePageTitle('Check the retirement before recording it');
  const answers = answersOf(params);
  const checked = checkAnswers(answers);
  const form = `/emeritus/retirements/new?${searchOf(answers)}`;
  // An address edited by hand: back to the form, saying what is missing.
  if (!checked.ok) return <Navigate to={form} replace state={{ refusal: { errors: checked.errors } satisfies RetirementRefusal }} />;
  if (record.isError && !isProblem(record.error, 400, 409, 422)) return <ProblemPage error={record.error} />;
  const { body } = checked;
  const election = body.expectedElectionOn ?? settings.data?.expectedElectionOn ?? undefined;

  const submit = () =>
    record.mutate(body, {
      onSuccess: (retirement) => navigate(`/emeritus/retirements/${retirement.retirementId}?recorded=true`),
      onError: (error) => {
        if (!isProblem(error)) return;
        const errors: Record<string, string> = {};
        for (const issue of error.issues) errors[fieldIdOf(issue.path)] ??= issue.message;
        // A refusal of the whole (an MP already retiring, no election date to judge by) is about the MP or the dates.
        if (Object.keys(errors).length === 0) errors[error.status === 422 ? 'expectedElectionOn' : 'mpId'] = error.detail;
        navigate(form, { state: { refusal: { errors } satisfies RetirementRefusal } });
      },
    });

  return (
    <>
      <Link to={form} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" tabIndex={-1}>
            Check the retirement before recording it
          </h1>
          <SummaryList
            rows={[
              { key: "MP's id", value: body.mpId, change: { to: `${form}#mpId`, label: "the MP's id" } },
              { key: "MP's name", value: body.mpName, change: { to: `${form}#mpName`, label: "the MP's name" } },
              { key: 'Seat', value: body.seatId, change: { to: `${form}#seatId`, label: 'the seat' } },
              { key: 'Announced', value: formatCalendarDate(body.announcedOn), change: { to: `${form}#announcedOn-day`, label: 'the date announced' } },
              {
                key: 'Expected election',
                value: body.expectedElectionOn ? formatCalendarDate(body.expectedElectionOn) : election ? `${formatCalendarDate(election)}, from the settings` : 'None in the settings yet',
                change: { to: `${form}#expectedElectionOn-day`, label: 'the expected election date' },
              },
            ]}
          />
          <p className="govuk-body">The platform judges whether the announcement is early enough for the emeritus committee, and says why, once it is recorded. Recording it also opens the seat for a selection if the party holds it.</p>
          <button type="button" className="govuk-button" data-module="govuk-button" disabled={record.isPending} aria-disabled={record.isPending} onClick={submit}>
            Record retirement
          </button>
        </div>
      </div>
    </>
  );
}
