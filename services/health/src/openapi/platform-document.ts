import { openApiDocument } from '@platform/kit/openapi';
import type { OpenApiDocument } from '@platform/kit/openapi';
import { routes as emeritusRoutes } from '../../../emeritus/src/api/index.ts';
import { routes as fundRoutes } from '../../../fund/src/api/index.ts';
import { routes as selectionsRoutes } from '../../../selections/src/api/index.ts';
import { routes as healthRoutes } from '../api/index.ts';

/** The version of the API's contract; raise it with any change a client would notice. */
export const API_VERSION = '1.0.0';

const DESCRIPTION = [
  'The selections platform: candidate selections, the emeritus register and the Diversity Fund.',
  '',
  'Every route needs a bearer token (a Cognito access token whose `cognito:groups` carry the roles) except',
  'those marked public. Refusals and failures answer `application/problem+json` (RFC 9457); a 400 lists',
  'every issue of the request in `errors`, each at its path. Ids are named `<entity>Id` everywhere.',
].join('\n');

/**
 * The document of every route of the platform, each service's under its tag. `GET /openapi.json` serves
 * the committed copy of it (`openapi.json`, written by `pnpm openapi`); a test keeps the two the same.
 *
 * @example
 * ```ts
 * writeFileSync('openapi.json', `${JSON.stringify(platformDocument(), null, 2)}\n`);
 * ```
 */
export const platformDocument = (): OpenApiDocument =>
  openApiDocument({ title: 'Selections platform API', version: API_VERSION, description: DESCRIPTION }, [
    { service: 'health', description: 'Liveness, the round trip of an event, and this document.', routes: healthRoutes },
    { service: 'emeritus', description: 'The emeritus register of MPs retiring early, and the Clause V check (HQ staff).', routes: emeritusRoutes },
    { service: 'selections', description: 'Seats, timetables of candidate selections, and calendar feeds (HQ staff).', routes: selectionsRoutes },
    { service: 'fund', description: 'The Diversity Fund: its levy and ledger (finance), and candidates’ applications for grants.', routes: fundRoutes },
  ]);
