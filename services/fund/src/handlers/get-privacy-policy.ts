import { httpHandler } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import { getPrivacyPolicy } from '../api/privacy-routes.ts';
import { privacyPolicy } from '../domain/privacy-policy.ts';
import { retentionMonths } from './environment.ts';

/** `GET /fund/privacy` (public): the retention policy of this stage, as data. It reads no stored data. */
export const getPrivacyPolicyHandler = (months: number): HttpLambdaHandler =>
  httpHandler(getPrivacyPolicy, async () => ({ status: 200, body: privacyPolicy(months) }));

export const handler = getPrivacyPolicyHandler(retentionMonths());
