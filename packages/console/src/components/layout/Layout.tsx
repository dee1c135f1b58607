import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { roleNames } from '../../auth/roles.ts';
import type { Role } from '../../auth/roles.ts';
import { useSession } from '../../auth/session.tsx';
import { SERVICE_NAME } from './page-title.ts';

interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly roles: readonly Role[];
  /** Other sections the item stands for, so it shows as current there too without an item of their own. */
  readonly also?: readonly string[];
}

// What the navigation offers follows the roles in the token; the API refuses anything else regardless.
const NAVIGATION: readonly NavItem[] = [
  { to: '/fund/apply', label: 'Apply for support', roles: ['candidate'] },
  { to: '/applications', label: 'Your applications', roles: ['candidate'] },
  { to: '/seats', label: 'Seats', roles: ['hq-staff'] },
  { to: '/timetables', label: 'Timetable', roles: ['hq-staff'] },
  { to: '/selections', label: 'Selections', roles: ['hq-staff'] },
  { to: '/emeritus', label: 'Emeritus register', roles: ['hq-staff'] },
  { to: '/fund/overview', label: 'Fund', roles: ['finance'] },
  { to: '/fund/levy-rates', label: 'Levy rates', roles: ['finance'] },
  { to: '/fund/donations', label: 'Donations', roles: ['finance'] },
  { to: '/fund/ledger', label: 'Ledger', roles: ['finance'] },
  // The erasures of candidates' information are reached from the applications, and belong with them.
  { to: '/fund/applications', label: 'Applications', roles: ['finance'], also: ['/fund/erasures'] },
  { to: '/fund/reports/diversity', label: 'Diversity report', roles: ['finance'] },
  { to: '/operations/dead-letters', label: 'Dead letters', roles: ['hq-staff', 'finance'] },
  { to: '/api', label: 'API reference', roles: ['hq-staff', 'finance'] },
];

/** Moves focus to the page's heading (or its error summary) after each route change. */
const useFocusOnNavigate = (main: React.RefObject<HTMLElement | null>) => {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // After the new page has rendered: its heading, or the error summary it opened with.
    const frame = requestAnimationFrame(() => {
      const target = main.current?.querySelector<HTMLElement>('.govuk-error-summary') ?? main.current?.querySelector<HTMLElement>('h1');
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [location.pathname, location.search, main]);
};

export function Layout({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigate(main);
  const items = NAVIGATION.filter((item) => item.roles.some((role) => session.roles.includes(role)));

  return (
    <>
      <a href="#main-content" className="govuk-skip-link" data-module="govuk-skip-link">
        Skip to main content
      </a>
      <header className="govuk-generic-header" role="banner">
        <div className="govuk-generic-header__container govuk-width-container app-header__container">
          <div className="govuk-generic-header__logo">
            <Link to="/" className="govuk-generic-header__homepage-link app-header__name">
              {SERVICE_NAME}
            </Link>
          </div>
          {session.user ? (
            <div className="app-header__account">
              <span>
                Signed in as {session.name}
                {session.roles.length > 0 ? ` (${session.roles.map((role) => roleNames[role]).join(', ')})` : ''}
              </span>
              <button type="button" className="app-link-button" onClick={() => void session.signOut()}>
                Sign out
              </button>
            </div>
          ) : null}
        </div>
      </header>
      {items.length > 0 ? (
        <section aria-label="Service information" className="govuk-service-navigation">
          <div className="govuk-width-container">
            <div className="govuk-service-navigation__container">
              <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list" id="navigation">
                  {items.map((item) => {
                    const active = [item.to, ...(item.also ?? [])].some((to) => location.pathname === to || location.pathname.startsWith(`${to}/`));
                    return (
                      <li key={item.to} className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}>
                        <Link className="govuk-service-navigation__link" to={item.to} {...(active ? { 'aria-current': 'page' } : {})}>
                          {active ? <strong className="govuk-service-navigation__active-fallback">{item.label}</strong> : item.label}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </nav>
            </div>
          </div>
        </section>
      ) : null}
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" ref={main}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <h2 className="govuk-visually-hidden">Support links</h2>
              <ul className="govuk-footer__inline-list">
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to="/fund">
                    About the Diversity Fund
                  </Link>
                </li>
                <li className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to="/accessibility">
                    Accessibility
                  </Link>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
