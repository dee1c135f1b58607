import { describe, expect, it } from '@jest/globals';
import { csvText } from '../../export/csv-file.ts';
import type { ApplicationSummary } from './applications-csv.ts';
import { APPLICATION_CSV_COLUMNS, poundsForCsv } from './applications-csv.ts';

const APPLICATION: ApplicationSummary = {
  applicationId: '01936f7e-8a2b-7c3d-9e4f-5a6b7c8d9e0f',
  candidateId: 'cand-1',
  seatId: 'W07000041',
  seatName: 'Ynys Môn',
  region: 'Wales',
  groups: ['women', 'prefer-to-describe'],
  purpose: 'childcare',
  amountRequestedPence: 125_050,
  status: 'approved',
  submittedAt: '2027-02-03T12:00:00.000Z',
  decidedAt: '2027-02-04T09:30:00.000Z',
  decidedBy: 'fin-1',
  approvedPence: 100_000,
  disbursedPence: 25_000,
  releasedPence: 0,
  remainingPence: 75_000,
};

describe('APPLICATION_CSV_COLUMNS', () => {
  it('writes one row per application, amounts in exact pounds, codes and stages in plain words', () => {
    // Prepare
    const { decidedAt: _at, decidedBy: _by, ...undecided } = APPLICATION;
    const waiting: ApplicationSummary = { ...undecided, applicationId: '01936f7e-0000-7000-8000-000000000000', status: 'submitted', approvedPence: 0, disbursedPence: 0, remainingPence: 0 };
    // Act
    const csv = csvText(APPLICATION_CSV_COLUMNS, [APPLICATION, waiting]);
    // Assess
    expect(csv.split('\r\n')).toStrictEqual([
      'Reference,Candidate,Constituency,GSS code,Region,Groups,Purpose,Requested (£),Status,Submitted,Decided,Decided by,Approved (£),Paid (£),Returned to the fund (£),Left to pay (£)',
      '01936f7e-8a2b-7c3d-9e4f-5a6b7c8d9e0f,cand-1,Ynys Môn,W07000041,Wales,Women; Described in their own words,Childcare,1250.50,Part paid,2027-02-03T12:00:00.000Z,2027-02-04T09:30:00.000Z,fin-1,1000.00,250.00,0.00,750.00',
      '01936f7e-0000-7000-8000-000000000000,cand-1,Ynys Môn,W07000041,Wales,Women; Described in their own words,Childcare,1250.50,Awaiting a decision,2027-02-03T12:00:00.000Z,,,0.00,0.00,0.00,0.00',
      '',
    ]);
  });
});

describe('poundsForCsv', () => {
  it('writes integer pence as exact pounds without a symbol or separators', () => {
    expect([poundsForCsv(0), poundsForCsv(5), poundsForCsv(123_456), poundsForCsv(-250), poundsForCsv(10_000_000_001)]).toStrictEqual(['0.00', '0.05', '1234.56', '-2.50', '100000000.01']);
  });
});
