import { Link, useNavigate, useParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { useCloseConsultation, useConsultation } from './queries.ts';

/** Close a consultation before its closing date, after saying what that means. */
export function CloseConsultationPage() {
  const { consultationId = '' } = useParams();
  const navigate = useNavigate();
  const read = useConsultation(consultationId);
  const close = useCloseConsultation(consultationId);
  usePageTitle('Are you sure you want to close the consultation early?');
  if (read.isError) return <ReadFailure error={read.error} />;
  if (close.isError && !isProblem(close.error, 409)) return <ProblemPage error={close.error} />;
  const back = `/emeritus/consultations/${consultationId}`;
  const alreadyClosed = read.data?.status === 'closed' || isProblem(close.error, 409);
  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {read.data ? <span className="govuk-caption-l">{read.data.title}</span> : null}
            Are you sure you want to close the consultation early?
          </h1>
          {alreadyClosed ? (
            <>
              <p className="govuk-body">The consultation is closed already.</p>
              <p className="govuk-body">
                <Link className="govuk-link" to={back}>
                  Go back to the consultation
                </Link>
              </p>
            </>
          ) : (
            <>
              {read.data ? (
                <p className="govuk-body">
                  It was to close at the end of {formatCalendarDate(read.data.closesOn)}. {read.data.respondedCount} of {read.data.consulteeCount} member{read.data.consulteeCount === 1 ? ' has' : 's have'} responded.
                </p>
              ) : null}
              <div className="govuk-warning-text">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  Once it is closed, no response can be recorded or amended, and it cannot be opened again.
                </strong>
              </div>
              <div className="govuk-button-group">
                <button
                  type="button"
                  className="govuk-button govuk-button--warning"
                  data-module="govuk-button"
                  disabled={close.isPending || read.isPending}
                  aria-disabled={close.isPending || read.isPending}
                  onClick={() => close.mutate(undefined, { onSuccess: () => navigate(`${back}?closed=true`) })}
                >
                  Close the consultation
                </button>
                <Link className="govuk-link" to={back}>
                  Cancel
                </Link>
              </div>
            </>
          )}
        </div>
      </div>
    </>
  );
}
