export { devIssuer, claimsAsApiGatewayPassesThem, LOCAL_AUDIENCE, LOCAL_ISSUER, ROLES, type DevIssuer, type Role } from './auth/dev-issuer.ts';
export { startLocalCloud, type LocalCloudOptions, type RunningLocalCloud } from './local-cloud.ts';
export { readWiring, UnsupportedWiringError } from './wiring/read-wiring.ts';
export type { Wiring } from './wiring/wiring.ts';
export { resolveIntrinsics } from './wiring/intrinsics.ts';
export { synthesizeStack } from './synth.ts';
export { repoRoot, localPaths } from './paths.ts';
export { startDynamoDbLocal, type RunningEmulator } from './emulators/dynamodb-local.ts';
export { freePort } from './emulators/free-port.ts';
