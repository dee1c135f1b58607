import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Choices } from '../../components/fields/Choices.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { MAX_DESCRIBED_AS, pageProblems } from './draft.ts';
import { nextPage, previousPage } from './flow.ts';
import { groupLabels } from './labels.ts';
import { QuestionPage } from './QuestionPage.tsx';
import { useDraft } from './use-draft.ts';

export function GroupsPage() {
  const [draft, update] = useDraft();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const title = 'Which under-represented groups do you belong to?';
  const describe = (
    <TextInput id="describedAs" label="Describe it in your own words" hint={`Up to ${MAX_DESCRIBED_AS} characters`} value={draft.describedAs ?? ''} onChange={(describedAs) => update({ describedAs })} error={errors.describedAs} />
  );
  return (
    <QuestionPage
      title={title}
      back={previousPage('groups', params)}
      errors={errors}
      onContinue={() => {
        const problems = pageProblems('groups', draft);
        setErrors(problems);
        if (Object.keys(problems).length === 0) navigate(nextPage('groups', draft, params));
      }}
    >
      <Choices
        id="groups"
        legend={title}
        asHeading
        multiple
        hint="Select all that apply. Only you and the fund's finance staff will see your answer."
        error={errors.groups}
        choices={Object.entries(groupLabels).map(([value, label]) => ({ value, label, ...(value === 'prefer-to-describe' ? { conditional: describe } : {}) }))}
        selected={draft.groups ?? []}
        onChange={(groups) => update({ groups })}
      />
    </QuestionPage>
  );
}
