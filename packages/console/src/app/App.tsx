import type { UserManager } from 'oidc-client-ts';
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { CallbackPage } from '../auth/CallbackPage.tsx';
import { RequireRole } from '../auth/RequireRole.tsx';
import type { Role } from '../auth/roles.ts';
import { Layout } from '../components/layout/Layout.tsx';
import { PageLoadBoundary } from '../components/problem/PageLoadBoundary.tsx';
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
import { EraseApplicationPage } from '../features/candidate/EraseApplicationPage.tsx';
import { ApiReferencePage } from '../features/api-reference/ApiReferencePage.tsx';
import { AccessibilityPage } from '../features/home/AccessibilityPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';

// HQ staff's seat screens load on first use: candidates, most of the console's users, never fetch them.
const SeatsPage = lazy(async () => ({ default: (await import('../features/seats/SeatsPage.tsx')).SeatsPage }));
const ImportSeatsPage = lazy(async () => ({ default: (await import('../features/seats/ImportSeatsPage.tsx')).ImportSeatsPage }));
const SeatDetailPage = lazy(async () => ({ default: (await import('../features/seats/SeatDetailPage.tsx')).SeatDetailPage }));
const ContestSettingsPage = lazy(async () => ({ default: (await import('../features/seats/ContestSettingsPage.tsx')).ContestSettingsPage }));
// HQ staff's timetable and selection screens (and Observable Plot, which only the charts need) load on first use.
const TimetablesPage = lazy(async () => ({ default: (await import('../features/timetable/TimetablesPage.tsx')).TimetablesPage }));
const DraftTimetablePage = lazy(async () => ({ default: (await import('../features/timetable/DraftTimetablePage.tsx')).DraftTimetablePage }));
const TimetablePage = lazy(async () => ({ default: (await import('../features/timetable/TimetablePage.tsx')).TimetablePage }));
const PublishTimetablePage = lazy(async () => ({ default: (await import('../features/timetable/PublishTimetablePage.tsx')).PublishTimetablePage }));
const TimetablePublishedPage = lazy(async () => ({ default: (await import('../features/timetable/PublishTimetablePage.tsx')).TimetablePublishedPage }));
const CalendarPage = lazy(async () => ({ default: (await import('../features/calendars/CalendarPage.tsx')).CalendarPage }));
const RevokeLinkPage = lazy(async () => ({ default: (await import('../features/calendars/RevokeLinkPage.tsx')).RevokeLinkPage }));
const RegisterPage = lazy(async () => ({ default: (await import('../features/emeritus-register/RegisterPage.tsx')).RegisterPage }));
const EmeritusSettingsPage = lazy(async () => ({ default: (await import('../features/emeritus-register/EmeritusSettingsPage.tsx')).EmeritusSettingsPage }));
const RecordRetirementPage = lazy(async () => ({ default: (await import('../features/emeritus-register/RecordRetirementPage.tsx')).RecordRetirementPage }));
const CheckRetirementPage = lazy(async () => ({ default: (await import('../features/emeritus-register/CheckRetirementPage.tsx')).CheckRetirementPage }));
const RetirementPage = lazy(async () => ({ default: (await import('../features/emeritus-register/RetirementPage.tsx')).RetirementPage }));
const WithdrawRetirementPage = lazy(async () => ({ default: (await import('../features/emeritus-register/WithdrawRetirementPage.tsx')).WithdrawRetirementPage }));
const CommitteePage = lazy(async () => ({ default: (await import('../features/emeritus-register/CommitteePage.tsx')).CommitteePage }));
const ClauseVCheckPage = lazy(async () => ({ default: (await import('../features/emeritus-register/ClauseVCheckPage.tsx')).ClauseVCheckPage }));
const EmeritusHistoryPage = lazy(async () => ({ default: (await import('../features/emeritus-register/HistoryPage.tsx')).HistoryPage }));
const ConsultationsPage = lazy(async () => ({ default: (await import('../features/emeritus-committee/ConsultationsPage.tsx')).ConsultationsPage }));
const OpenConsultationPage = lazy(async () => ({ default: (await import('../features/emeritus-committee/OpenConsultationPage.tsx')).OpenConsultationPage }));
const CheckConsultationPage = lazy(async () => ({ default: (await import('../features/emeritus-committee/CheckConsultationPage.tsx')).CheckConsultationPage }));
const ConsultationPage = lazy(async () => ({ default: (await import('../features/emeritus-committee/ConsultationPage.tsx')).ConsultationPage }));
const ResponsePage = lazy(async () => ({ default: (await import('../features/emeritus-committee/ResponsePage.tsx')).ResponsePage }));
const CloseConsultationPage = lazy(async () => ({ default: (await import('../features/emeritus-committee/CloseConsultationPage.tsx')).CloseConsultationPage }));
const MeetingsPage = lazy(async () => ({ default: (await import('../features/emeritus-committee/MeetingsPage.tsx')).MeetingsPage }));
const CreateMeetingPage = lazy(async () => ({ default: (await import('../features/emeritus-committee/CreateMeetingPage.tsx')).CreateMeetingPage }));
const MeetingPage = lazy(async () => ({ default: (await import('../features/emeritus-committee/MeetingPage.tsx')).MeetingPage }));
const AddAttendeePage = lazy(async () => ({ default: (await import('../features/emeritus-committee/AddAttendeePage.tsx')).AddAttendeePage }));
const RemoveAttendeePage = lazy(async () => ({ default: (await import('../features/emeritus-committee/RemoveAttendeePage.tsx')).RemoveAttendeePage }));
const SelectionsPage = lazy(async () => ({ default: (await import('../features/selections/SelectionsPage.tsx')).SelectionsPage }));
const SelectionPage = lazy(async () => ({ default: (await import('../features/selections/SelectionPage.tsx')).SelectionPage }));
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
const ApplicationsPage = lazy(() => import('../features/applications/ApplicationsPage.tsx').then((module) => ({ default: module.ApplicationsPage })));
const FinanceApplicationPage = lazy(() => import('../features/applications/FinanceApplicationPage.tsx').then((module) => ({ default: module.FinanceApplicationPage })));
const DecidePage = lazy(() => import('../features/applications/DecidePage.tsx').then((module) => ({ default: module.DecidePage })));
const CheckDecisionPage = lazy(() => import('../features/applications/CheckDecisionPage.tsx').then((module) => ({ default: module.CheckDecisionPage })));
const PayPage = lazy(() => import('../features/applications/PayPage.tsx').then((module) => ({ default: module.PayPage })));
const CancelApprovalPage = lazy(() => import('../features/applications/CancelApprovalPage.tsx').then((module) => ({ default: module.CancelApprovalPage })));
const ErasuresPage = lazy(() => import('../features/erasures/ErasuresPage.tsx').then((module) => ({ default: module.ErasuresPage })));
const EraseOnBehalfPage = lazy(() => import('../features/erasures/EraseOnBehalfPage.tsx').then((module) => ({ default: module.EraseOnBehalfPage })));
const CheckErasurePage = lazy(() => import('../features/erasures/CheckErasurePage.tsx').then((module) => ({ default: module.CheckErasurePage })));
const ErasedPage = lazy(() => import('../features/erasures/ErasedPage.tsx').then((module) => ({ default: module.ErasedPage })));
const DiversityReportPage = lazy(() => import('../features/reports/DiversityReportPage.tsx').then((module) => ({ default: module.DiversityReportPage })));
// Finance's donations and ledger screens, likewise loaded only when opened.
const DonationsPage = lazy(() => import('../features/donations/DonationsPage.tsx').then((module) => ({ default: module.DonationsPage })));
const RecordDonationPage = lazy(() => import('../features/donations/RecordDonationPage.tsx').then((module) => ({ default: module.RecordDonationPage })));
const CheckDonationPage = lazy(() => import('../features/donations/CheckDonationPage.tsx').then((module) => ({ default: module.CheckDonationPage })));
const DonationRecordedPage = lazy(() => import('../features/donations/DonationRecordedPage.tsx').then((module) => ({ default: module.DonationRecordedPage })));
const ImportDonationsPage = lazy(() => import('../features/donations/ImportDonationsPage.tsx').then((module) => ({ default: module.ImportDonationsPage })));
const DonationPage = lazy(() => import('../features/donations/DonationPage.tsx').then((module) => ({ default: module.DonationPage })));
const RefundPage = lazy(() => import('../features/donations/RefundPage.tsx').then((module) => ({ default: module.RefundPage })));
const ConfirmRefundPage = lazy(() => import('../features/donations/ConfirmRefundPage.tsx').then((module) => ({ default: module.ConfirmRefundPage })));
const LedgerPage = lazy(() => import('../features/ledger/LedgerPage.tsx').then((module) => ({ default: module.LedgerPage })));
const DeadLettersPage = lazy(() => import('../features/operations/DeadLettersPage.tsx').then((module) => ({ default: module.DeadLettersPage })));
const DeadLetterPage = lazy(() => import('../features/operations/DeadLetterPage.tsx').then((module) => ({ default: module.DeadLetterPage })));
const ReplayPage = lazy(() => import('../features/operations/ReplayPage.tsx').then((module) => ({ default: module.ReplayPage })));
const ReplayedPage = lazy(() => import('../features/operations/ReplayedPage.tsx').then((module) => ({ default: module.ReplayedPage })));
/** A staff screen for `roles`, its code fetched when first opened; a fetch that fails offers a reload. */
const lazyPageFor = (roles: readonly Role[]) => (page: ReactNode) => (
  <RequireRole roles={roles}>
    <PageLoadBoundary>
      <Suspense fallback={loadingStaffPage}>{page}</Suspense>
    </PageLoadBoundary>
  </RequireRole>
);
const finance = lazyPageFor(financeOnly);
const hq = lazyPageFor(hqStaff);
const anyStaff = lazyPageFor(staff);

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
        <Route path="/applications/:applicationId/erase" element={<RequireRole roles={candidate}><EraseApplicationPage /></RequireRole>} />
        <Route path="/fund/overview" element={finance(<FundOverviewPage />)} />
        <Route path="/fund/levy-rates" element={finance(<LevyRatesPage />)} />
        <Route path="/fund/levy-rates/add" element={finance(<AddLevyRatePage />)} />
        <Route path="/fund/levy-rates/check" element={finance(<CheckLevyRatePage />)} />
        <Route path="/fund/levy-rates/added" element={finance(<LevyRateAddedPage />)} />
        <Route path="/fund/donations" element={finance(<DonationsPage />)} />
        <Route path="/fund/donations/record" element={finance(<RecordDonationPage />)} />
        <Route path="/fund/donations/record/check" element={finance(<CheckDonationPage />)} />
        <Route path="/fund/donations/recorded" element={finance(<DonationRecordedPage />)} />
        <Route path="/fund/donations/import" element={finance(<ImportDonationsPage />)} />
        <Route path="/fund/donation/:donationId" element={finance(<DonationPage />)} />
        <Route path="/fund/donation/:donationId/refund" element={finance(<RefundPage />)} />
        <Route path="/fund/donation/:donationId/refund/confirm" element={finance(<ConfirmRefundPage />)} />
        <Route path="/fund/ledger" element={finance(<LedgerPage />)} />
        <Route path="/fund/applications" element={finance(<ApplicationsPage />)} />
        <Route path="/fund/applications/:applicationId" element={finance(<FinanceApplicationPage />)} />
        <Route path="/fund/applications/:applicationId/decide" element={finance(<DecidePage />)} />
        <Route path="/fund/applications/:applicationId/decide/check" element={finance(<CheckDecisionPage />)} />
        <Route path="/fund/applications/:applicationId/pay" element={finance(<PayPage />)} />
        <Route path="/fund/applications/:applicationId/cancel-approval" element={finance(<CancelApprovalPage />)} />
        <Route path="/fund/applications/:applicationId/erase" element={finance(<EraseOnBehalfPage />)} />
        <Route path="/fund/applications/:applicationId/erase/check" element={finance(<CheckErasurePage />)} />
        <Route path="/fund/applications/:applicationId/erased" element={finance(<ErasedPage />)} />
        <Route path="/fund/erasures" element={finance(<ErasuresPage />)} />
        <Route path="/fund/reports/diversity" element={finance(<DiversityReportPage />)} />
        <Route path="/api" element={<RequireRole roles={staff}><ApiReferencePage /></RequireRole>} />
        <Route path="/operations/dead-letters" element={anyStaff(<DeadLettersPage />)} />
        <Route path="/operations/dead-letters/:service/:queue/replay" element={anyStaff(<ReplayPage />)} />
        <Route path="/operations/dead-letters/:service/:queue/replayed" element={anyStaff(<ReplayedPage />)} />
        <Route path="/operations/dead-letters/:service/:queue/:messageId" element={anyStaff(<DeadLetterPage />)} />
        <Route path="/seats" element={hq(<SeatsPage />)} />
        <Route path="/seats/import" element={hq(<ImportSeatsPage />)} />
        <Route path="/seats/settings" element={hq(<ContestSettingsPage />)} />
        <Route path="/seats/:seatId" element={hq(<SeatDetailPage />)} />
        <Route path="/timetables" element={hq(<TimetablesPage />)} />
        <Route path="/timetables/new" element={hq(<DraftTimetablePage />)} />
        <Route path="/timetables/:timetableId" element={hq(<TimetablePage />)} />
        <Route path="/timetables/:timetableId/publish" element={hq(<PublishTimetablePage />)} />
        <Route path="/timetables/:timetableId/published" element={hq(<TimetablePublishedPage />)} />
        <Route path="/timetables/:timetableId/calendar" element={hq(<CalendarPage />)} />
        <Route path="/timetables/:timetableId/calendar/links/:subscriptionId/revoke" element={hq(<RevokeLinkPage />)} />
        <Route path="/emeritus" element={hq(<RegisterPage />)} />
        <Route path="/emeritus/settings" element={hq(<EmeritusSettingsPage />)} />
        <Route path="/emeritus/retirements/new" element={hq(<RecordRetirementPage />)} />
        <Route path="/emeritus/retirements/new/check" element={hq(<CheckRetirementPage />)} />
        <Route path="/emeritus/retirements/:retirementId" element={hq(<RetirementPage />)} />
        <Route path="/emeritus/retirements/:retirementId/withdraw" element={hq(<WithdrawRetirementPage />)} />
        <Route path="/emeritus/committee" element={hq(<CommitteePage />)} />
        <Route path="/emeritus/clause-v-check" element={hq(<ClauseVCheckPage />)} />
        <Route path="/emeritus/history" element={hq(<EmeritusHistoryPage />)} />
        <Route path="/emeritus/consultations" element={hq(<ConsultationsPage />)} />
        <Route path="/emeritus/consultations/new" element={hq(<OpenConsultationPage />)} />
        <Route path="/emeritus/consultations/new/check" element={hq(<CheckConsultationPage />)} />
        <Route path="/emeritus/consultations/:consultationId" element={hq(<ConsultationPage />)} />
        <Route path="/emeritus/consultations/:consultationId/responses/:mpId" element={hq(<ResponsePage />)} />
        <Route path="/emeritus/consultations/:consultationId/close" element={hq(<CloseConsultationPage />)} />
        <Route path="/emeritus/clause-v/meetings" element={hq(<MeetingsPage />)} />
        <Route path="/emeritus/clause-v/meetings/new" element={hq(<CreateMeetingPage />)} />
        <Route path="/emeritus/clause-v/meetings/:meetingId" element={hq(<MeetingPage />)} />
        <Route path="/emeritus/clause-v/meetings/:meetingId/attendees/new" element={hq(<AddAttendeePage />)} />
        <Route path="/emeritus/clause-v/meetings/:meetingId/attendees/:mpId/remove" element={hq(<RemoveAttendeePage />)} />
        <Route path="/selections" element={hq(<SelectionsPage />)} />
        <Route path="/selections/:selectionId" element={hq(<SelectionPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
