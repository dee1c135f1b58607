import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Textarea } from '../../components/fields/Textarea.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { NotFoundPage, ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { formatInstant } from '../../format/dates.ts';
import { useConsultation, useRecordResponse, useResponse } from './queries.ts';
import type { Consultee, ResponseHistory } from './queries.ts';

const MAX_LENGTH = 2000;

function Versions({ history }: { history: ResponseHistory }) {
  return (
    <>
      <h2 className="govuk-heading-m">Versions</h2>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Every version of the response, oldest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {['Version', 'Recorded by', 'When', 'Response'].map((header) => (
              <th key={header} scope="col" className="govuk-table__header">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {history.versions.map((version) => (
            <tr key={version.version} className="govuk-table__row">
              <td className="govuk-table__cell">{version.version}</td>
              <td className="govuk-table__cell">{version.recordedBy}</td>
              <td className="govuk-table__cell">{formatInstant(version.recordedAt)}</td>
              <td className="govuk-table__cell app-pre-wrap">{version.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function ResponseForm({ consultationId, consultationTitle, consultee, history, open }: { consultationId: string; consultationTitle: string; consultee: Consultee; history: ResponseHistory | null; open: boolean }) {
  const navigate = useNavigate();
  const record = useRecordResponse(consultationId, consultee.mpId);
  const [text, setText] = useState(history?.current.text ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [closedNow, setClosedNow] = useState(!open);
  const heading = history ? `Amend ${consultee.mpName}'s response` : `Record ${consultee.mpName}'s response`;
  usePageTitle(closedNow ? `${consultee.mpName}'s response` : heading, Object.keys(errors).length > 0);
  if (record.isError && !isProblem(record.error, 400, 409, 422)) return <ProblemPage error={record.error} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') return setErrors({ text: "Enter the member's response" });
    if ([...trimmed].length > MAX_LENGTH) return setErrors({ text: `The response must be ${MAX_LENGTH.toLocaleString('en-GB')} characters or fewer` });
    setErrors({});
    record.mutate(trimmed, {
      onSuccess: () => navigate(`/emeritus/consultations/${consultationId}?recorded=${encodeURIComponent(consultee.mpId)}`),
      onError: (error) => {
        if (!isProblem(error)) return;
        if (error.status === 409) {
          // What was typed stays in the box, so it can be copied elsewhere.
          setClosedNow(true);
          return setErrors({ text: 'The consultation has closed, so responses can no longer be recorded or changed' });
        }
        const refused: Record<string, string> = {};
        for (const issue of error.issues) refused['text'] ??= issue.message;
        setErrors(Object.keys(refused).length > 0 ? refused : { text: error.detail });
      },
    });
  };

  return (
    <>
      <ErrorSummary errors={Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }))} />
      <h1 className="govuk-heading-l" tabIndex={-1}>
        <span className="govuk-caption-l">{consultationTitle}</span>
        {closedNow ? `${consultee.mpName}'s response` : heading}
      </h1>
      {closedNow && Object.keys(errors).length === 0 ? <p className="govuk-body">The consultation has closed, so the response can no longer be recorded or changed.</p> : null}
      {!open && !history ? <p className="govuk-body">No response was recorded.</p> : null}
      {open ? (
        <form noValidate onSubmit={submit}>
          <Textarea
            id="text"
            label="The member's response"
            hint="As the member gave it, by letter, email or in a meeting. Each version is kept, with who recorded it and when."
            rows={8}
            maxLength={MAX_LENGTH}
            value={text}
            onChange={setText}
            error={errors['text']}
          />
          {closedNow ? null : (
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={record.isPending} aria-disabled={record.isPending}>
              {history ? 'Save the amended response' : 'Record response'}
            </button>
          )}
        </form>
      ) : null}
    </>
  );
}

/** Record or amend a consultee's response on their behalf, with every version recorded so far. */
export function ResponsePage() {
  const { consultationId = '', mpId = '' } = useParams();
  const consultation = useConsultation(consultationId);
  const response = useResponse(consultationId, mpId);
  if (consultation.isError) return <ReadFailure error={consultation.error} />;
  if (response.isError) return <ReadFailure error={response.error} />;
  if (consultation.isPending || response.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading the response…
      </p>
    );
  }
  const consultee = consultation.data.consultees.find((candidate) => candidate.mpId === mpId);
  if (!consultee) return <NotFoundPage />;
  return (
    <>
      <Link to={`/emeritus/consultations/${consultationId}`} className="govuk-back-link">
        Back to the consultation
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ResponseForm consultationId={consultationId} consultationTitle={consultation.data.title} consultee={consultee} history={response.data} open={consultation.data.status === 'open'} />
        </div>
      </div>
      {response.data ? <Versions history={response.data} /> : null}
    </>
  );
}
