import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Choices } from '../../components/fields/Choices.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { contestAnswers, contestBody, contestMessage, withUncontestedRow } from './contest-settings-form.ts';
import type { ContestAnswers, ContestSettings, UncontestedRow } from './contest-settings-form.ts';
import { useContestSettings, useSaveContestSettings } from './queries.ts';
import { NATIONS } from './seat-list-view.ts';
import { NotificationBanner } from '../../components/notification-banner/NotificationBanner.tsx';
import { focusLater } from '../../components/fields/focus-later.ts';

function ContestSettingsForm({ settings, onChangedMeanwhile }: { settings: ContestSettings; onChangedMeanwhile: () => void }) {
  const save = useSaveContestSettings();
  const [answers, setAnswers] = useState<ContestAnswers>(() => contestAnswers(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  usePageTitle('Which seats the party contests', Object.keys(errors).length > 0);
  if (save.isError && !isProblem(save.error, 400, 409)) return <ProblemPage error={save.error} />;
  const change = (next: Partial<ContestAnswers>) => {
    setSaved(false);
    setAnswers({ ...answers, ...next });
  };
  const changeRow = (index: number, next: Partial<UncontestedRow>) => change({ uncontested: answers.uncontested.map((row, i) => (i === index ? { ...row, ...next } : row)) });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(contestBody(answers), {
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
          // A nation's problem is about the checkboxes as a whole: the summary links the first.
          found[id.startsWith('contestedNations') ? 'contestedNations' : id] ??= contestMessage(id, issue.message);
        }
        setErrors(Object.keys(found).length > 0 ? found : { party: error.detail });
      },
    });
  };
  const summary = Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }));
  return (
    <>
      <ErrorSummary errors={summary} />
      {saved ? (
        <NotificationBanner id="saved-title" success heading="The settings are saved. Seats needing a selection now follow them." />
      ) : null}
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Which seats the party contests
      </h1>
      <p className="govuk-body">A seat needs a selection when the party contests it, does not hold it (or its MP is retiring) and has no selection yet.</p>
      <form noValidate onSubmit={submit}>
        <TextInput id="party" label="The party" hint="As the Commons Library's results file names it in the First party column, for example Lab" widthClass="govuk-input--width-5" spellCheck={false} value={answers.party} onChange={(party) => change({ party })} error={errors['party']} />
        <Choices
          id="contestedNations"
          legend="Nations the party contests"
          hint="Select all that apply"
          multiple
          small
          choices={NATIONS.map((nation) => ({ value: nation, label: nation }))}
          selected={answers.contestedNations}
          onChange={(nations) => change({ contestedNations: NATIONS.filter((nation) => nations.includes(nation)) })}
          error={errors['contestedNations']}
        />
        <h2 className="govuk-heading-m">Seats the party leaves uncontested</h2>
        <p className="govuk-body">For example, the Speaker&apos;s seat, or a seat under an electoral pact. Each needs a reason, kept with it.</p>
        {answers.uncontested.length === 0 ? <p className="govuk-body">No seat is set aside.</p> : null}
        {answers.uncontested.map((row, index) => (
          <fieldset key={row.key} className="govuk-fieldset app-blackout">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Uncontested seat {index + 1}</legend>
            <TextInput id={`uncontested-${index}-seatId`} label="GSS code" hint="For example, E14001170" widthClass="govuk-input--width-10" spellCheck={false} value={row.seatId} onChange={(seatId) => changeRow(index, { seatId })} error={errors[`uncontested-${index}-seatId`]} />
            <TextInput id={`uncontested-${index}-reason`} label="Reason" value={row.reason} onChange={(reason) => changeRow(index, { reason })} error={errors[`uncontested-${index}-reason`]} />
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              data-module="govuk-button"
              onClick={() => {
                change({ uncontested: answers.uncontested.filter((_, i) => i !== index) });
                focusLater(index > 0 ? `uncontested-${index - 1}-seatId` : 'add-uncontested');
              }}
            >
              Remove uncontested seat {index + 1}
              {row.seatId.trim() ? <span className="govuk-visually-hidden"> ({row.seatId.trim()})</span> : null}
            </button>
          </fieldset>
        ))}
        <div className="govuk-button-group">
          <button
            type="button"
            id="add-uncontested"
            className="govuk-button govuk-button--secondary"
            data-module="govuk-button"
            onClick={() => {
              change(withUncontestedRow(answers));
              focusLater(`uncontested-${answers.uncontested.length}-seatId`);
            }}
          >
            Add an uncontested seat
          </button>
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={save.isPending} aria-disabled={save.isPending}>
          Save settings
        </button>
      </form>
    </>
  );
}

/** The contest settings: the party, the nations it contests, and the seats it leaves uncontested with why. */
export function ContestSettingsPage() {
  const settings = useContestSettings();
  const [changedMeanwhile, setChangedMeanwhile] = useState(false);
  // A fresh form only after a refused save has read the settings again: a save of one's own keeps the form.
  const [generation, setGeneration] = useState(0);
  usePageTitle('Which seats the party contests');
  if (settings.isError) return <ReadFailure error={settings.error} />;
  return (
    <>
      <Link to="/seats" className="govuk-back-link">
        Back to seats
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {changedMeanwhile ? (
            <NotificationBanner id="changed-title" heading={<>The settings changed while you had them open (an import may have set the Speaker&apos;s seat aside), so your changes were not saved.</>}>
              <p className="govuk-body">The page now shows the settings as they are saved. Check them, and make your change again if it is still needed.</p>
            </NotificationBanner>
          ) : null}
          {settings.isPending ? (
            <p className="govuk-body" role="status">
              Loading the settings…
            </p>
          ) : (
            <ContestSettingsForm
              key={generation}
              settings={settings.data}
              onChangedMeanwhile={() => {
                setChangedMeanwhile(true);
                void settings.refetch().then(() => setGeneration((current) => current + 1));
              }}
            />
          )}
        </div>
      </div>
    </>
  );
}
