import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { pageProblems } from './draft.ts';
import { nextPage, previousPage } from './flow.ts';
import { QuestionPage } from './QuestionPage.tsx';
import { useDraft } from './use-draft.ts';

export function AmountPage() {
  const [draft, update] = useDraft();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const title = 'How much are you asking for?';
  return (
    <QuestionPage
      title={title}
      back={previousPage('amount', params)}
      errors={errors}
      onContinue={() => {
        const problems = pageProblems('amount', draft);
        setErrors(problems);
        if (Object.keys(problems).length === 0) navigate(nextPage('amount', draft, params));
      }}
    >
      <TextInput id="amount" label={title} asHeading prefix="£" inputMode="decimal" widthClass="govuk-input--width-10" hint="In pounds and pence, for example 250.00. The most the fund can grant is £100,000.00." value={draft.amount ?? ''} onChange={(amount) => update({ amount })} error={errors.amount} spellCheck={false} />
    </QuestionPage>
  );
}
