import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { useLocation } from 'react-router';
import { usePageTitle } from '../layout/page-title.ts';
import { isMissingPageCode } from './missing-page-code.ts';
import { ProblemPage } from './ProblemPages.tsx';

function PageCodeMissingPage() {
  usePageTitle('This page could not be loaded');
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        This page could not be loaded
      </h1>
      <p className="govuk-body">The console may have been updated since you opened it. Reload the page to get the latest version.</p>
      <button type="button" className="govuk-button" data-module="govuk-button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </>
  );
}

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // The browser's console is where a developer looks; nothing is sent anywhere.
    console.error('a page failed to render', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    return isMissingPageCode(error) ? <PageCodeMissingPage /> : <ProblemPage error={error} />;
  }
}

/**
 * Catches a page that fails to load or render, so the person sees what to do instead of a blank screen:
 * reload for code missing after a deploy, else the service's problem page. Keyed by the path, so leaving
 * the page clears it.
 *
 * @example
 * <PageLoadBoundary><Suspense fallback={loading}><SeatsPage /></Suspense></PageLoadBoundary>
 */
export function PageLoadBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary key={pathname}>{children}</Boundary>;
}
