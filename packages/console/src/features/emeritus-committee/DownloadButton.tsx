import { useState } from 'react';
import { isProblem } from '../../api/problem.ts';
import { downloadFile } from '../../export/download-file.ts';

type Download = { kind: 'idle' } | { kind: 'preparing' } | { kind: 'done' } | { kind: 'failed'; message: string };

/**
 * A button that saves a file the API makes (read with the session's token), saying in a live region how it went.
 *
 * @example
 * <DownloadButton label="Download the responses (CSV)" fileName="responses.csv" read={() => readFile({ consultationId })} />
 */
export function DownloadButton({ label, fileName, read }: { label: string; fileName: string; read: () => Promise<Blob> }) {
  const [state, setState] = useState<Download>({ kind: 'idle' });
  const download = async () => {
    setState({ kind: 'preparing' });
    try {
      downloadFile(fileName, await read());
      setState({ kind: 'done' });
    } catch (error) {
      setState({ kind: 'failed', message: isProblem(error) ? `The file could not be made: ${error.detail}` : 'The file could not be made. Try again.' });
    }
  };
  return (
    <div className="app-no-print">
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" data-module="govuk-button" onClick={download} disabled={state.kind === 'preparing'} aria-disabled={state.kind === 'preparing'}>
        {label}
      </button>
      <p className="govuk-body-s" role="status">
        {state.kind === 'preparing' ? 'Preparing the file…' : state.kind === 'done' ? `Downloaded ${fileName}.` : state.kind === 'failed' ? state.message : ''}
      </p>
    </div>
  );
}
