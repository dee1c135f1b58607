export { eventually, localCloud, type LocalCloudClient } from './local-cloud-client.ts';
export { openSelection } from './open-selection.ts';
export { startLocalCloudProcess, type LocalCloudProcess } from './local-cloud-process.ts';
export { tableLike } from './table-like.ts';
