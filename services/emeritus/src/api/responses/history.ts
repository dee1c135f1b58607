import * as z from 'zod';
import { HistoryEntry } from '../../domain/history.ts';

/** `GET /emeritus/history`: a page of the append-only history, oldest first. */
export const HistoryPageResponse = z
  .strictObject({
    entries: z.array(HistoryEntry),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; `null` on the last page.' }),
  })
  .meta({
    id: 'EmeritusHistoryPage',
    description: 'Who changed what and when: retirements announced and withdrawn, settings before and after.',
    example: {
      entries: [
        {
          historyId: '6f1d2b9e-8c4a-4e21-b1f3-2a9c7d5e0b14',
          at: '2027-01-04T09:00:00.000Z',
          by: 'staff-1',
          action: 'settings-changed',
          before: { expectedElectionOn: null, earlyAnnouncementMonths: 12 },
          after: { expectedElectionOn: '2029-05-03', earlyAnnouncementMonths: 12 },
        },
      ],
      nextCursor: null,
    },
  });
