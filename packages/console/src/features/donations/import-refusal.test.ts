import { describe, expect, it } from '@jest/globals';
import { ApiProblemError } from '../../api/problem.ts';
import { fileRefusal, importRefusal } from './import-refusal.ts';

describe('fileRefusal', () => {
  it('refuses a file over 4 MB, stating the limit, before sending it', () => {
    expect(fileRefusal({ name: 'big.csv', size: 4 * 1024 * 1024 + 1 })).toBe('big.csv is 4.0 MB: the file must be 4 MB or smaller. Split it into smaller files.');
    expect(fileRefusal({ name: 'big.csv', size: 5 * 1024 * 1024 })).toBe('big.csv is 5.0 MB: the file must be 4 MB or smaller. Split it into smaller files.');
  });

  it('takes a file of exactly 4 MB, and refuses an empty one', () => {
    expect(fileRefusal({ name: 'ok.csv', size: 4 * 1024 * 1024 })).toBeUndefined();
    expect(fileRefusal({ name: 'empty.csv', size: 0 })).toBe('empty.csv is empty: choose the CSV file of donations');
  });
});

describe('importRefusal', () => {
  it('gives the reason a file was refused: each problem of its header, or the limit it is over', () => {
    const header = new ApiProblemError(
      400,
      {
        detail: 'the CSV cannot be imported',
        errors: [
          { path: ['body', 'header', 'amountPence'], message: 'required column is missing' },
          { path: ['body', 'header', 'amount'], message: 'unknown column; the columns are donationId, amountPence' },
        ],
      },
      'c-1',
    );
    expect(importRefusal(header)).toBe(
      'The file was not imported: its first line is not the header the import reads (amountPence: required column is missing; amount: unknown column; the columns are donationId, amountPence). Nothing was imported.',
    );
    expect(importRefusal(new ApiProblemError(400, { detail: 'the body is not readable as CSV', errors: [{ path: ['body'], message: 'Invalid Closing Quote' }] }, 'c-1'))).toBe(
      'The file was not imported: the body is not readable as CSV; Invalid Closing Quote. Nothing was imported.',
    );
    expect(importRefusal(new ApiProblemError(413, { detail: 'the CSV has 5001 donations, more than the 5000 one import takes; split it into smaller files' }, 'c-1'))).toBe(
      'The file is too big to import: the CSV has 5001 donations, more than the 5000 one import takes; split it into smaller files.',
    );
    expect(importRefusal(new ApiProblemError(415, {}, 'c-1'))).toBe('The file must be a CSV file.');
  });

  it('leaves a fault to the problem page', () => {
    expect(importRefusal(new ApiProblemError(500, {}, 'c-1'))).toBeUndefined();
  });
});
