import type { components } from '../../api/schema.ts';
import type { CsvColumn } from '../../export/csv-file.ts';
import { groupLabels, purposeLabels, stageOf, stageTag } from './labels.ts';

export type ApplicationSummary = components['schemas']['ApplicationSummary'];

/**
 * Integer pence as a CSV's pounds, exactly, without a symbol or separators, so a spreadsheet reads a number:
 * `123456` → "1234.56".
 *
 * @example
 * poundsForCsv(5); // "0.05"
 */
export const poundsForCsv = (pence: number): string => `${pence < 0 ? '-' : ''}${Math.trunc(Math.abs(pence) / 100)}.${String(Math.abs(pence) % 100).padStart(2, '0')}`;

/**
 * The columns of finance's applications export: amounts in exact pounds, groups and purposes in plain words,
 * instants as the API gives them (ISO, UTC). No statement: the list has none.
 *
 * @example
 * csvText(APPLICATION_CSV_COLUMNS, applications);
 */
export const APPLICATION_CSV_COLUMNS: readonly CsvColumn<ApplicationSummary>[] = [
  { header: 'Reference', value: (application) => application.applicationId },
  { header: 'Candidate', value: (application) => application.candidateId },
  { header: 'Constituency', value: (application) => application.seatName },
  { header: 'GSS code', value: (application) => application.seatId },
  { header: 'Region', value: (application) => application.region },
  { header: 'Groups', value: (application) => application.groups.map((group) => groupLabels[group] ?? group).join('; ') },
  { header: 'Purpose', value: (application) => purposeLabels[application.purpose] ?? application.purpose },
  { header: 'Requested (£)', value: (application) => poundsForCsv(application.amountRequestedPence) },
  { header: 'Status', value: (application) => stageTag(stageOf(application)).label },
  { header: 'Submitted', value: (application) => application.submittedAt },
  { header: 'Decided', value: (application) => application.decidedAt },
  { header: 'Decided by', value: (application) => application.decidedBy },
  { header: 'Approved (£)', value: (application) => poundsForCsv(application.approvedPence) },
  { header: 'Paid (£)', value: (application) => poundsForCsv(application.disbursedPence) },
  { header: 'Returned to the fund (£)', value: (application) => poundsForCsv(application.releasedPence) },
  { header: 'Left to pay (£)', value: (application) => poundsForCsv(application.remainingPence) },
];
