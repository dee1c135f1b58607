import { Link } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { RETENTION_UNKNOWN, usePrivacyPolicy } from './privacy.ts';

export function StartPage() {
  usePageTitle('Apply to the Diversity Fund');
  const policy = usePrivacyPolicy();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl" tabIndex={-1}>
          Apply to the Diversity Fund
        </h1>
        <p className="govuk-body-l">
          The Diversity Fund helps candidates from groups under-represented in Parliament with the costs of standing for selection.
        </p>
        <p className="govuk-body">
          A share of every pound the party raises is set aside for the fund. The fund's panel considers each application and can pay
          some or all of what you ask for.
        </p>
        <h2 className="govuk-heading-m">Who can apply</h2>
        <p className="govuk-body">You can apply if:</p>
        <ul className="govuk-list govuk-list--bullet">
          <li>you are seeking selection in a constituency whose selection is scheduled and not yet over</li>
          <li>you belong to a group under-represented in Parliament, such as women, disabled people, LGBT+ people, Black, Asian and minority ethnic people, or people from working-class or low-income backgrounds</li>
        </ul>
        <h2 className="govuk-heading-m">What you will be asked</h2>
        <ul className="govuk-list govuk-list--bullet">
          <li>the constituency you are standing in</li>
          <li>which under-represented groups you belong to</li>
          <li>what the support is for, such as childcare, travel or lost earnings</li>
          <li>how much you are asking for</li>
          <li>a short statement about why you are applying</li>
        </ul>
        <p className="govuk-body">It takes about 10 minutes. You can check your answers before you send them.</p>
        <h2 className="govuk-heading-m">How your information is used</h2>
        <p className="govuk-body">
          Which groups you belong to, how you describe yourself and your statement are special category personal data under UK GDPR.
          Only you and the party's finance staff who run the fund can see them. They never appear in the party's other systems, logs or reports about individuals:
          reports show only counts, and any count under 5 is hidden.
        </p>
        <h3 className="govuk-heading-s">How long it is kept</h3>
        <p className="govuk-body" data-testid="retention">
          {policy.data?.summary ?? RETENTION_UNKNOWN}
        </p>
        {policy.data ? <p className="govuk-body">{policy.data.backups}</p> : null}
        <h3 className="govuk-heading-s">A copy, or erasing it sooner</h3>
        <p className="govuk-body">{policy.data?.rights.erasure ?? 'You can have this information erased at any time from your application’s page.'}</p>
        <p className="govuk-body">{policy.data?.rights.copy ?? 'You can download everything we hold about you from your applications page.'}</p>
        <Link to="/fund/apply/seat" role="button" draggable="false" className="govuk-button govuk-button--start" data-module="govuk-button">
          Start now
          <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </Link>
        <p className="govuk-body">
          <Link className="govuk-link" to="/applications">
            See the applications you have already made
          </Link>
        </p>
      </div>
    </div>
  );
}
