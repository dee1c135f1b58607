import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import type { DatePart } from '../../components/fields/date-parts.ts';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { checkMeeting } from './meeting-answers.ts';
import type { MeetingAnswers } from './meeting-answers.ts';
import { useCreateMeeting } from './queries.ts';
import { meetingFieldName, refusalMessages } from './refusal-messages.ts';

const NO_ANSWERS: MeetingAnswers = { title: '', held: { day: '', month: '', year: '' }, place: '', link: '' };

/** Create a Clause V meeting: its title, date, and a place or a link to join it. */
export function CreateMeetingPage() {
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const [answers, setAnswers] = useState<MeetingAnswers>(NO_ANSWERS);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dateParts, setDateParts] = useState<readonly DatePart[]>(['day', 'month', 'year']);
  const title = 'Create a Clause V meeting';
  usePageTitle(title, Object.keys(errors).length > 0);
  if (create.isError && !isProblem(create.error, 400, 409, 422)) return <ProblemPage error={create.error} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkMeeting(answers);
    if (!checked.ok) {
      setErrors(checked.errors);
      setDateParts(checked.dateParts);
      return;
    }
    setErrors({});
    create.mutate(checked.body, {
      onSuccess: (meeting) => navigate(`/emeritus/clause-v/meetings/${meeting.meetingId}?created=true`),
      onError: (error) => {
        if (!isProblem(error)) return;
        // A refusal of the whole body (neither place nor link) is shown at the place.
        const { form, ...refused } = refusalMessages(error.issues, meetingFieldName);
        if (form) refused['place'] ??= form;
        setDateParts(['day', 'month', 'year']);
        setErrors(Object.keys(refused).length > 0 ? refused : { title: error.detail });
      },
    });
  };
  const summary = Object.entries(errors).map(([fieldId, message]) => ({ fieldId: fieldId === 'heldOn' ? `heldOn-${dateParts[0] ?? 'day'}` : fieldId, message }));

  return (
    <>
      <Link to="/emeritus/clause-v/meetings" className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          <form noValidate onSubmit={submit}>
            <TextInput id="title" label="Title" hint="For example, Clause V meeting, spring 2029" value={answers.title} onChange={(value) => setAnswers({ ...answers, title: value })} error={errors['title']} />
            <DateInput id="heldOn" legend="When is it held?" hint="Today or later. For example, 10 3 2029." value={answers.held} onChange={(held) => setAnswers({ ...answers, held })} error={errors['heldOn']} errorParts={dateParts} />
            <TextInput id="place" label="Where is it held? (optional if there is a link)" hint="For example, Labour Central, London" value={answers.place} onChange={(place) => setAnswers({ ...answers, place })} error={errors['place']} />
            <TextInput id="link" label="Link to join online (optional if there is a place)" hint="A web address starting https://" spellCheck={false} value={answers.link} onChange={(link) => setAnswers({ ...answers, link })} error={errors['link']} />
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={create.isPending} aria-disabled={create.isPending}>
              Create meeting
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
