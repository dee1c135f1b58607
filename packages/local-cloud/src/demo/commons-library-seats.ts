import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths.ts';

/** The House of Commons Library's 2024 results, as shipped in `data/` (see data/README.md). */
export const COMMONS_LIBRARY_FILE = join(repoRoot, 'data', 'HoC-GE2024-results-by-constituency.csv');

/** What the demo needs of one constituency: enough to choose retiring MPs and say who they are. */
export interface ResultSeat {
  seatId: string;
  name: string;
  region: string;
  country: string;
  firstParty: string;
  sittingMp: string;
  majority: number;
}

/** One CSV line split into fields: commas inside double quotes belong to the field, `""` is a quote. */
const fieldsOf = (line: string): string[] => {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') (field += '"'), index++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') fields.push(field), (field = '');
    else field += char;
  }
  fields.push(field);
  return fields;
};

/**
 * The constituencies of the Commons Library's results file, by the columns the demo reads (matched by
 * header name). The selections service reads the same file itself on import; this is only what the demo
 * needs to plan retirements, so it does not handle the reshaped copies that service accepts.
 *
 * @example
 * readResultSeats(readFileSync(COMMONS_LIBRARY_FILE, 'utf8')).length; // 650
 */
export const readResultSeats = (csv: string): ResultSeat[] => {
  const [header = '', ...lines] = csv.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line !== '');
  const names = fieldsOf(header);
  const column = (name: string) => {
    const index = names.indexOf(name);
    if (index < 0) throw new RangeError(`the results file has no "${name}" column`);
    return index;
  };
  const at = {
    seatId: column('ONS ID'),
    name: column('Constituency name'),
    region: column('Region name'),
    country: column('Country name'),
    firstParty: column('First party'),
    firstName: column('Member first name'),
    surname: column('Member surname'),
    majority: column('Majority'),
  };
  return lines.map((line) => {
    const fields = fieldsOf(line);
    const field = (index: number) => fields[index] ?? '';
    return {
      seatId: field(at.seatId),
      name: field(at.name),
      region: field(at.region),
      country: field(at.country),
      firstParty: field(at.firstParty),
      sittingMp: `${field(at.firstName)} ${field(at.surname)}`.trim(),
      majority: Number(field(at.majority)),
    };
  });
};

/**
 * The results file as shipped, as text (to import) and as seats (to plan with).
 *
 * @example
 * const { csv, seats } = commonsLibraryFile();
 */
export const commonsLibraryFile = (file = COMMONS_LIBRARY_FILE): { csv: string; seats: ResultSeat[] } => {
  const csv = readFileSync(file, 'utf8');
  return { csv, seats: readResultSeats(csv) };
};
