import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import { parseDateParts } from '../../components/fields/date-parts.ts';
import type { DateParts } from '../../components/fields/date-parts.ts';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { Timeline } from '../../components/timeline/Timeline.tsx';
import { dayRange, formatCalendarDate, PHASE_LABELS } from '../timetable/labels.ts';
import type { Selection } from '../timetable/timetable-types.ts';
import { useMoveSelection, useRereadSelection, useSelection } from './queries.ts';
import { NotificationBanner } from '../../components/notification-banner/NotificationBanner.tsx';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });
const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };
const days = (start: string, end: string) => Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;

/** Why a move was refused: each rule it would break, or that someone changed the selection first. */
type Refusal = { kind: 'rules'; messages: string[] } | { kind: 'changed'; detail: string } | { kind: 'field'; message: string };

function MoveForm({ selection, onRefused, refusal }: { selection: Selection; onRefused: (refusal: Refusal | undefined) => void; refusal: Refusal | undefined }) {
  const move = useMoveSelection(selection.selectionId);
  const reread = useRereadSelection(selection.selectionId);
  const [start, setStart] = useState<DateParts>(EMPTY_DATE);
  const [moved, setMoved] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMoved(undefined);
    const parsed = parseDateParts(start, 'the new freeze date');
    if (!parsed.ok) return onRefused({ kind: 'field', message: parsed.message });
    move.mutate(
      // The revision shown: a change by anyone since makes the API refuse, rather than undo theirs.
      { start: parsed.date, expectedRevision: selection.revision },
      {
        onSuccess: (saved) => {
          onRefused(undefined);
          setStart(EMPTY_DATE);
          setMoved(saved.start);
        },
        onError: async (error) => {
          if (isProblem(error, 400)) return onRefused({ kind: 'field', message: error.issues.map((issue) => `${fieldIdOf(issue.path) === 'start' ? 'The new freeze date' : 'The move'}: ${issue.message}`).join('; ') || error.detail });
          if (!isProblem(error, 409)) return;
          const broken = error.details['broken'];
          if (Array.isArray(broken)) return onRefused({ kind: 'rules', messages: broken.map(String) });
          // Changed since it was read (or at the same moment): show it as it is now, to review. A refusal
          // of the selection as it was read (cancelled, started, its timetable not published) says why.
          const now = await reread();
          onRefused(now.revision !== selection.revision ? { kind: 'changed', detail: error.detail } : { kind: 'field', message: `The selection was not moved: ${error.detail}` });
        },
      },
    );
  };

  if (move.isError && !isProblem(move.error, 400, 409)) return <ProblemPage error={move.error} />;
  const fieldError = refusal?.kind === 'field' ? refusal.message : refusal?.kind === 'rules' ? 'The selection cannot start on this day: the rules it would break are listed at the top of the page' : undefined;
  return (
    <form noValidate onSubmit={submit} className="app-no-print">
      {moved ? (
        <NotificationBanner id="moved-title" success heading={<>The selection now starts on {formatCalendarDate(moved)}, and its new dates are announced</>} />
      ) : null}
      <DateInput id="start" legend="Move it to a new freeze date" hint="Every phase moves with it. The timetable's rules still apply: capacity, blackouts and the deadline. For example, 1 3 2027" value={start} onChange={setStart} error={fieldError} />
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={move.isPending} aria-disabled={move.isPending}>
        Move selection
      </button>
    </form>
  );
}

function SelectionView({ selection }: { selection: Selection }) {
  const [refusal, setRefusal] = useState<Refusal>();
  usePageTitle(selection.seatName, refusal !== undefined);
  const errors =
    refusal?.kind === 'rules'
      ? refusal.messages.map((message) => ({ fieldId: 'start-day', message: `It would break a rule: ${message}` }))
      : refusal?.kind === 'field'
        ? [{ fieldId: 'start-day', message: refusal.message }]
        : refusal?.kind === 'changed'
          ? [{ fieldId: 'current-state', message: 'Someone changed this selection since you opened it, so your move was not saved. Its dates as they are now are shown: review them, then move it again if you still need to' }]
          : [];
  return (
    <>
      {errors.length > 0 ? <ErrorSummary errors={errors} title={refusal?.kind === 'rules' ? 'The selection was not moved' : 'There is a problem'} /> : null}
      <Link to="/selections" className="govuk-back-link app-no-print">
        Back to selections
      </Link>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        <span className="govuk-caption-l">Selection in {selection.seatId}</span>
        {selection.seatName}
      </h1>
      <div id="current-state" tabIndex={-1}>
        <SummaryList
          rows={[
            { key: 'Status', value: selection.status === 'scheduled' ? <StatusTag label="Scheduled" colour="blue" /> : <StatusTag label="Cancelled" colour="grey" /> },
            { key: 'Nation and region', value: selection.nation === selection.region ? selection.nation : `${selection.region}, ${selection.nation}` },
            { key: 'Freeze date', value: formatCalendarDate(selection.start) },
            { key: 'Why it starts then', value: selection.reason },
            {
              key: 'Flags',
              value: selection.retirementWithdrawnAfterFreeze ? (
                <>
                  <StatusTag label="Retirement withdrawn after freeze" colour="orange" /> The MP withdrew their retirement on {formatCalendarDate(selection.retirementWithdrawnAfterFreeze.withdrawnOn)}, after the freeze date, so the selection stands: {selection.retirementWithdrawnAfterFreeze.reason}
                </>
              ) : selection.cancellation ? (
                `Cancelled: ${selection.cancellation.reason}`
              ) : selection.retirementId ? (
                'Opened by a retiring MP'
              ) : (
                'None'
              ),
            },
            { key: 'Timetable', value: <Link className="govuk-link" to={`/timetables/${selection.timetableId}`}>The timetable it was placed in</Link> },
            { key: 'Last changed', value: `${dateTime.format(new Date(selection.updatedAt))} (change ${selection.revision})` },
          ]}
        />
      </div>
      <h2 className="govuk-heading-m">Phases</h2>
      <Timeline
        headingLevel={3}
        items={selection.phases.map((phase) => ({
          key: phase.name,
          title: PHASE_LABELS[phase.name] ?? phase.name,
          at: phase.start,
          description: <p className="govuk-body">{phase.start === phase.end ? 'One day' : `${days(phase.start, phase.end)} days: ${dayRange(phase.start, phase.end)}`}</p>,
        }))}
      />
      {selection.status === 'scheduled' ? (
        <>
          <h2 className="govuk-heading-m">Move it</h2>
          <MoveForm selection={selection} refusal={refusal} onRefused={setRefusal} />
        </>
      ) : null}
    </>
  );
}

function Loading() {
  usePageTitle('Selection');
  return (
    <p className="govuk-body" role="status">
      Loading the selection…
    </p>
  );
}

/** One selection: its facts and flags, its phases as a timeline, and moving it, refused in plain words. */
export function SelectionPage() {
  const { selectionId = '' } = useParams();
  const selection = useSelection(selectionId);
  if (selection.isError) return <ReadFailure error={selection.error} />;
  return selection.isPending ? <Loading /> : <SelectionView selection={selection.data} />;
}
