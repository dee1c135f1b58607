// A jest suite, so apart from the kit's testing index, which code outside jest imports too.
import { describeDeadLetterRoutes } from '@platform/kit/testing/dead-letter-route-suite';
import { getDeadLetter, listDeadLetters, redriveDeadLetters } from '../src/api/dead-letter-routes.ts';

process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';

// Who may call the fund service's dead-letter routes, and that they know no queue but the service's own.
describeDeadLetterRoutes({ service: 'fund', role: 'finance', otherService: 'selections', contracts: { listDeadLetters, getDeadLetter, redriveDeadLetters } });
