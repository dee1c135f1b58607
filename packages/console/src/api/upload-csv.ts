import { loadConfig } from '../config.ts';
import { ApiProblemError } from './problem.ts';
import type { ProblemBody } from './problem.ts';

/**
 * Sends a CSV file to an import route of the API, reporting the upload's progress (0 to 1) as it goes. It uses
 * XMLHttpRequest, as fetch cannot report an upload's progress; refusals are {@link ApiProblemError}s, as from
 * the typed client, and an unreachable service is one of status 0.
 *
 * @example
 * const report = await uploadCsv<SeatImportReport>('/selections/seats/import', file, session.accessToken(), setProgress);
 */
export const uploadCsv = async <Report>(path: string, csv: Blob, accessToken: string | undefined, onProgress: (fraction: number) => void): Promise<Report> => {
  const { apiUrl } = await loadConfig();
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const correlationId = crypto.randomUUID();
    request.open('POST', `${apiUrl}${path}`);
    request.setRequestHeader('content-type', 'text/csv');
    request.setRequestHeader('x-correlation-id', correlationId);
    if (accessToken) request.setRequestHeader('authorization', `Bearer ${accessToken}`);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      const body = (() => {
        try {
          return JSON.parse(request.responseText) as unknown;
        } catch {
          return undefined;
        }
      })();
      if (request.status >= 200 && request.status < 300) resolve(body as Report);
      else reject(new ApiProblemError(request.status, body as ProblemBody | undefined, request.getResponseHeader('x-correlation-id') ?? correlationId));
    });
    request.addEventListener('error', () => reject(new ApiProblemError(0, { detail: 'The service could not be reached. Check your connection and try again.' }, undefined)));
    request.send(csv);
  });
};
