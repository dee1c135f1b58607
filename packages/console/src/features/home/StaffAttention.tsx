import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useApi } from '../../api/api-context.tsx';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { readAllPages } from '../../export/all-pages.ts';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { formatInstant } from '../../format/dates.ts';
import { PHASE_LABELS } from '../timetable/labels.ts';
import { flaggedSelections, phasesStartingSoon, recentRetirements } from './attention.ts';

const count = new Intl.NumberFormat('en-GB');
// The API's largest page: most lists here take one request.
const PAGE = 1000;

const useAttention = () => {
  const api = useApi();
  return useQuery({
    queryKey: ['attention'],
    queryFn: async () => {
      const [needing, scheduled, register] = await Promise.all([
        readAllPages(async (next) => (await api.GET('/selections/seats', { params: { query: { needsSelection: 'true', limit: PAGE, ...(next ? { next } : {}) } } })).data!),
        readAllPages(async (next) => (await api.GET('/selections/selections', { params: { query: { status: 'scheduled', limit: PAGE, ...(next ? { next } : {}) } } })).data!),
        (await api.GET('/emeritus/register', { params: { query: {} } })).data!,
      ]);
      return { needing: needing.length, scheduled, retirements: register.retirements };
    },
  });
};

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * What needs HQ staff's attention today: seats still needing a selection, phases starting this week and next,
 * retirements recorded in the last 30 days, and selections flagged by a retirement withdrawn after its freeze.
 */
export function StaffAttention() {
  const attention = useAttention();
  if (attention.isError) return <ReadFailure error={attention.error} />;
  if (attention.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading what needs attention…
      </p>
    );
  }
  const today = new Date().toISOString().slice(0, 10);
  const soon = phasesStartingSoon(attention.data.scheduled, today);
  const recent = recentRetirements(attention.data.retirements, new Date().toISOString());
  const flagged = flaggedSelections(attention.data.scheduled);
  return (
    <>
      <h2 className="govuk-heading-l">What needs attention</h2>
      <Section id="attention-seats" title="Seats needing a selection">
        <p className="govuk-body">
          {attention.data.needing === 0 ? (
            'Every contested seat has a selection.'
          ) : (
            <>
              <Link className="govuk-link" to="/seats?needsSelection=true">
                {count.format(attention.data.needing)} seat{attention.data.needing === 1 ? '' : 's'} need a selection
              </Link>{' '}
              and {attention.data.needing === 1 ? 'is' : 'are'} not in a published timetable.{' '}
              <Link className="govuk-link" to="/timetables/new">
                Draft a timetable
              </Link>
              .
            </>
          )}
        </p>
      </Section>
      <Section id="attention-flagged" title="Selections flagged by a withdrawn retirement">
        {flagged.length === 0 ? (
          <p className="govuk-body">No selection is flagged.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {flagged.map((selection) => (
              <li key={selection.selectionId}>
                <Link className="govuk-link" to={`/selections/${selection.selectionId}`}>
                  {selection.seatName}
                </Link>
                : the MP withdrew their retirement on {formatCalendarDate(selection.retirementWithdrawnAfterFreeze!.withdrawnOn)}, after the freeze. Decide whether the selection goes ahead.
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="attention-phases" title="Phases starting this week and next">
        {soon.length === 0 ? (
          <p className="govuk-body">No phase of a selection starts this week or next.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Phases starting this week and next, soonest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Seat
                </th>
                <th scope="col" className="govuk-table__header">
                  Phase
                </th>
                <th scope="col" className="govuk-table__header">
                  Starts
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {soon.map(({ selection, phase, week }) => (
                <tr key={`${selection.selectionId}-${phase.name}`} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/selections/${selection.selectionId}`}>
                      {selection.seatName}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{PHASE_LABELS[phase.name] ?? phase.name}</td>
                  <td className="govuk-table__cell">
                    {formatCalendarDate(phase.start)} ({week})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="attention-retirements" title="Retirements recorded in the last 30 days">
        {recent.length === 0 ? (
          <p className="govuk-body">No retirement was recorded in the last 30 days.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet">
            {recent.map((retirement) => (
              <li key={retirement.retirementId}>
                {retirement.mpName} ({retirement.seatId}), recorded {formatInstant(retirement.recordedAt)}
                {retirement.status === 'withdrawn' ? ', since withdrawn' : ''}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
