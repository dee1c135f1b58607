import type { RunningLocalCloud } from './local-cloud.ts';

/**
 * The one ready banner `pnpm start` prints: where everything is and how to call it.
 *
 * @example
 * console.log(readyBanner(cloud));
 */
export const readyBanner = (cloud: RunningLocalCloud, { inMemory }: { inMemory: boolean }): string => {
  const where = (emulated: boolean, name: string) =>
    emulated ? (inMemory ? 'emulator, in memory' : `emulator, data in ${cloud.stateDir}/${name}`) : 'external endpoint';
  const mappings = cloud.wiring.queueMappings.length + cloud.wiring.streamMappings.length;
  return [
    '',
    'Local cloud ready',
    `  API        ${cloud.apiUrl}   (${cloud.wiring.routes.length} routes; try: curl ${cloud.apiUrl}/health)`,
    `  Console    ${cloud.consoleUrl}   (the web console; sign in as anyone, in any role)`,
    `  Sign-in    ${cloud.signIn.issuer}   (OpenID provider; choose a person and a role; client ${cloud.signIn.clientId})`,
    `  DynamoDB   ${cloud.endpoints.dynamodb}   (${cloud.wiring.tables.length} tables; ${where(cloud.emulated.dynamodb, 'dynamodb')})`,
    `  SQS        ${cloud.endpoints.sqs}   (${cloud.wiring.queues.length} queues; ${where(cloud.emulated.sqs, 'sqs')})`,
    `  Functions  ${cloud.wiring.functions.size}, started on first use; ${mappings} event source mappings polling`,
    `  Schedules  ${cloud.wiring.scheduleRules.length} EventBridge rules on their schedules; run one now: pnpm ops rules run --rule NAME`,
    '  Dev token  pnpm --silent token --role hq-staff --sub staff-1     (roles: hq-staff, finance, candidate)',
    `             curl -H "Authorization: Bearer $(pnpm --silent token --role finance --sub fin-1)" ${cloud.apiUrl}/...`,
    '  Ctrl-C stops everything.',
    '',
  ].join('\n');
};
