/**
 * Moves focus to the element with `id` once React has drawn it: for the add-another pattern, where a row
 * added takes focus at its first box and a row removed hands focus to the row before it (or the add button).
 *
 * @example
 * setAnswers(withBlackout(answers)); focusLater(`blackouts-${answers.blackouts.length}-reason`);
 */
export const focusLater = (id: string): void => {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
};
