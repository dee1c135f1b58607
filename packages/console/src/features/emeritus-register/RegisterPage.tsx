import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Select } from '../../components/fields/Select.tsx';
import { TextInput } from '../../components/fields/TextInput.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { StatusTag } from '../../components/tag/StatusTag.tsx';
import { CsvExportButton } from '../../export/CsvExportButton.tsx';
import type { CsvColumn } from '../../export/csv-file.ts';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { useRegister } from './queries.ts';
import type { RegisterFilter } from './queries.ts';
import { eligibilityInWords } from './eligibility-words.ts';

type Retirement = NonNullable<ReturnType<typeof useRegister>['data']>['retirements'][number];

const COLUMNS: readonly CsvColumn<Retirement>[] = [
  { header: 'MP id', value: (retirement) => retirement.mpId },
  { header: 'MP', value: (retirement) => retirement.mpName },
  { header: 'Seat', value: (retirement) => retirement.seatId },
  { header: 'Announced on', value: (retirement) => retirement.announcedOn },
  { header: 'Status', value: (retirement) => retirement.status },
  { header: 'Emeritus eligible', value: (retirement) => retirement.emeritusEligible },
  { header: 'Why', value: (retirement) => eligibilityInWords(retirement) },
  { header: 'Recorded by', value: (retirement) => retirement.recordedBy },
  { header: 'Recorded at', value: (retirement) => retirement.recordedAt },
];

/** The register's filters, read from the address: what it does not recognise is ignored. */
const filterOf = (params: URLSearchParams): RegisterFilter => {
  const status = params.get('status');
  const seatId = params.get('seatId')?.trim().toUpperCase();
  return { ...(status === 'active' || status === 'withdrawn' ? { status } : {}), ...(seatId && /^[ENSW]\d{8}$/.test(seatId) ? { seatId } : {}) };
};

function Filters({ filter, onApply }: { filter: RegisterFilter; onApply: (params: URLSearchParams) => void }) {
  const [status, setStatus] = useState<string>(filter.status ?? '');
  const [seatId, setSeatId] = useState(filter.seatId ?? '');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(new URLSearchParams(Object.entries({ status, seatId: seatId.trim() }).filter(([, value]) => value !== '')));
  };
  return (
    <form noValidate onSubmit={apply} role="search" aria-label="Filter the register" className="app-filters app-no-print">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Select id="status" label="Status" options={[{ value: '', label: 'Any' }, { value: 'active', label: 'Standing down' }, { value: 'withdrawn', label: 'Withdrawn' }]} value={status} onChange={setStatus} />
        </div>
        <div className="govuk-grid-column-one-third">
          <TextInput id="seatId" label="Seat's GSS code" hint="For example, E14001063" widthClass="govuk-input--width-10" spellCheck={false} value={seatId} onChange={setSeatId} />
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Apply filters
      </button>
    </form>
  );
}

/** The emeritus register: every retirement recorded, in the order announced, filtered by status and seat in the address. */
export function RegisterPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const register = useRegister(filter);
  usePageTitle('Emeritus register');
  if (register.isError) return <ReadFailure error={register.error} />;
  const retirements = register.data?.retirements ?? [];
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Emeritus register
      </h1>
      <p className="govuk-body">MPs who have announced they will stand down at the next general election. Those who announced early enough join the emeritus committee, and none may attend the Clause V meeting.</p>
      <ul className="govuk-list app-no-print">
        <li>
          <Link className="govuk-link" to="/emeritus/retirements/new">
            Record a retirement
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/emeritus/committee">
            The emeritus committee
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/emeritus/consultations">
            Consultations of the emeritus committee
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/emeritus/clause-v/meetings">
            Clause V meetings
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/emeritus/clause-v-check">
            Check a Clause V attendance list
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/emeritus/settings">
            Settings: expected election and early announcement
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to="/emeritus/history">
            History of the register
          </Link>
        </li>
      </ul>
      <Filters key={`${filter.status}|${filter.seatId}`} filter={filter} onApply={setParams} />
      {register.isPending ? (
        <p className="govuk-body" role="status">
          Loading the register…
        </p>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {retirements.length === 0 ? 'No retirement matches.' : `${retirements.length} retirement${retirements.length === 1 ? '' : 's'}.`}
          </p>
          {retirements.length === 0 ? null : (
            <>
              <CsvExportButton label="Download this list (CSV)" fileName="emeritus-register.csv" columns={COLUMNS} readRows={async () => retirements} />
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--m">
                  {filter.status === 'active' ? 'MPs standing down' : filter.status === 'withdrawn' ? 'Withdrawn retirements' : 'Every retirement'}
                  {filter.seatId ? ` in ${filter.seatId}` : ''}
                </caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    {['MP', 'Seat', 'Announced', 'Status', 'Emeritus committee'].map((header) => (
                      <th key={header} scope="col" className="govuk-table__header">
                        {header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {retirements.map((retirement) => (
                    <tr key={retirement.retirementId} className="govuk-table__row">
                      <td className="govuk-table__cell">
                        <Link className="govuk-link" to={`/emeritus/retirements/${retirement.retirementId}`}>
                          {retirement.mpName}
                        </Link>
                      </td>
                      <td className="govuk-table__cell">{retirement.seatId}</td>
                      <td className="govuk-table__cell">{formatCalendarDate(retirement.announcedOn)}</td>
                      <td className="govuk-table__cell">{retirement.status === 'active' ? <StatusTag label="Standing down" colour="blue" /> : <StatusTag label="Withdrawn" colour="grey" />}</td>
                      <td className="govuk-table__cell">{retirement.emeritusEligible ? <StatusTag label="Eligible" colour="green" /> : <StatusTag label="Not eligible" colour="grey" />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </>
  );
}
