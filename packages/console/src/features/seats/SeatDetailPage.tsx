import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { DateInput } from '../../components/fields/DateInput.tsx';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Choices } from '../../components/fields/Choices.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { SummaryList } from '../../components/summary-list/SummaryList.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { usePatchSeat, useSeat } from './queries.ts';
import { flagsAnswers, flagsBody } from './seat-flags-form.ts';
import type { SeatFlagsAnswers } from './seat-flags-form.ts';
import type { Seat } from './seat-list-view.ts';
import { NotificationBanner } from '../../components/notification-banner/NotificationBanner.tsx';

const count = new Intl.NumberFormat('en-GB');
const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

// The API names the date as one field; the error summary links its first box, as GOV.UK asks.
const formFieldId = (apiFieldId: string): string => (apiFieldId === 'boundaryReviewUntil' ? 'boundaryReviewUntil-day' : apiFieldId);
const messageOf = (fieldId: string, message: string): string =>
  fieldId === 'boundaryReviewUntil' ? 'The boundary review date must be a real date, like 31 3 2027' : message;

/** Said when a save was refused because someone else changed the flags first: the form now shows theirs. */
function ChangedMeanwhile() {
  return (
    <NotificationBanner id="changed-title" heading={<>Someone else changed this seat&apos;s flags while you had it open, so your changes were not saved.</>}>
      <p className="govuk-body">The page now shows the flags as they are saved. Check them, and make your change again if it is still needed.</p>
    </NotificationBanner>
  );
}

function SeatFlagsForm({ seat, changedMeanwhile, onChangedMeanwhile }: { seat: Seat; changedMeanwhile: boolean; onChangedMeanwhile: () => void }) {
  const patch = usePatchSeat(seat.seatId);
  const [answers, setAnswers] = useState<SeatFlagsAnswers>(() => flagsAnswers(seat));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  usePageTitle(seat.name, Object.keys(errors).length > 0);
  const change = (next: Partial<SeatFlagsAnswers>) => {
    setSaved(false);
    setAnswers({ ...answers, ...next });
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    patch.mutate(flagsBody(answers, seat.flagsRevision), {
      onSuccess: () => {
        setErrors({});
        setSaved(true);
      },
      onError: (error) => {
        if (isProblem(error, 409)) return onChangedMeanwhile();
        if (!isProblem(error, 400)) return;
        const found: Record<string, string> = {};
        for (const issue of error.issues) {
          const id = fieldIdOf(issue.path);
          found[formFieldId(id)] ??= messageOf(id, issue.message);
        }
        setErrors(Object.keys(found).length > 0 ? found : { island: error.detail });
      },
    });
  };

  if (patch.isError && !isProblem(patch.error, 400) && !isProblem(patch.error, 409)) return <ProblemPage error={patch.error} />;
  const list = Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }));
  return (
    <>
      {list.length > 0 ? <ErrorSummary errors={list} /> : null}
      {changedMeanwhile && !saved ? <ChangedMeanwhile /> : null}
      {saved ? (
        <NotificationBanner id="saved-title" success heading={<>The seat&apos;s flags are saved</>} />
      ) : null}
      <h1 className="govuk-heading-l" tabIndex={-1}>
        <span className="govuk-caption-l">{seat.seatId}</span>
        {seat.name}
      </h1>
      <SummaryList
        rows={[
          { key: 'Nation and region', value: seat.nation === seat.region ? seat.nation : `${seat.region}, ${seat.nation}` },
          { key: 'MP', value: seat.sittingMp ?? 'Not known' },
          { key: 'First party in 2024', value: seat.firstParty ?? 'Not known' },
          { key: 'Majority', value: seat.majority === undefined ? 'Not known' : count.format(seat.majority) },
          { key: 'Electorate', value: seat.electorate === undefined ? 'Not known' : count.format(seat.electorate) },
          {
            key: 'Status',
            value: seat.needsSelection ? <StatusTag label="Needs a selection" colour="orange" /> : seat.held ? <StatusTag label="Held" colour="green" /> : !seat.contested ? <StatusTag label="Not contested" colour="grey" /> : <StatusTag label="Selection under way" colour="blue" />,
          },
          { key: 'Boundary review until', value: seat.boundaryReviewUntil ? longDate.format(new Date(seat.boundaryReviewUntil)) : 'None' },
        ]}
      />
      <h2 className="govuk-heading-m">Flags</h2>
      <form noValidate onSubmit={save} className="app-no-print">
        <Choices id="island" legend="Is this an island seat?" hint="Candidates need longer to campaign across the water" choices={[{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }]} selected={[answers.island]} onChange={([island]) => change({ island: island as 'yes' | 'no' })} error={errors.island} small />
        <DateInput
          id="boundaryReviewUntil"
          legend="Boundary review until"
          hint="Selections wait until the review is final. For example, 31 3 2027. Leave empty if there is none"
          value={answers}
          onChange={({ day, month, year }) => change({ day, month, year })}
          error={errors['boundaryReviewUntil-day']}
        />
        <Choices
          id="priority"
          legend="Priority"
          choices={[
            { value: '1', label: '1 (highest)' },
            { value: '2', label: '2' },
            { value: '3', label: '3 (lowest)' },
          ]}
          selected={[answers.priority]}
          onChange={([priority]) => change({ priority: priority as SeatFlagsAnswers['priority'] })}
          error={errors.priority}
          small
        />
        <Choices id="shortlist" legend="Shortlist" choices={[{ value: 'open', label: 'Open' }, { value: 'all-women', label: 'All-women' }]} selected={[answers.shortlist]} onChange={([shortlist]) => change({ shortlist: shortlist as Seat['shortlist'] })} error={errors.shortlist} small />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={patch.isPending} aria-disabled={patch.isPending}>
          Save flags
        </button>
      </form>
    </>
  );
}

function Loading() {
  usePageTitle('Seat');
  return (
    <p className="govuk-body" role="status">
      Loading the seat…
    </p>
  );
}

/** One seat for HQ staff: its 2024 facts, and the flags they set on it. */
export function SeatDetailPage() {
  const { seatId = '' } = useParams();
  const seat = useSeat(seatId);
  const [changedMeanwhile, setChangedMeanwhile] = useState(false);
  // A fresh form only once a refused save has read the seat again; a save of one's own keeps the form and its banner.
  const [generation, setGeneration] = useState(0);
  if (seat.isError) return <ReadFailure error={seat.error} />;
  const reviewCurrent = () => {
    setChangedMeanwhile(true);
    void seat.refetch().then(() => setGeneration((current) => current + 1));
  };
  return (
    <>
      <Link to="/seats" className="govuk-back-link app-no-print">
        Back to seats
      </Link>
      {seat.isPending ? (
        <Loading />
      ) : (
        <SeatFlagsForm key={`${seat.data.seatId}@${generation}`} seat={seat.data} changedMeanwhile={changedMeanwhile} onChangedMeanwhile={reviewCurrent} />
      )}
    </>
  );
}
