import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Textarea } from '../../components/fields/Textarea.tsx';
import { MAX_STATEMENT, pageProblems } from './draft.ts';
import { nextPage, previousPage } from './flow.ts';
import { QuestionPage } from './QuestionPage.tsx';
import { useDraft } from './use-draft.ts';

export function StatementPage() {
  const [draft, update] = useDraft();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const title = 'Why are you applying?';
  return (
    <QuestionPage
      title={title}
      back={previousPage('statement', params)}
      errors={errors}
      onContinue={() => {
        const problems = pageProblems('statement', draft);
        setErrors(problems);
        if (Object.keys(problems).length === 0) navigate(nextPage('statement', draft, params));
      }}
    >
      <Textarea id="statement" label={title} asHeading maxLength={MAX_STATEMENT} hint="Tell the panel what standing for selection involves for you and how the support would help. Only you and the fund's finance staff will see it." value={draft.statement ?? ''} onChange={(statement) => update({ statement })} error={errors.statement} />
    </QuestionPage>
  );
}
