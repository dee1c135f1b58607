import * as z from 'zod';
import { SettingsRecord } from '../../domain/settings.ts';

/** `GET`/`PUT /emeritus/settings`: the settings with who last changed them (both `null` while the defaults apply). */
export const EmeritusSettingsResponse = z.strictObject(SettingsRecord.shape).meta({
  id: 'EmeritusSettings',
  description: 'The expected general election and the early-announcement threshold, with who last changed them.',
  example: { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12, updatedAt: '2027-01-04T09:00:00.000Z', updatedBy: 'staff-1' },
});
