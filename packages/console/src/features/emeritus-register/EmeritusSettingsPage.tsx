import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import { datePartsOf, parseDateParts } from '../../components/fields/date-parts.ts';
import type { DateParts, DatePart } from '../../components/fields/date-parts.ts';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { formatInstant } from '../../format/dates.ts';
import { useEmeritusSettings, useSaveSettings } from './queries.ts';
import type { EmeritusSettings } from './queries.ts';
import { NotificationBanner } from '../../components/notification-banner/NotificationBanner.tsx';

function SettingsForm({ settings }: { settings: EmeritusSettings }) {
  const save = useSaveSettings();
  const [election, setElection] = useState<DateParts>(() => (settings.expectedElectionOn ? datePartsOf(settings.expectedElectionOn) : { day: '', month: '', year: '' }));
  const [months, setMonths] = useState(String(settings.earlyAnnouncementMonths));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dateParts, setDateParts] = useState<readonly DatePart[]>(['day', 'month', 'year']);
  const [saved, setSaved] = useState(false);
  usePageTitle('Emeritus register settings', Object.keys(errors).length > 0);
  if (save.isError && !isProblem(save.error, 400, 409)) return <ProblemPage error={save.error} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const date = parseDateParts(election, 'the expected election date');
    const found: Record<string, string> = {};
    if (!date.ok) {
      found['expectedElectionOn'] = date.message;
      setDateParts(date.parts);
    }
    // Whole months only: the API judges the range.
    if (!/^\d{1,3}$/.test(months.trim())) found['earlyAnnouncementMonths'] = 'Enter the number of months as a whole number, like 18';
    setErrors(found);
    if (!date.ok || Object.keys(found).length > 0) return;
    save.mutate(
      { expectedElectionOn: date.date, earlyAnnouncementMonths: Number(months.trim()) },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          if (!isProblem(error)) return;
          const refused: Record<string, string> = {};
          for (const issue of error.issues) refused[fieldIdOf(issue.path)] ??= issue.message;
          setErrors(Object.keys(refused).length > 0 ? refused : { expectedElectionOn: error.detail });
        },
      },
    );
  };
  const summary = Object.entries(errors).map(([fieldId, message]) => ({ fieldId: fieldId === 'expectedElectionOn' ? `expectedElectionOn-${dateParts[0] ?? 'day'}` : fieldId, message }));
  return (
    <>
      <ErrorSummary errors={summary} />
      {saved ? (
        <NotificationBanner id="saved-title" success heading="The settings are saved. Retirements recorded from now on are judged by them." />
      ) : null}
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Emeritus register settings
      </h1>
      <p className="govuk-body">
        An MP who announces their retirement at least this many months before the expected election joins the emeritus committee. Retirements already recorded are not judged again.
        {settings.updatedAt ? ` Last changed by ${settings.updatedBy ?? 'someone'} on ${formatInstant(settings.updatedAt)}.` : ' They have never been saved.'}
      </p>
      <form noValidate onSubmit={submit}>
        <DateInput id="expectedElectionOn" legend="Expected date of the next general election" hint="Today or later. For example, 3 5 2029." value={election} onChange={setElection} error={errors['expectedElectionOn']} errorParts={dateParts} />
        <TextInput id="earlyAnnouncementMonths" label="How many months before the election counts as early?" hint="For example, 18" inputMode="numeric" widthClass="govuk-input--width-3" spellCheck={false} value={months} onChange={setMonths} error={errors['earlyAnnouncementMonths']} />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={save.isPending} aria-disabled={save.isPending}>
          Save settings
        </button>
      </form>
    </>
  );
}

/** The register's settings: the expected election date, and how early an announcement must be. */
export function EmeritusSettingsPage() {
  const settings = useEmeritusSettings();
  usePageTitle('Emeritus register settings');
  if (settings.isError) return <ReadFailure error={settings.error} />;
  return (
    <>
      <Link to="/emeritus" className="govuk-back-link">
        Back to the register
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {settings.isPending ? (
            <p className="govuk-body" role="status">
              Loading the settings…
            </p>
          ) : (
            <SettingsForm settings={settings.data} />
          )}
        </div>
      </div>
    </>
  );
}
