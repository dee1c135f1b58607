import type { RouteContract } from '@platform/kit/contract';
import { getDeadLetter, listDeadLetters, redriveDeadLetters } from './dead-letter-routes.ts';
import {
  cancelApproval,
  countApplications,
  decideApplication,
  disburseGrant,
  getApplication,
  listApplications,
  listMyApplications,
  submitApplication,
  withdrawApplication,
} from './application-routes.ts';
import { getDonation, importDonations, listDonations, recordDonation, refundDonation } from './donation-routes.ts';
import { getBalance, getLedger, getReconciliation, getStatement } from './ledger-routes.ts';
import { listLevyRates, setLevyRate } from './levy-rate-routes.ts';
import { listOpenSelections } from './open-selection-routes.ts';
import { getDiversityReport, getMonthlyReport } from './report-routes.ts';
import { eraseApplication, exportMyData, getPrivacyPolicy, listErasures } from './privacy-routes.ts';

export {
  cancelApproval,
  countApplications,
  decideApplication,
  disburseGrant,
  getApplication,
  listApplications,
  listMyApplications,
  submitApplication,
  withdrawApplication,
} from './application-routes.ts';
export { getDonation, importDonations, listDonations, recordDonation, refundDonation } from './donation-routes.ts';
export { getBalance, getLedger, getReconciliation, getStatement } from './ledger-routes.ts';
export { listLevyRates, setLevyRate } from './levy-rate-routes.ts';
export { listOpenSelections } from './open-selection-routes.ts';
export { getDiversityReport, getMonthlyReport } from './report-routes.ts';
export { eraseApplication, exportMyData, getPrivacyPolicy, listErasures } from './privacy-routes.ts';

export { getDeadLetter, listDeadLetters, redriveDeadLetters } from './dead-letter-routes.ts';

/** Every route of the fund service: finance's, and the candidates' applications. */
export const routes: readonly RouteContract[] = [
  recordDonation,
  importDonations,
  listDonations,
  getDonation,
  refundDonation,
  setLevyRate,
  listLevyRates,
  getBalance,
  getLedger,
  getStatement,
  getReconciliation,
  listOpenSelections,
  submitApplication,
  listMyApplications,
  listApplications,
  countApplications,
  getApplication,
  withdrawApplication,
  decideApplication,
  disburseGrant,
  cancelApproval,
  getDiversityReport,
  getMonthlyReport,
  getPrivacyPolicy,
  eraseApplication,
  exportMyData,
  listErasures,
  listDeadLetters,
  getDeadLetter,
  redriveDeadLetters,
];
