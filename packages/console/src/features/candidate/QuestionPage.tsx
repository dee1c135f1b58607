import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';

interface QuestionPageProps {
  readonly title: string;
  readonly back: string;
  readonly errors: Record<string, string>;
  readonly onContinue: () => void;
  readonly children: ReactNode;
  readonly continueLabel?: string;
}

/** One question on a page, as GOV.UK's question pages are: a back link, the error summary, the question, Continue. */
export function QuestionPage({ title, back, errors, onContinue, children, continueLabel = 'Continue' }: QuestionPageProps) {
  const list = Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }));
  usePageTitle(title, list.length > 0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onContinue();
  };
  return (
    <>
      <Link to={back} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={list} />
          <span className="govuk-caption-l">Apply to the Diversity Fund</span>
          <form noValidate onSubmit={submit}>
            {children}
            <button type="submit" className="govuk-button" data-module="govuk-button">
              {continueLabel}
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
