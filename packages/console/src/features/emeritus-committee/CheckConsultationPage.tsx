import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { checkConsultation, consultationAnswersOf, consultationSearchOf, tidyConsultation } from './consultation-answers.ts';
import type { ConsultationRefusal } from './OpenConsultationPage.tsx';
import { useOpenConsultation } from './queries.ts';
import { consultationFieldName, refusalMessages } from './refusal-messages.ts';

/** Open a consultation, step two: the answers to check, then opened; the API's refusal goes back to the form, each issue at its box. */
export function CheckConsultationPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const open = useOpenConsultation();
  usePageTitle('Check the consultation before opening it');
  const answers = tidyConsultation(consultationAnswersOf(params));
  const checked = checkConsultation(answers);
  const form = `/emeritus/consultations/new?${consultationSearchOf(answers)}`;
  // An address edited by hand: back to the form, saying what is missing.
  if (!checked.ok) return <Navigate to={form} replace state={{ refusal: { errors: checked.errors } satisfies ConsultationRefusal }} />;
  if (open.isError && !isProblem(open.error, 400, 409, 422)) return <ProblemPage error={open.error} />;
  const { body } = checked;

  const submit = () =>
    open.mutate(body, {
      onSuccess: (consultation) => navigate(`/emeritus/consultations/${consultation.consultationId}?opened=true`),
      onError: (error) => {
        if (!isProblem(error)) return;
        const errors = refusalMessages(error.issues, consultationFieldName);
        if (Object.keys(errors).length === 0) errors['title'] = error.detail;
        navigate(form, { state: { refusal: { errors } satisfies ConsultationRefusal } });
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
            Check the consultation before opening it
          </h1>
          <SummaryList
            rows={[
              { key: 'Title', value: body.title, change: { to: `${form}#title`, label: 'the title' } },
              { key: 'Concerns', value: body.concerns, change: { to: `${form}#concerns`, label: 'what it concerns' } },
              {
                key: 'Questions',
                value: (
                  <ol className="govuk-list govuk-list--number">
                    {body.questions.map((question, index) => (
                      <li key={index}>{question}</li>
                    ))}
                  </ol>
                ),
                change: { to: `${form}#questions-0`, label: 'the questions' },
              },
              {
                key: 'Papers',
                value:
                  body.links.length === 0 ? (
                    'None'
                  ) : (
                    <ul className="govuk-list">
                      {body.links.map((link, index) => (
                        <li key={index}>
                          {link.title}: {link.url}
                        </li>
                      ))}
                    </ul>
                  ),
                change: { to: `${form}#${body.links.length === 0 ? 'add-paper' : 'links-0-title'}`, label: 'the papers' },
              },
              { key: 'Closes', value: `At the end of ${formatCalendarDate(body.closesOn)}`, change: { to: `${form}#closesOn-day`, label: 'the closing date' } },
            ]}
          />
          <p className="govuk-body">Opening it consults every MP on the emeritus committee now, and any who join while it is open.</p>
          <button type="button" className="govuk-button" data-module="govuk-button" disabled={open.isPending} aria-disabled={open.isPending} onClick={submit}>
            Open consultation
          </button>
        </div>
      </div>
    </>
  );
}
