import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Choices } from '../../components/fields/Choices.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { pageProblems } from './draft.ts';
import { nextPage } from './flow.ts';
import { useOpenSelections } from './queries.ts';
import { useDraft } from './use-draft.ts';

const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
export const selectionDates = (opensOn: string | undefined, closesOn: string): string =>
  opensOn === undefined
    ? `Selection ends ${longDate.format(new Date(closesOn))}`
    : `Selection runs from ${longDate.format(new Date(opensOn))} to ${longDate.format(new Date(closesOn))}`;

/**
 * The seat: search by constituency name (the search is in the URL, so back and refresh keep it), then
 * choose among the seats whose selection is open now.
 */
export function SeatPage() {
  const [draft, update] = useDraft();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const [typed, setTyped] = useState(search);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const results = useOpenSelections(search);
  const title = 'Which constituency are you standing in?';
  usePageTitle(title, Object.keys(errors).length > 0);

  const find = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() === '') return setErrors({ search: 'Enter the name of the constituency, or part of it' });
    setErrors({});
    setParams({ search: typed.trim() });
  };
  const choose = (event: FormEvent) => {
    event.preventDefault();
    const problems = pageProblems('seat', draft);
    setErrors(problems);
    if (Object.keys(problems).length === 0) navigate(nextPage('seat', draft, params));
  };

  if (results.isError) return <ProblemPage error={results.error} />;
  const items = results.data?.items ?? [];
  const chosenOffered = items.some((item) => item.seatId === draft.seatId);

  return (
    <>
      <Link to="/fund" className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }))} />
          <span className="govuk-caption-l">Apply to the Diversity Fund</span>
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          <p className="govuk-body">You can apply only for a constituency whose selection is scheduled and not yet over.</p>
          <form noValidate onSubmit={find} role="search" aria-label="Constituencies with an open selection">
            <TextInput id="search" label="Constituency name" hint="For example, Aldershot or Ynys Môn" value={typed} onChange={setTyped} error={errors.search} type="search" widthClass="govuk-!-width-two-thirds" spellCheck={false} />
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Search
            </button>
          </form>
          {draft.seatId && !chosenOffered ? (
            <p className="govuk-body">
              You have chosen <strong>{draft.seatName}</strong>. Search again to choose another, or continue.
            </p>
          ) : null}
          {search !== '' && results.isPending ? <p className="govuk-body" role="status">Searching…</p> : null}
          {search !== '' && results.isSuccess ? (
            <p className="govuk-body" role="status">
              {items.length === 0
                ? `No constituency matching "${search}" has an open selection.`
                : `${items.length} constituenc${items.length === 1 ? 'y matches' : 'ies match'} "${search}".`}
            </p>
          ) : null}
          <form noValidate onSubmit={choose}>
            {items.length > 0 ? (
              <Choices
                id="seatId"
                legend="Choose your constituency"
                error={errors.seatId}
                choices={items.map((item) => ({ value: item.seatId, label: item.seatName, hint: `${item.region}. ${selectionDates(item.opensOn, item.closesOn)}` }))}
                selected={draft.seatId ? [draft.seatId] : []}
                onChange={([seatId]) => {
                  const item = items.find((candidate) => candidate.seatId === seatId);
                  if (item) update({ seatId: item.seatId, seatName: item.seatName, selectionDates: selectionDates(item.opensOn, item.closesOn) });
                }}
              />
            ) : errors.seatId ? (
              <p id="seatId" className="govuk-error-message" tabIndex={-1}>
                <span className="govuk-visually-hidden">Error:</span> {errors.seatId}
              </p>
            ) : null}
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
