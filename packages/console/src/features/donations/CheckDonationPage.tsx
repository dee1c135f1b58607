import { useRef } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { useSession } from '../../auth/session.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { formatPence } from '../../money/pence.ts';
import { todayUtc } from './date-range.ts';
import { checkDonationAnswers, FIELD } from './donation-answers.ts';
import { clearDonationDraft, loadDonationDraft } from './donation-draft.ts';
import { sourceLabel } from './labels.ts';
import { useRecordDonation } from './queries.ts';
import type { RecordDonationRefusal } from './RecordDonationPage.tsx';

const FORM = '/fund/donations/record';

export function CheckDonationPage() {
  const { userId = 'anonymous' } = useSession();
  const navigate = useNavigate();
  const record = useRecordDonation();
  // Read once: the draft is cleared when the donation is recorded, and the page must not fall back to the form then.
  const answers = useRef(loadDonationDraft(userId)).current;
  const title = 'Check the donation before recording it';
  usePageTitle(title);
  const checked = checkDonationAnswers(answers, todayUtc());
  if (!checked.ok) return <Navigate to={FORM} replace />;
  if (record.isError && !isProblem(record.error, 400, 409)) return <ProblemPage error={record.error} />;
  const { donation } = checked;

  const send = () =>
    record.mutate(donation, {
      onSuccess: ({ queued }) => {
        clearDonationDraft(userId);
        navigate('/fund/donations/recorded', { replace: true, state: { donationId: donation.donationId, amountPence: donation.amountPence, queued } });
      },
      onError: (error) => {
        if (!isProblem(error, 400, 409)) return;
        // A refusal goes back to the form, beside the answer it is about; a 409 is always about the reference.
        const errors: Record<string, string> =
          error.status === 409
            ? {
                [FIELD.donationId]: `A donation with the reference ${donation.donationId} was recorded before with another amount, date or source. Check the reference: each payment has its own.`,
              }
            : Object.fromEntries(error.issues.map((issue) => [fieldIdOf(issue.path), issue.message]));
        const refusal: RecordDonationRefusal = { errors: Object.keys(errors).length > 0 ? errors : { [FIELD.donationId]: error.detail } };
        navigate(FORM, { replace: true, state: { refusal } });
      },
    });

  const donor = donation.donor;
  return (
    <>
      <Link to={FORM} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          <SummaryList
            rows={[
              { key: 'Reference', value: donation.donationId, change: { to: FORM, label: 'reference' } },
              { key: 'Amount', value: <span id="check-amount">{formatPence(donation.amountPence)}</span>, change: { to: FORM, label: 'amount' } },
              { key: 'Received', value: formatCalendarDate(donation.receivedOn), change: { to: FORM, label: 'date received' } },
              { key: 'Source', value: sourceLabel(donation.source), change: { to: FORM, label: 'source' } },
              { key: 'Donor', value: donor ? [donor.name, donor.email, donor.postcode, donor.reference].filter(Boolean).join(', ') : 'Not given', change: { to: FORM, label: 'donor' } },
            ]}
          />
          {donation.amountPence > 50_000 ? (
            <div className="govuk-inset-text">This is over £500: it will be flagged for a permissibility check, and levied regardless.</div>
          ) : null}
          <button type="button" className="govuk-button" data-module="govuk-button" disabled={record.isPending} aria-disabled={record.isPending} onClick={send}>
            Record this donation
          </button>
        </div>
      </div>
    </>
  );
}
