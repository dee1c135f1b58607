import { useState } from 'react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import { focusLater } from '../../components/fields/focus-later.ts';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { useDraftTimetable } from './queries.ts';
import { emptyTimetableAnswers, formFieldId, PHASE_FIELDS, plainMessage, timetableBody, withBlackout } from './timetable-form.ts';
import type { BlackoutAnswers, TimetableAnswers } from './timetable-form.ts';

/**
 * Drafts a timetable: the window, the election, capacity, blackouts (rows added and removed) and the phases'
 * lengths on one page, as HQ staff switch between them. Every rule is the API's: a refusal lists each field
 * in the error summary and keeps what was typed.
 */
export function DraftTimetablePage() {
  const navigate = useNavigate();
  const draft = useDraftTimetable();
  const [answers, setAnswers] = useState<TimetableAnswers>(emptyTimetableAnswers);
  const [errors, setErrors] = useState<Record<string, string>>({});
  usePageTitle('Draft a timetable', Object.keys(errors).length > 0);
  const change = (next: Partial<TimetableAnswers>) => setAnswers({ ...answers, ...next });
  const changeBlackout = (index: number, next: Partial<BlackoutAnswers>) =>
    change({ blackouts: answers.blackouts.map((blackout, i) => (i === index ? { ...blackout, ...next } : blackout)) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    draft.mutate(timetableBody(answers), {
      onSuccess: (drafted) => void navigate(`/timetables/${drafted.timetableId}`),
      onError: (error) => {
        if (!isProblem(error, 400, 413, 422)) return;
        const found: Record<string, string> = {};
        for (const issue of error.issues) {
          const id = fieldIdOf(issue.path);
          found[formFieldId(id)] ??= plainMessage(id, issue.message, answers);
        }
        setErrors(Object.keys(found).length > 0 ? found : { 'from-day': error.detail });
      },
    });
  };

  if (draft.isError && !isProblem(draft.error, 400, 413, 422)) return <ProblemPage error={draft.error} />;
  const list = Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }));
  return (
    <>
      {list.length > 0 ? <ErrorSummary errors={list} /> : null}
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Draft a timetable
      </h1>
      <p className="govuk-body">
        The draft places a selection for every seat that needs one. Nothing is scheduled or announced until you check the draft and publish it.
      </p>
      <form noValidate onSubmit={submit}>
        <h2 className="govuk-heading-m">The window</h2>
        <DateInput id="from" legend="When the timetable opens" hint="The first selections can start on this day. For example, 4 1 2027" value={answers.from} onChange={(from) => change({ from })} error={errors['from-day']} />
        <DateInput id="expectedElection" legend="Expected election date" hint="For example, 3 5 2029" value={answers.expectedElection} onChange={(expectedElection) => change({ expectedElection })} error={errors['expectedElection-day']} />
        <TextInput id="completeMonthsBefore" label="Months before the election every result is due" hint="For example, 12" inputMode="numeric" widthClass="govuk-input--width-3" value={answers.completeMonthsBefore} onChange={(completeMonthsBefore) => change({ completeMonthsBefore })} error={errors.completeMonthsBefore} />

        <h2 className="govuk-heading-m">Capacity</h2>
        <TextInput id="weeklyCapacity" label="National weekly capacity" hint="The most selections that may start in one week, across the country" inputMode="numeric" widthClass="govuk-input--width-3" value={answers.weeklyCapacity} onChange={(weeklyCapacity) => change({ weeklyCapacity })} error={errors.weeklyCapacity} />
        <TextInput id="regionalWeeklyCapacity" label="Regional weekly capacity (optional)" hint="The most that may start in one week in any one region. Leave empty for no regional limit" inputMode="numeric" widthClass="govuk-input--width-3" value={answers.regionalWeeklyCapacity} onChange={(regionalWeeklyCapacity) => change({ regionalWeeklyCapacity })} error={errors.regionalWeeklyCapacity} />

        <h2 className="govuk-heading-m">Blackouts</h2>
        <p className="govuk-body">No phase of a selection may start inside a blackout, such as a holiday or a conference.</p>
        {answers.blackouts.length === 0 ? <p className="govuk-body">No blackouts added.</p> : null}
        {answers.blackouts.map((blackout, index) => (
          <fieldset key={blackout.key} className="govuk-fieldset app-blackout">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Blackout {index + 1}</legend>
            <TextInput id={`blackouts-${index}-reason`} label="Reason" hint="For example, Christmas" value={blackout.reason} onChange={(reason) => changeBlackout(index, { reason })} error={errors[`blackouts-${index}-reason`]} />
            <DateInput id={`blackouts-${index}-from`} legend="First day" value={blackout.from} onChange={(from) => changeBlackout(index, { from })} error={errors[`blackouts-${index}-from-day`]} />
            <DateInput id={`blackouts-${index}-to`} legend="Last day" value={blackout.to} onChange={(to) => changeBlackout(index, { to })} error={errors[`blackouts-${index}-to-day`]} />
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              data-module="govuk-button"
              onClick={() => {
                change({ blackouts: answers.blackouts.filter((_, i) => i !== index) });
                focusLater(index > 0 ? `blackouts-${index - 1}-reason` : 'add-blackout');
              }}
            >
              Remove blackout {index + 1}
              {blackout.reason.trim() ? <span className="govuk-visually-hidden"> ({blackout.reason.trim()})</span> : null}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          id="add-blackout"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          onClick={() => {
            setAnswers(withBlackout(answers));
            focusLater(`blackouts-${answers.blackouts.length}-reason`);
          }}
        >
          Add a blackout
        </button>

        <h2 className="govuk-heading-m">How long each phase lasts</h2>
        <p className="govuk-body">In days. The freeze date and the result take a day each.</p>
        {PHASE_FIELDS.map(({ key, label }) => (
          <TextInput key={key} id={`phaseDays-${key}`} label={`${label} (days)`} inputMode="numeric" widthClass="govuk-input--width-3" value={answers.phaseDays[key]} onChange={(days) => change({ phaseDays: { ...answers.phaseDays, [key]: days } })} error={errors[`phaseDays-${key}`]} />
        ))}

        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={draft.isPending} aria-disabled={draft.isPending}>
          Draft the timetable
        </button>
      </form>
    </>
  );
}
