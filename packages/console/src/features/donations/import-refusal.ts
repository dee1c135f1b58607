import { isProblem } from '../../api/problem.ts';
import { megabytes } from '../../format/megabytes.ts';
import { MAX_IMPORT_BYTES } from './labels.ts';


/**
 * Why a file is refused before it is sent: only its size can be known without reading it.
 *
 * @example
 * fileRefusal({ name: 'big.csv', size: 5 * 1024 * 1024 }); // "big.csv is 5.0 MB: the file must be 4 MB or smaller. Split it into smaller files."
 */
export const fileRefusal = ({ name, size }: { name: string; size: number }): string | undefined => {
  if (size === 0) return `${name} is empty: choose the CSV file of donations`;
  if (size > MAX_IMPORT_BYTES) return `${name} is ${megabytes(size)}: the file must be 4 MB or smaller. Split it into smaller files.`;
  return undefined;
};

/**
 * Why the API refused a file, in plain words, with its reason: the header it could not read (400), the size
 * (413), the type (415). Undefined for anything that is not a refusal of the file.
 *
 * @example
 * importRefusal(headerRefusal); // "The file was not imported: its first line is not the header the import reads (amountPence: required column is missing). Nothing was imported."
 */
export const importRefusal = (error: unknown): string | undefined => {
  if (isProblem(error, 400)) {
    const header = error.issues.filter((issue) => issue.path[1] === 'header').map((issue) => `${String(issue.path[2])}: ${issue.message}`);
    const reasons = header.length > 0 ? `its first line is not the header the import reads (${header.join('; ')})` : [error.detail.replace(/\.$/, ''), ...error.issues.slice(0, 3).map((issue) => issue.message)].join('; ');
    return `The file was not imported: ${reasons}. Nothing was imported.`;
  }
  if (isProblem(error, 413)) return `The file is too big to import: ${error.detail.replace(/\.$/, '')}.`;
  if (isProblem(error, 415)) return 'The file must be a CSV file.';
  return undefined;
};
