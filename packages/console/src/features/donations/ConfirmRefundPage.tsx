import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { formatPence } from '../../money/pence.ts';
import { useRefundDonation } from './queries.ts';
import { refundRefusal } from './refund-answers.ts';

/** The confirmation before a refund is made: refunds cannot be undone. A refusal is explained here. */
export function ConfirmRefundPage() {
  const { donationId = '' } = useParams();
  const navigate = useNavigate();
  const state = useLocation().state as { amountPence?: number; refundId?: string } | null;
  const refund = useRefundDonation(donationId);
  const refused = refund.isError && isProblem(refund.error, 400, 404, 409, 422);
  const title = 'Are you sure you want to make this refund?';
  usePageTitle(title, refused);
  const back = `/fund/donation/${encodeURIComponent(donationId)}`;
  if (state?.amountPence === undefined || state.refundId === undefined) return <Navigate to={`${back}/refund`} replace />;
  if (refund.isError && !refused) return <ProblemPage error={refund.error} />;
  const { amountPence, refundId } = state;
  const send = () => refund.mutate({ amountPence, refundId }, { onSuccess: () => navigate(back, { replace: true }) });

  return (
    <>
      <Link to={`${back}/refund`} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary
            title="The refund was not made"
            errors={refused && isProblem(refund.error) ? [{ fieldId: 'refund-button', message: refundRefusal(refund.error.status, refund.error.detail, refund.error.details) }] : []}
          />
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              You are refunding {formatPence(amountPence)} of donation {donationId}. The levy on it is reversed. A refund cannot be undone.
            </strong>
          </div>
          <div className="govuk-button-group">
            <button type="button" id="refund-button" className="govuk-button govuk-button--warning" data-module="govuk-button" disabled={refund.isPending} aria-disabled={refund.isPending} onClick={send}>
              Refund {formatPence(amountPence)}
            </button>
            <Link className="govuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </div>
      </div>
    </>
  );
}
