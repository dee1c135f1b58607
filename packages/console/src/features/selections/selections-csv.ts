import type { Selection } from '../timetable/timetable-types.ts';

const PHASE_COLUMNS = ['freeze', 'nominations', 'applications', 'shortlisting', 'hustings-and-ballot', 'result'] as const;
const HEADER = [
  'Selection id',
  'GSS code',
  'Seat',
  'Nation',
  'Region',
  'Status',
  ...PHASE_COLUMNS.flatMap((phase) => [`${phase} starts`, `${phase} ends`]),
  'Why it starts then',
  'Retirement withdrawn after the freeze',
  'Cancelled because',
];

/**
 * One CSV field: a value a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, return first) is
 * prefixed with `'`, and any field with a comma, quote or line break is quoted (RFC 4180).
 */
const field = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * The selections as a CSV file, one row each, with each phase's first and last day, in the order given.
 *
 * @example
 * selectionsCsv(selections); // 'Selection id,GSS code,Seat,…\r\n3e9b…,E14001063,Aldershot,…\r\n'
 */
export const selectionsCsv = (selections: readonly Selection[]): string =>
  [HEADER, ...selections.map((selection) => [
    selection.selectionId,
    selection.seatId,
    selection.seatName,
    selection.nation,
    selection.region,
    selection.status,
    ...PHASE_COLUMNS.flatMap((name) => {
      const phase = selection.phases.find((p) => p.name === name);
      return [phase?.start ?? '', phase?.end ?? ''];
    }),
    selection.reason,
    selection.retirementWithdrawnAfterFreeze ? `withdrawn ${selection.retirementWithdrawnAfterFreeze.withdrawnOn}` : '',
    selection.cancellation?.reason ?? '',
  ])]
    .map((row) => row.map(field).join(','))
    .join('\r\n') + '\r\n';
