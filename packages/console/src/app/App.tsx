import type { UserManager } from 'oidc-client-ts';
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { CallbackPage } from '../auth/CallbackPage.tsx';
import { RequireRole } from '../auth/RequireRole.tsx';
import { Layout } from '../components/layout/Layout.tsx';
import { NotFoundPage } from '../components/problem/ProblemPages.tsx';
import { AmountPage } from '../features/candidate/AmountPage.tsx';
import { ApplicationPage } from '../features/candidate/ApplicationPage.tsx';
import { CheckAnswersPage } from '../features/candidate/CheckAnswersPage.tsx';
import { ConfirmationPage } from '../features/candidate/ConfirmationPage.tsx';
import { GroupsPage } from '../features/candidate/GroupsPage.tsx';
import { MyApplicationsPage } from '../features/candidate/MyApplicationsPage.tsx';
import { PurposePage } from '../features/candidate/PurposePage.tsx';
import { SeatPage } from '../features/candidate/SeatPage.tsx';
import { StartPage } from '../features/candidate/StartPage.tsx';
import { StatementPage } from '../features/candidate/StatementPage.tsx';
import { WithdrawPage } from '../features/candidate/WithdrawPage.tsx';
import { ApiReferencePage } from '../features/api-reference/ApiReferencePage.tsx';
import { AccessibilityPage } from '../features/home/AccessibilityPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';

// HQ staff's seat screens load on first use: candidates, most of the console's users, never fetch them.
const SeatsPage = lazy(async () => ({ default: (await import('../features/seats/SeatsPage.tsx')).SeatsPage }));
const ImportSeatsPage = lazy(async () => ({ default: (await import('../features/seats/ImportSeatsPage.tsx')).ImportSeatsPage }));
const SeatDetailPage = lazy(async () => ({ default: (await import('../features/seats/SeatDetailPage.tsx')).SeatDetailPage }));
const loadingStaffPage = <p className="govuk-body" role="status">Loading…</p>;

const candidate = ['candidate'] as const;
const hqStaff = ['hq-staff'] as const;
const staff = ['hq-staff', 'finance'] as const;
const financeOnly = ['finance'] as const;

// Finance's screens load only when finance opens them: most people signing in never will.
const FundOverviewPage = lazy(() => import('../features/fund/FundOverviewPage.tsx').then((module) => ({ default: module.FundOverviewPage })));
const LevyRatesPage = lazy(() => import('../features/fund/LevyRatesPage.tsx').then((module) => ({ default: module.LevyRatesPage })));
const AddLevyRatePage = lazy(() => import('../features/fund/AddLevyRatePage.tsx').then((module) => ({ default: module.AddLevyRatePage })));
const CheckLevyRatePage = lazy(() => import('../features/fund/CheckLevyRatePage.tsx').then((module) => ({ default: module.CheckLevyRatePage })));
const LevyRateAddedPage = lazy(() => import('../features/fund/LevyRateAddedPage.tsx').then((module) => ({ default: module.LevyRateAddedPage })));
const finance = (page: ReactNode) => (
  <RequireRole roles={financeOnly}>
    <Suspense fallback={<p className="govuk-body" role="status">Loading…</p>}>{page}</Suspense>
  </RequireRole>
);

export function App({ manager }: { manager: UserManager }) {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/auth/callback" element={<CallbackPage manager={manager} />} />
        <Route path="/accessibility" element={<AccessibilityPage />} />
        <Route path="/fund" element={<StartPage />} />
        <Route path="/fund/apply" element={<RequireRole roles={candidate}><StartPage /></RequireRole>} />
        <Route path="/fund/apply/seat" element={<RequireRole roles={candidate}><SeatPage /></RequireRole>} />
        <Route path="/fund/apply/groups" element={<RequireRole roles={candidate}><GroupsPage /></RequireRole>} />
        <Route path="/fund/apply/purpose" element={<RequireRole roles={candidate}><PurposePage /></RequireRole>} />
        <Route path="/fund/apply/amount" element={<RequireRole roles={candidate}><AmountPage /></RequireRole>} />
        <Route path="/fund/apply/statement" element={<RequireRole roles={candidate}><StatementPage /></RequireRole>} />
        <Route path="/fund/apply/check" element={<RequireRole roles={candidate}><CheckAnswersPage /></RequireRole>} />
        <Route path="/fund/apply/confirmation/:applicationId" element={<RequireRole roles={candidate}><ConfirmationPage /></RequireRole>} />
        <Route path="/applications" element={<RequireRole roles={candidate}><MyApplicationsPage /></RequireRole>} />
        <Route path="/applications/:applicationId" element={<RequireRole roles={candidate}><ApplicationPage /></RequireRole>} />
        <Route path="/applications/:applicationId/withdraw" element={<RequireRole roles={candidate}><WithdrawPage /></RequireRole>} />
        <Route path="/fund/overview" element={finance(<FundOverviewPage />)} />
        <Route path="/fund/levy-rates" element={finance(<LevyRatesPage />)} />
        <Route path="/fund/levy-rates/add" element={finance(<AddLevyRatePage />)} />
        <Route path="/fund/levy-rates/check" element={finance(<CheckLevyRatePage />)} />
        <Route path="/fund/levy-rates/added" element={finance(<LevyRateAddedPage />)} />
        <Route path="/api" element={<RequireRole roles={staff}><ApiReferencePage /></RequireRole>} />
        <Route path="/seats" element={<RequireRole roles={hqStaff}><Suspense fallback={loadingStaffPage}><SeatsPage /></Suspense></RequireRole>} />
        <Route path="/seats/import" element={<RequireRole roles={hqStaff}><Suspense fallback={loadingStaffPage}><ImportSeatsPage /></Suspense></RequireRole>} />
        <Route path="/seats/:seatId" element={<RequireRole roles={hqStaff}><Suspense fallback={loadingStaffPage}><SeatDetailPage /></Suspense></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
