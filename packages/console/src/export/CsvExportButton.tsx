import { useState } from 'react';
import { ApiProblemError } from '../api/problem.ts';
import { csvText, downloadCsv } from './csv-file.ts';
import type { CsvColumn } from './csv-file.ts';

type ExportState = { kind: 'idle' } | { kind: 'preparing' } | { kind: 'done'; rows: number } | { kind: 'failed'; message: string };

const count = new Intl.NumberFormat('en-GB');

/**
 * A button that downloads, as a CSV file, every row the current view selects (all its pages, not only the one
 * shown), saying in a live region how it is going and how many rows the file holds.
 */
export function CsvExportButton<T>({ label, fileName, columns, readRows }: { label: string; fileName: string; columns: readonly CsvColumn<T>[]; readRows: () => Promise<readonly T[]> }) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const download = async () => {
    setState({ kind: 'preparing' });
    try {
      const rows = await readRows();
      downloadCsv(fileName, csvText(columns, rows));
      setState({ kind: 'done', rows: rows.length });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof ApiProblemError ? `The file could not be made: ${error.detail}` : 'The file could not be made. Try again.' });
    }
  };
  return (
    <div className="app-no-print">
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" data-module="govuk-button" onClick={download} disabled={state.kind === 'preparing'} aria-disabled={state.kind === 'preparing'}>
        {label}
      </button>
      <p className="govuk-body-s" role="status">
        {state.kind === 'preparing' ? 'Preparing the file…' : state.kind === 'done' ? `Downloaded ${fileName}: ${count.format(state.rows)} row${state.rows === 1 ? '' : 's'}.` : state.kind === 'failed' ? state.message : ''}
      </p>
    </div>
  );
}
