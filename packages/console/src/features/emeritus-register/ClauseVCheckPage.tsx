import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldIdOf, isProblem } from '../../api/problem.ts';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { Choices } from '../../components/fields/Choices.tsx';
import { Textarea } from '../../components/fields/Textarea.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ProblemPage, ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { pastedIds } from './attendee-ids.ts';
import { useClauseVCheck, useRegister } from './queries.ts';

/** Checks a Clause V meeting's attendance list against the register: each retiring MP is a conflict, with why. */
export function ClauseVCheckPage() {
  const register = useRegister({ status: 'active' });
  const check = useClauseVCheck();
  const [chosen, setChosen] = useState<string[]>([]);
  const [pasted, setPasted] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState<string[]>([]);
  usePageTitle('Check a Clause V attendance list', Object.keys(errors).length > 0);
  if (register.isError) return <ReadFailure error={register.error} />;
  if (check.isError && !isProblem(check.error, 400)) return <ProblemPage error={check.error} />;
  const names = new Map((register.data?.retirements ?? []).map((retirement) => [retirement.mpId, retirement.mpName]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const attendees = [...new Set([...chosen, ...pastedIds(pasted)])];
    if (attendees.length === 0) {
      setErrors({ attendees: 'Choose at least one attendee from the register or paste their MP ids' });
      return;
    }
    setErrors({});
    check.mutate(attendees, {
      onSuccess: () => setChecked(attendees),
      onError: (error) => {
        if (!isProblem(error)) return;
        // The API names the attendee at fault by its place in the list: say which id that was.
        const refused: Record<string, string> = {};
        for (const issue of error.issues) {
          const place = issue.path[2];
          refused['pasted'] ??= typeof place === 'number' ? `${attendees[place] ?? 'An id'}: ${issue.message}` : `${fieldIdOf(issue.path)}: ${issue.message}`;
        }
        setErrors(Object.keys(refused).length > 0 ? refused : { pasted: error.detail });
      },
    });
  };
  const summary = Object.entries(errors).map(([fieldId, message]) => ({ fieldId: fieldId === 'attendees' ? (names.size > 0 ? 'register' : 'pasted') : fieldId, message }));
  const conflicts = check.isSuccess ? check.data.conflicts : undefined;

  return (
    <>
      <Link to="/emeritus" className="govuk-back-link app-no-print">
        Back to the register
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l" tabIndex={-1}>
            Check a Clause V attendance list
          </h1>
          <p className="govuk-body">An MP who is standing down has a conflict of interest and may not attend the Clause V meeting that finalises the manifesto. Choose the attendees, or paste their ids, to see any who are.</p>
          {conflicts ? (
            <div aria-live="polite">
              <h2 className="govuk-heading-m">Result</h2>
              {conflicts.length === 0 ? (
                <div className="govuk-inset-text">No conflict: none of the {checked.length} attendees is standing down.</div>
              ) : (
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-table__caption--s">
                    {conflicts.length} of the {checked.length} attendees may not attend
                  </caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">
                        Attendee
                      </th>
                      <th scope="col" className="govuk-table__header">
                        Why they may not attend
                      </th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {conflicts.map((conflict) => (
                      <tr key={conflict.mpId} className="govuk-table__row">
                        <td className="govuk-table__cell">
                          <Link className="govuk-link" to={`/emeritus/retirements/${conflict.retirementId}`}>
                            {names.get(conflict.mpId) ?? conflict.mpId}
                          </Link>{' '}
                          ({conflict.mpId})
                        </td>
                        <td className="govuk-table__cell">{conflict.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          ) : null}
          <form noValidate onSubmit={submit}>
            {names.size > 0 ? (
              <Choices
                id="register"
                legend="Attendees on the register"
                hint="MPs standing down, from the register. Select all that apply."
                multiple
                small
                choices={[...names].map(([mpId, mpName]) => ({ value: mpId, label: `${mpName} (${mpId})` }))}
                selected={chosen}
                onChange={setChosen}
                error={errors['attendees']}
              />
            ) : null}
            <Textarea id="pasted" label="Other attendees' MP ids" hint="One per line, or separated by commas. For example, mp-4021" rows={6} value={pasted} onChange={setPasted} error={errors['pasted'] ?? (names.size === 0 ? errors['attendees'] : undefined)} />
            <button type="submit" className="govuk-button" data-module="govuk-button" disabled={check.isPending} aria-disabled={check.isPending}>
              Check the list
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
