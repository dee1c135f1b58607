import { Link } from 'react-router';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { CsvExportButton } from '../../export/CsvExportButton.tsx';
import type { CsvColumn } from '../../export/csv-file.ts';
import { formatCalendarDate } from '../../components/fields/date-parts.ts';
import { useCommittee } from './queries.ts';

type Member = NonNullable<ReturnType<typeof useCommittee>['data']>['members'][number];

const MEMBER_COLUMNS: readonly CsvColumn<Member>[] = [
  { header: 'MP id', value: (member) => member.mpId },
  { header: 'MP', value: (member) => member.mpName },
  { header: 'Seat', value: (member) => member.seatId },
  { header: 'Joined on', value: (member) => member.joinedOn },
];

/** The emeritus committee: MPs whose early announcement stands, with the day each joined. */
export function CommitteePage() {
  const committee = useCommittee();
  usePageTitle('Emeritus committee');
  if (committee.isError) return <ReadFailure error={committee.error} />;
  return (
    <>
      <Link to="/emeritus" className="govuk-back-link app-no-print">
        Back to the register
      </Link>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        Emeritus committee
      </h1>
      <p className="govuk-body">MPs who announced early that they will stand down, and have not withdrawn. The party consults them on the manifesto; none may attend the Clause V meeting.</p>
      {committee.isPending ? (
        <p className="govuk-body" role="status">
          Loading the committee…
        </p>
      ) : committee.data.members.length === 0 ? (
        <p className="govuk-body">The committee has no members yet.</p>
      ) : (
        <>
          <CsvExportButton
            label="Download the committee (CSV)"
            fileName="emeritus-committee.csv"
            columns={[
              { header: 'MP id', value: (member: Member) => member.mpId },
              { header: 'MP', value: (member: Member) => member.mpName },
              { header: 'Seat', value: (member: Member) => member.seatId },
              { header: 'Joined on', value: (member: Member) => member.joinedOn },
            ]}
            readRows={async () => committee.data.members}
          />
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">{committee.data.members.length} members</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {['MP', 'MP id', 'Seat', 'Joined'].map((header) => (
                  <th key={header} scope="col" className="govuk-table__header">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {committee.data.members.map((member) => (
                <tr key={member.retirementId} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/emeritus/retirements/${member.retirementId}`}>
                      {member.mpName}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{member.mpId}</td>
                  <td className="govuk-table__cell">{member.seatId}</td>
                  <td className="govuk-table__cell">{formatCalendarDate(member.joinedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
