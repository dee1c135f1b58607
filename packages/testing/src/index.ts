export { eventually, localCloud, type LocalCloudClient } from './local-cloud-client.ts';
