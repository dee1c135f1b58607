/**
 * The heading of a step finance takes on one application (decide, check, pay, cancel, erase): the step as the
 * page's `h1`, under a caption naming the seat and the candidate, so each page says whose application it acts on.
 */
export function ApplicationStepHeading({ application, title }: { application: { seatName: string; candidateId: string }; title: string }) {
  return (
    <>
      <span className="govuk-caption-l">
        {application.seatName}: application by {application.candidateId}
      </span>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {title}
      </h1>
    </>
  );
}
