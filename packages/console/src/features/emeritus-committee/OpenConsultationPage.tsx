import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary/ErrorSummary.tsx';
import { DateInput } from '../../components/fields/DateInput.tsx';
import type { DatePart } from '../../components/fields/date-parts.ts';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { Textarea } from '../../components/fields/Textarea.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { checkConsultation, consultationAnswersOf, consultationFieldLink, consultationSearchOf, tidyConsultation } from './consultation-answers.ts';
import type { ConsultationAnswers } from './consultation-answers.ts';
import { focusLater } from '../../components/fields/focus-later.ts';

/** What the check page hands back when the API refused the consultation: the messages by field id. */
export interface ConsultationRefusal {
  readonly errors: Record<string, string>;
}

const MAX_ROWS = 20;

/** Open a consultation, step one of two: its title, what it concerns, its questions and papers, and when it closes. */
export function OpenConsultationPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const refusal = (location.state as { refusal?: ConsultationRefusal } | null)?.refusal;
  const [answers, setAnswers] = useState<ConsultationAnswers>(() => consultationAnswersOf(params));
  const [errors, setErrors] = useState<Record<string, string>>(refusal?.errors ?? {});
  const [dateParts, setDateParts] = useState<readonly DatePart[]>(['day', 'month', 'year']);
  const title = 'Open a consultation';
  usePageTitle(title, Object.keys(errors).length > 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkConsultation(answers);
    if (checked.ok) {
      navigate(`/emeritus/consultations/new/check?${consultationSearchOf(tidyConsultation(answers))}`);
      return;
    }
    setErrors(checked.errors);
    setDateParts(checked.dateParts);
  };
  const setQuestion = (index: number, text: string) => setAnswers({ ...answers, questions: answers.questions.map((question, at) => (at === index ? text : question)) });
  const setLink = (index: number, change: Partial<{ title: string; url: string }>) => setAnswers({ ...answers, links: answers.links.map((link, at) => (at === index ? { ...link, ...change } : link)) });
  // A removed row takes its messages with it; the rows after it move up, so their messages are dropped until the next Continue.
  const dropRowErrors = (prefix: string) => setErrors(Object.fromEntries(Object.entries(errors).filter(([fieldId]) => !fieldId.startsWith(prefix))));
  const summary = Object.entries(errors).map(([fieldId, message]) => ({ fieldId: consultationFieldLink(fieldId, dateParts), message }));

  return (
    <>
      <Link to="/emeritus/consultations" className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {title}
          </h1>
          <p className="govuk-body">Every MP on the emeritus committee when it opens is consulted, and so is any MP who joins the committee while it is open.</p>
          <form noValidate onSubmit={submit}>
            <TextInput id="title" label="Title" value={answers.title} onChange={(value) => setAnswers({ ...answers, title: value })} error={errors['title']} />
            <TextInput id="concerns" label="What does it concern?" hint="The manifesto section or the process, for example Manifesto section 3: housing" value={answers.concerns} onChange={(concerns) => setAnswers({ ...answers, concerns })} error={errors['concerns']} />
            <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                <h2 className="govuk-fieldset__heading">Questions</h2>
              </legend>
              <p className="govuk-hint">At least 1, at most {MAX_ROWS}.</p>
              {answers.questions.map((question, index) => (
                <div key={index} className="app-row">
                  <Textarea id={`questions-${index}`} label={`Question ${index + 1}`} rows={2} value={question} onChange={(text) => setQuestion(index, text)} error={errors[`questions-${index}`]} />
                  {answers.questions.length > 1 ? (
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4"
                      data-module="govuk-button"
                      onClick={() => {
                        setAnswers({ ...answers, questions: answers.questions.filter((_, at) => at !== index) });
                        dropRowErrors('questions-');
                        focusLater(`questions-${Math.max(0, index - 1)}`);
                      }}
                    >
                      Remove<span className="govuk-visually-hidden"> question {index + 1}</span>
                    </button>
                  ) : null}
                </div>
              ))}
              {answers.questions.length < MAX_ROWS ? (
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  data-module="govuk-button"
                  onClick={() => {
                    setAnswers({ ...answers, questions: [...answers.questions, ''] });
                    focusLater(`questions-${answers.questions.length}`);
                  }}
                >
                  Add another question
                </button>
              ) : null}
            </fieldset>
            <fieldset className="govuk-fieldset govuk-!-margin-bottom-6">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                <h2 className="govuk-fieldset__heading">Papers (optional)</h2>
              </legend>
              <p className="govuk-hint">Links to the papers the members should read, each a web address starting https://</p>
              {answers.links.map((link, index) => (
                <div key={index} className="app-row">
                  <h3 className="govuk-heading-s">Paper {index + 1}</h3>
                  <TextInput id={`links-${index}-title`} label={`Title of paper ${index + 1}`} value={link.title} onChange={(value) => setLink(index, { title: value })} error={errors[`links-${index}-title`]} />
                  <TextInput id={`links-${index}-url`} label={`Web address of paper ${index + 1}`} spellCheck={false} value={link.url} onChange={(url) => setLink(index, { url })} error={errors[`links-${index}-url`]} />
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4"
                    data-module="govuk-button"
                    onClick={() => {
                      setAnswers({ ...answers, links: answers.links.filter((_, at) => at !== index) });
                      dropRowErrors('links-');
                      focusLater(index > 0 ? `links-${index - 1}-title` : 'add-paper');
                    }}
                  >
                    Remove<span className="govuk-visually-hidden"> paper {index + 1}</span>
                  </button>
                </div>
              ))}
              {answers.links.length < MAX_ROWS ? (
                <button
                  type="button"
                  id="add-paper"
                  className="govuk-button govuk-button--secondary"
                  data-module="govuk-button"
                  onClick={() => {
                    setAnswers({ ...answers, links: [...answers.links, { title: '', url: '' }] });
                    focusLater(`links-${answers.links.length}-title`);
                  }}
                >
                  {answers.links.length === 0 ? 'Add a paper' : 'Add another paper'}
                </button>
              ) : null}
            </fieldset>
            <DateInput
              id="closesOn"
              legend="When does it close?"
              hint="After today. Responses can be recorded until the end of this day. For example, 1 5 2027."
              value={answers.closes}
              onChange={(closes) => setAnswers({ ...answers, closes })}
              error={errors['closesOn']}
              errorParts={dateParts}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Continue
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
