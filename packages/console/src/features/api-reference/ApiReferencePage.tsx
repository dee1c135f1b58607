import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useApi } from '../../api/api-context.tsx';
import { usePageTitle } from '../../components/layout/page-title.ts';
import { ReadFailure } from '../../components/problem/ProblemPages.tsx';
import { operationsOf } from './operations.ts';
import type { OpenApiDocument } from './operations.ts';

/** The API's own OpenAPI document, read from `GET /openapi.json` and shown route by route, one service at a time. */
export function ApiReferencePage() {
  usePageTitle('API reference');
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const document = useQuery({ queryKey: ['openapi'], queryFn: async () => (await api.GET('/openapi.json')).data as unknown as OpenApiDocument, staleTime: Infinity });
  if (document.isError) return <ReadFailure error={document.error} />;
  if (document.isPending) return <p className="govuk-body" role="status">Loading the API reference…</p>;
  const operations = operationsOf(document.data);
  const tags = [...new Set(operations.map((operation) => operation.tag))];
  const tag = params.get('service') ?? tags[0] ?? '';
  return (
    <>
      <h1 className="govuk-heading-l" tabIndex={-1}>
        API reference
      </h1>
      <p className="govuk-body">
        {document.data.info.title}, version {document.data.info.version}. Every route, who may call it, what it takes and what it answers. The document itself is at{' '}
        <code>/openapi.json</code>.
      </p>
      <nav className="govuk-tabs" aria-label="Services">
        <ul className="govuk-tabs__list">
          {tags.map((name) => (
            <li key={name} className={`govuk-tabs__list-item${name === tag ? ' govuk-tabs__list-item--selected' : ''}`}>
              <a className="govuk-tabs__tab" href={`?service=${encodeURIComponent(name)}`} aria-current={name === tag ? 'page' : undefined} onClick={(event) => { event.preventDefault(); setParams({ service: name }); }}>
                {name}
              </a>
            </li>
          ))}
        </ul>
        <div className="govuk-tabs__panel">
          {operations
            .filter((operation) => operation.tag === tag)
            .map((operation) => (
              <section key={operation.id} aria-labelledby={operation.id} className="govuk-!-margin-bottom-8">
                <h2 className="govuk-heading-m" id={operation.id}>
                  <code>{operation.method.toUpperCase()} {operation.path}</code>
                </h2>
                <p className="govuk-body">{operation.summary}</p>
                <p className="govuk-body">
                  <strong>Who may call it:</strong> {operation.roles.length === 0 ? 'anyone (no sign-in)' : operation.roles.join(', ')}
                </p>
                {operation.parameters.length > 0 ? (
                  <table className="govuk-table">
                    <caption className="govuk-table__caption govuk-table__caption--s">Parameters</caption>
                    <thead className="govuk-table__head">
                      <tr className="govuk-table__row">
                        <th scope="col" className="govuk-table__header">Name</th>
                        <th scope="col" className="govuk-table__header">In</th>
                        <th scope="col" className="govuk-table__header">Required</th>
                        <th scope="col" className="govuk-table__header">Accepts</th>
                      </tr>
                    </thead>
                    <tbody className="govuk-table__body">
                      {operation.parameters.map((parameter) => (
                        <tr key={`${parameter.in}-${parameter.name}`} className="govuk-table__row">
                          <td className="govuk-table__cell"><code>{parameter.name}</code></td>
                          <td className="govuk-table__cell">{parameter.in}</td>
                          <td className="govuk-table__cell">{parameter.required ? 'Yes' : 'No'}</td>
                          <td className="govuk-table__cell">{parameter.accepts}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {operation.requestBody ? (
                  <details className="govuk-details">
                    <summary className="govuk-details__summary"><span className="govuk-details__summary-text">Request body ({operation.requestBody.mediaType})</span></summary>
                    <div className="govuk-details__text"><pre className="app-code">{operation.requestBody.schema}</pre></div>
                  </details>
                ) : null}
                <table className="govuk-table">
                  <caption className="govuk-table__caption govuk-table__caption--s">Answers</caption>
                  <thead className="govuk-table__head">
                    <tr className="govuk-table__row">
                      <th scope="col" className="govuk-table__header">Status</th>
                      <th scope="col" className="govuk-table__header">Meaning</th>
                    </tr>
                  </thead>
                  <tbody className="govuk-table__body">
                    {operation.responses.map((response) => (
                      <tr key={response.status} className="govuk-table__row">
                        <td className="govuk-table__cell">{response.status}</td>
                        <td className="govuk-table__cell">{response.description}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            ))}
        </div>
      </nav>
    </>
  );
}
