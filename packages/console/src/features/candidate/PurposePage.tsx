import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Choices } from '../../components/fields/Choices.tsx';
import { pageProblems } from './draft.ts';
import { nextPage, previousPage } from './flow.ts';
import { purposeLabels } from './labels.ts';
import { QuestionPage } from './QuestionPage.tsx';
import { useDraft } from './use-draft.ts';

export function PurposePage() {
  const [draft, update] = useDraft();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const title = 'What is the support for?';
  return (
    <QuestionPage
      title={title}
      back={previousPage('purpose', params)}
      errors={errors}
      onContinue={() => {
        const problems = pageProblems('purpose', draft);
        setErrors(problems);
        if (Object.keys(problems).length === 0) navigate(nextPage('purpose', draft, params));
      }}
    >
      <Choices
        id="purpose"
        legend={title}
        asHeading
        hint="Choose the main purpose. If you need support for more than one, make a separate application for each."
        error={errors.purpose}
        choices={Object.entries(purposeLabels).map(([value, label]) => ({ value, label }))}
        selected={draft.purpose ? [draft.purpose] : []}
        onChange={([purpose]) => update({ purpose })}
      />
    </QuestionPage>
  );
}
