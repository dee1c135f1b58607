import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { CsvExportButton } from '../../export/CsvExportButton.tsx';
import type { CsvColumn } from '../../export/csv-file.ts';
import { downloadFile } from '../../export/download-file.ts';
import { formatInstant } from '../../format/dates.ts';
import { useCalendarLinks, useCreateCalendarLink, useTimetableFile } from './queries.ts';
import type { CalendarSubscription, NewCalendarSubscription } from './queries.ts';
import { NotificationBanner } from '../../components/notification-banner/NotificationBanner.tsx';

// Who made which link and when; never its key, which the platform does not keep.
const LINK_COLUMNS: readonly CsvColumn<CalendarSubscription>[] = [
  { header: 'Link id', value: (link) => link.subscriptionId },
  { header: 'Made by', value: (link) => link.createdBy },
  { header: 'Made at', value: (link) => link.createdAt },
  { header: 'Revoked at', value: (link) => link.revokedAt },
];

type Download = { kind: 'idle' } | { kind: 'preparing' } | { kind: 'done'; fileName: string } | { kind: 'failed'; message: string };

function Downloads({ timetableId }: { timetableId: string }) {
  const readFile = useTimetableFile();
  const [state, setState] = useState<Download>({ kind: 'idle' });
  const download = async (format: 'csv' | 'ics') => {
    const fileName = `timetable-${timetableId}.${format}`;
    setState({ kind: 'preparing' });
    try {
      downloadFile(fileName, await readFile(timetableId, format));
      setState({ kind: 'done', fileName });
    } catch (error) {
      setState({ kind: 'failed', message: isProblem(error) ? `The file could not be made: ${error.detail}` : 'The file could not be made. Try again.' });
    }
  };
  return (
    <>
      <h2 className="govuk-heading-m">Download the timetable</h2>
      <p className="govuk-body">A spreadsheet has a row for each phase of each selection. A calendar file adds each phase to a calendar once: it does not change when a selection moves.</p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={state.kind === 'preparing'} onClick={() => download('csv')}>
          Download as a spreadsheet (CSV)
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" disabled={state.kind === 'preparing'} onClick={() => download('ics')}>
          Download as a calendar file (ICS)
        </button>
      </div>
      <p className="govuk-body-s" role="status">
        {state.kind === 'preparing' ? 'Preparing the file…' : state.kind === 'done' ? `Downloaded ${state.fileName}.` : state.kind === 'failed' ? state.message : ''}
      </p>
    </>
  );
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <>
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" data-module="govuk-button" onClick={copy}>
        Copy link
      </button>
      <p className="govuk-body-s" role="status">
        {copied === 'copied' ? 'The link is copied.' : copied === 'failed' ? 'The link could not be copied: select it in the box and copy it.' : ''}
      </p>
    </>
  );
}

const INSTRUCTIONS: readonly { app: string; steps: readonly string[] }[] = [
  { app: 'Google Calendar', steps: ['On a computer, open Google Calendar.', 'Next to “Other calendars”, select the plus sign, then “From URL”.', 'Paste the link and select “Add calendar”.'] },
  { app: 'Outlook', steps: ['In Outlook on the web, open the calendar and select “Add calendar”.', 'Select “Subscribe from web”.', 'Paste the link, give the calendar a name and select “Import”.'] },
  { app: 'Apple Calendar', steps: ['On a Mac, open Calendar and choose File, then “New Calendar Subscription”.', 'Paste the link and select “Subscribe”.', 'On an iPhone or iPad: Settings, Calendar, Accounts, Add Account, Other, then “Add Subscribed Calendar”.'] },
];

function NewLink({ link }: { link: NewCalendarSubscription }) {
  return (
    <div className="govuk-inset-text">
      <h3 className="govuk-heading-s">Your new subscription link</h3>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          You will see this link only once. Copy it now: the platform keeps only a fingerprint of its key.
        </strong>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="new-link">
          Subscription link
        </label>
        <input className="govuk-input" id="new-link" type="text" readOnly value={link.url} spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
      </div>
      <CopyButton text={link.url} />
      {INSTRUCTIONS.map(({ app, steps }) => (
        <details key={app} className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Add it to {app}</span>
          </summary>
          <div className="govuk-details__text">
            <ol className="govuk-list govuk-list--number">
              {steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </div>
        </details>
      ))}
    </div>
  );
}

function Links({ timetableId, revoked }: { timetableId: string; revoked: string | null }) {
  const links = useCalendarLinks(timetableId);
  const create = useCreateCalendarLink(timetableId);
  const [made, setMade] = useState<NewCalendarSubscription | undefined>();
  if (links.isError) return <ReadFailure error={links.error} />;
  if (create.isError && !isProblem(create.error, 409)) return <ProblemPage error={create.error} />;
  const revokedLink = revoked ? links.data?.items.find((link) => link.subscriptionId === revoked && link.revokedAt) : undefined;
  return (
    <>
      <h2 className="govuk-heading-m">Subscription links</h2>
      {revokedLink ? (
        <NotificationBanner id="revoked-title" success titleLevel={3} heading={<>The link {revokedLink.createdBy} made on {formatInstant(revokedLink.createdAt)} is revoked. Calendars following it no longer update.</>} />
      ) : null}
      <p className="govuk-body">A calendar app follows a subscription link and updates when a selection moves. Anyone with the link can read the timetable, so give it only to the people who need it, and revoke it when they no longer do.</p>
      {made ? <NewLink link={made} /> : null}
      {isProblem(create.error, 409) ? <p className="govuk-error-message">{create.error.detail}</p> : null}
      <button type="button" className="govuk-button" data-module="govuk-button" disabled={create.isPending} aria-disabled={create.isPending} onClick={() => create.mutate(undefined, { onSuccess: setMade })}>
        {made ? 'Create another subscription link' : 'Create a subscription link'}
      </button>
      {links.isPending ? (
        <p className="govuk-body" role="status">
          Loading the links…
        </p>
      ) : links.data.items.length === 0 ? (
        <p className="govuk-body">No one has made a link to this timetable yet.</p>
      ) : (
        <>
          <CsvExportButton label="Download the list of links (CSV)" fileName={`calendar-links-${timetableId}.csv`} columns={LINK_COLUMNS} readRows={async () => links.data.items} />
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Links made to this timetable, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Made by
                </th>
                <th scope="col" className="govuk-table__header">
                  Made on
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header app-no-print">
                  <span className="govuk-visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {[...links.data.items]
                .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
                .map((link) => (
                  <tr key={link.subscriptionId} className="govuk-table__row">
                    <td className="govuk-table__cell">{link.createdBy}</td>
                    <td className="govuk-table__cell">{formatInstant(link.createdAt)}</td>
                    <td className="govuk-table__cell">{link.revokedAt ? <StatusTag label={`Revoked ${formatInstant(link.revokedAt)}`} colour="grey" /> : <StatusTag label="Active" colour="green" />}</td>
                    <td className="govuk-table__cell app-no-print">
                      {link.revokedAt ? null : (
                        <Link className="govuk-link" to={`/timetables/${timetableId}/calendar/links/${link.subscriptionId}/revoke`}>
                          Revoke<span className="govuk-visually-hidden"> the link {link.createdBy} made on {formatInstant(link.createdAt)}</span>
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}

/** A timetable's calendar for HQ staff: the files to download, and the subscription links calendar apps follow. */
export function CalendarPage() {
  const { timetableId = '' } = useParams();
  const [params] = useSearchParams();
  usePageTitle('Timetable calendar');
  return (
    <>
      <Link to={`/timetables/${timetableId}`} className="govuk-back-link app-no-print">
        Back to the timetable
      </Link>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Timetable calendar
      </h1>
      <Downloads timetableId={timetableId} />
      <Links timetableId={timetableId} revoked={params.get('revoked')} />
    </>
  );
}
