import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { Timeline } from '../../components/timeline/Timeline.tsx';
import type { TimelineItem } from '../../components/timeline/Timeline.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { useRetirement } from './queries.ts';
import { NotificationBanner } from '../../components/notification-banner/NotificationBanner.tsx';
import { eligibilityInWords } from './eligibility-words.ts';

type Retirement = NonNullable<ReturnType<typeof useRetirement>['data']>;

const historyOf = (retirement: Retirement): TimelineItem[] => [
  ...(retirement.status === 'withdrawn'
    ? [{ key: 'withdrawn', title: 'Retirement withdrawn', by: retirement.withdrawal.withdrawnBy, at: retirement.withdrawal.withdrawnAt, description: `Withdrawn on ${formatCalendarDate(retirement.withdrawal.withdrawnOn)}: ${retirement.withdrawal.reason}` }]
    : []),
  { key: 'recorded', title: 'Retirement recorded', by: retirement.recordedBy, at: retirement.recordedAt, description: eligibilityInWords(retirement) },
];

function Banner({ retirement, withdrawn }: { retirement: Retirement; withdrawn: boolean }) {
  return (
    <NotificationBanner id="done-title" success heading={withdrawn ? `${retirement.mpName}'s retirement is withdrawn` : `${retirement.mpName}'s retirement is recorded`}>
      {withdrawn ? null : <p className="govuk-body">{retirement.emeritusEligible ? 'They join the emeritus committee.' : 'They do not join the emeritus committee.'} {eligibilityInWords(retirement)}</p>}
    </NotificationBanner>
  );
}

/** One retirement: the MP, whether they are emeritus-eligible and why, and its history; withdraw it. */
export function RetirementPage() {
  const { retirementId = '' } = useParams();
  const [params] = useSearchParams();
  const read = useRetirement(retirementId);
  usePageTitle(read.data ? `Retirement of ${read.data.mpName}` : 'Retirement');
  if (read.isError) return <ReadFailure error={read.error} />;
  if (read.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading the retirement…
      </p>
    );
  }
  const retirement = read.data;
  const done = params.get('recorded') === 'true' ? 'recorded' : params.get('withdrawn') === 'true' ? 'withdrawn' : undefined;
  return (
    <>
      <Link to="/emeritus" className="govuk-back-link app-no-print">
        Back to the register
      </Link>
      {done ? <Banner retirement={retirement} withdrawn={done === 'withdrawn'} /> : null}
      <h1 className="govuk-heading-l" tabIndex={-1}>
        <span className="govuk-caption-l">{retirement.seatId}</span>
        Retirement of {retirement.mpName}
      </h1>
      <SummaryList
        rows={[
          { key: 'Status', value: retirement.status === 'active' ? <StatusTag label="Standing down" colour="blue" /> : <StatusTag label="Withdrawn" colour="grey" /> },
          { key: 'Emeritus committee', value: retirement.emeritusEligible ? <StatusTag label="Eligible" colour="green" /> : <StatusTag label="Not eligible" colour="grey" /> },
          { key: 'Why', value: eligibilityInWords(retirement) },
          { key: "MP's id", value: retirement.mpId },
          { key: 'Seat', value: retirement.seatId },
          { key: 'Announced', value: formatCalendarDate(retirement.announcedOn) },
          { key: 'Expected election', value: `${formatCalendarDate(retirement.expectedElectionOn)}${retirement.expectedElectionSource === 'settings' ? ', from the settings' : ', given for this MP'}` },
          { key: 'Early announcement deadline', value: `${formatCalendarDate(retirement.earlyAnnouncementDeadline)} (${retirement.earlyAnnouncementMonths} months before the election)` },
        ]}
      />
      {retirement.status === 'active' ? (
        <p className="govuk-body app-no-print">
          <Link className="govuk-link" to={`/emeritus/retirements/${retirement.retirementId}/withdraw`}>
            Withdraw this retirement
          </Link>
        </p>
      ) : null}
      <h2 className="govuk-heading-m">History</h2>
      <Timeline items={historyOf(retirement)} headingLevel={3} />
    </>
  );
}
