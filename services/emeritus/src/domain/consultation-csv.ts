import type { Consultee, ResponseVersion } from './consultation.ts';
import { csvDocument } from './csv.ts';

const HEADER = [
  'MP id',
  'Name',
  'Seat',
  'Consulted because',
  'Added at',
  'Withdrawn on',
  'Responded',
  'Version',
  'Recorded by',
  'Recorded at',
  'Response',
];

/**
 * A consultation's consultees as a spreadsheet, one row each in the order they were added: whether and what
 * they answered (the latest version), and whether they withdrew while it was open.
 */
export const consultationCsv = (consultees: readonly Consultee[], responses: ReadonlyMap<string, ResponseVersion>): string =>
  csvDocument(
    HEADER,
    consultees.map((consultee) => {
      const response = responses.get(consultee.mpId);
      return [
        consultee.mpId,
        consultee.mpName,
        consultee.seatId,
        consultee.addedBecause === 'on-the-committee-at-opening' ? 'on the committee at opening' : 'joined while open',
        consultee.addedAt,
        consultee.withdrawal?.withdrawnOn ?? null,
        response === undefined ? 'no' : 'yes',
        response?.version ?? null,
        response?.recordedBy ?? null,
        response?.recordedAt ?? null,
        response?.text ?? null,
      ];
    }),
  );
