import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { formatInstant } from '../../format/dates.ts';
import { DownloadButton } from './DownloadButton.tsx';
import { useCommitteeFile, useConsultation } from './queries.ts';
import type { Consultation, Consultee } from './queries.ts';
import { NotificationBanner } from '../../components/notification-banner/NotificationBanner.tsx';

const addedText = (consultee: Consultee) =>
  consultee.addedBecause === 'on-the-committee-at-opening' ? 'On the committee when it opened' : `Joined the committee while it was open, ${formatInstant(consultee.addedAt)}`;

function Banner({ text }: { text: string }) {
  return (
    <NotificationBanner id="done-title" success heading={text} />
  );
}

const bannerText = (params: URLSearchParams, consultation: Consultation): string | undefined => {
  if (params.get('opened') === 'true') return `The consultation is open: ${consultation.consulteeCount} member${consultation.consulteeCount === 1 ? ' is' : 's are'} consulted`;
  if (params.get('closed') === 'true') return 'The consultation is closed';
  const recorded = params.get('recorded');
  const consultee = consultation.consultees.find((candidate) => candidate.mpId === recorded);
  return consultee ? `${consultee.mpName}'s response is recorded` : undefined;
};

/** One consultation: its facts, questions and papers, every consultee and whether they responded, and each latest response. */
export function ConsultationPage() {
  const { consultationId = '' } = useParams();
  const [params] = useSearchParams();
  const read = useConsultation(consultationId);
  const readFile = useCommitteeFile();
  usePageTitle(read.data ? read.data.title : 'Consultation');
  if (read.isError) return <ReadFailure error={read.error} />;
  if (read.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading the consultation…
      </p>
    );
  }
  const consultation = read.data;
  const banner = bannerText(params, consultation);
  const open = consultation.status === 'open';
  const responded = consultation.consultees.filter((consultee) => consultee.response);
  return (
    <>
      <Link to="/emeritus/consultations" className="govuk-back-link app-no-print">
        Back to consultations
      </Link>
      {banner ? <Banner text={banner} /> : null}
      <h1 className="govuk-heading-l" tabIndex={-1}>
        <span className="govuk-caption-l">Consultation of the emeritus committee</span>
        {consultation.title}
      </h1>
      <SummaryList
        rows={[
          { key: 'Status', value: open ? <StatusTag label="Open" colour="green" /> : <StatusTag label={consultation.closedEarly ? 'Closed early' : 'Closed'} colour="grey" /> },
          { key: 'Concerns', value: consultation.concerns },
          {
            key: open ? 'Closes' : 'Closed',
            value: consultation.closedEarly
              ? `${formatInstant(consultation.closedEarly.closedAt)}, early, by ${consultation.closedEarly.closedBy} (it was to close at the end of ${formatCalendarDate(consultation.closesOn)})`
              : `At the end of ${formatCalendarDate(consultation.closesOn)}`,
          },
          { key: 'Opened', value: `${formatInstant(consultation.openedAt)} by ${consultation.openedBy}` },
          { key: 'Responses', value: `${consultation.respondedCount} of ${consultation.consulteeCount} member${consultation.consulteeCount === 1 ? '' : 's'}` },
        ]}
      />
      <h2 className="govuk-heading-m">Questions</h2>
      <ol className="govuk-list govuk-list--number">
        {consultation.questions.map((question, index) => (
          <li key={index}>{question}</li>
        ))}
      </ol>
      <h2 className="govuk-heading-m">Papers</h2>
      {consultation.links.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <ul className="govuk-list">
          {consultation.links.map((link, index) => (
            <li key={index}>
              <a className="govuk-link" href={link.url} rel="noreferrer noopener" target="_blank">
                {link.title} (opens in a new tab)
              </a>
            </li>
          ))}
        </ul>
      )}
      {consultation.consultees.length === 0 ? (
        <>
          <h2 className="govuk-heading-m">Consultees</h2>
          <p className="govuk-body">No MP is on the emeritus committee{open ? ' yet. Anyone who joins while it is open is consulted.' : '.'}</p>
        </>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Consultees</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Member', 'How they were added', 'Response', 'Action'].map((header) => (
                <th key={header} scope="col" className="govuk-table__header">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {consultation.consultees.map((consultee) => (
              <tr key={consultee.mpId} className="govuk-table__row">
                <td className="govuk-table__cell">
                  {consultee.mpName} <span className="govuk-hint govuk-!-margin-bottom-0">{consultee.mpId}, {consultee.seatId}</span>
                  {consultee.withdrawal ? (
                    <>
                      <StatusTag label="Withdrawn" colour="grey" /> <span className="govuk-body-s">Withdrew their retirement on {formatCalendarDate(consultee.withdrawal.withdrawnOn)}</span>
                    </>
                  ) : null}
                </td>
                <td className="govuk-table__cell">{addedText(consultee)}</td>
                <td className="govuk-table__cell">{consultee.responded ? <StatusTag label={consultee.response?.amended ? 'Responded, amended' : 'Responded'} colour="green" /> : <StatusTag label="Not responded" colour="grey" />}</td>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/emeritus/consultations/${consultation.consultationId}/responses/${encodeURIComponent(consultee.mpId)}`}>
                    {open ? (consultee.responded ? 'Amend' : 'Record') : 'View'}
                    <span className="govuk-visually-hidden"> {consultee.mpName}'s response</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="govuk-heading-m">Latest responses</h2>
      {responded.length === 0 ? (
        <p className="govuk-body">No response has been recorded yet.</p>
      ) : (
        responded.map((consultee) => (
          <div key={consultee.mpId} className="govuk-inset-text">
            <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{consultee.mpName}</h3>
            <p className="govuk-body app-pre-wrap">{consultee.response!.text}</p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">
              Version {consultee.response!.version}, recorded by {consultee.response!.recordedBy} on {formatInstant(consultee.response!.recordedAt)}
            </p>
          </div>
        ))
      )}
      <h2 className="govuk-heading-m app-no-print">Download</h2>
      <DownloadButton label="Download the responses (CSV)" fileName={`consultation-${consultation.consultationId}-responses.csv`} read={() => readFile({ consultationId: consultation.consultationId })} />
      {open ? (
        <p className="govuk-body app-no-print">
          <Link className="govuk-button govuk-button--warning" data-module="govuk-button" to={`/emeritus/consultations/${consultation.consultationId}/close`}>
            Close the consultation early
          </Link>
        </p>
      ) : null}
    </>
  );
}
