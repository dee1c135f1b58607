import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage } from '../../components/problem/ProblemPages.tsx';
import { useAddAttendee } from './queries.ts';
import { meetingFieldName, refusalMessages } from './refusal-messages.ts';

/** A refusal because the MP is retiring: the reason, and the retirement to look at. */
interface Retiring {
  readonly reason: string;
  readonly retirementId: string | undefined;
}

/** Add an attendee to a Clause V meeting; an MP who is standing down is refused, with the reason and their retirement. */
export function AddAttendeePage() {
  const { meetingId = '' } = useParams();
  const navigate = useNavigate();
  const add = useAddAttendee(meetingId);
  const [mpId, setMpId] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [retiring, setRetiring] = useState<Retiring | undefined>();
  const title = 'Add an attendee';
  usePageTitle(title, Object.keys(errors).length > 0);
  if (add.isError && !isProblem(add.error, 400, 409, 422)) return <ProblemPage error={add.error} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (mpId.trim() === '') found['mpId'] = "Enter the MP's id";
    if (name.trim() === '') found['name'] = "Enter the MP's name";
    setErrors(found);
    setRetiring(undefined);
    if (Object.keys(found).length > 0) return;
    add.mutate(
      { mpId: mpId.trim(), name: name.trim() },
      {
        onSuccess: (attendee) => navigate(`/emeritus/clause-v/meetings/${meetingId}?added=${encodeURIComponent(attendee.mpId)}`),
        onError: (error) => {
          if (!isProblem(error)) return;
          const retirementId = typeof error.details['retirementId'] === 'string' ? error.details['retirementId'] : undefined;
          if (error.status === 409 && retirementId) {
            const reason = typeof error.details['reason'] === 'string' ? error.details['reason'] : error.detail;
            setRetiring({ reason, retirementId });
            setErrors({ mpId: `${name.trim()} may not attend: ${reason}` });
            return;
          }
          const refused = refusalMessages(error.issues, meetingFieldName);
          setErrors(Object.keys(refused).length > 0 ? refused : { mpId: error.detail });
        },
      },
    );
  };

  return (
    <>
      <Link to={`/emeritus/clause-v/meetings/${meetingId}`} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }))} title={retiring ? 'This MP may not attend' : undefined} />
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          {retiring?.retirementId ? (
            <div className="govuk-inset-text">
              <p className="govuk-body">The MP is standing down at the next general election, so they have a conflict of interest.</p>
              <p className="govuk-body">
                <Link className="govuk-link" to={`/emeritus/retirements/${retiring.retirementId}`}>
                  See {name.trim()}'s retirement
                </Link>
              </p>
            </div>
          ) : null}
          <form noValidate onSubmit={submit}>
            <TextInput id="mpId" label="MP's id" hint="The id the party's membership system gives the MP, for example mp-4021" widthClass="govuk-input--width-20" spellCheck={false} value={mpId} onChange={setMpId} error={errors['mpId']} />
            <TextInput id="name" label="MP's name" autoComplete="off" value={name} onChange={setName} error={errors['name']} />
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={add.isPending} aria-disabled={add.isPending}>
              Add attendee
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
