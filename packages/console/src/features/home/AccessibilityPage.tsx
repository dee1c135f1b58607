import { usePageTitle } from '../../components/layout/page-title.ts';

export function AccessibilityPage() {
  usePageTitle('Accessibility statement');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1}>
          Accessibility statement
        </h1>
        <p className="govuk-body">This console is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, with the GOV.UK Design System's patterns.</p>
        <p className="govuk-body">You should be able to use every part of it with a keyboard alone, with a screen reader, at 400% zoom and on a screen 320 pixels wide. Every page is checked automatically with axe-core before each release.</p>
        <p className="govuk-body">If something does not work for you, tell the platform team, saying which page and what you were trying to do.</p>
      </div>
    </div>
  );
}
