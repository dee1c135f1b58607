import * as z from 'zod';
import { Timetable } from '../../domain/timetable.ts';

/**
 * A timetable as `POST /selections/timetables`, `GET /selections/timetables/{timetableId}` and its publish
 * route answer it. `id` is the old name of `timetableId`, kept for one release.
 */
export const TimetableResponse = z
  .strictObject({
    ...Timetable.shape,
    id: z.uuid().meta({ deprecated: true, description: 'Deprecated: the same as `timetableId`, which replaces it; removed in the next release.' }),
  })
  .meta({
    id: 'Timetable',
    description: 'A staggered timetable of selections for every seat that needs one: the request, each seat’s entry, and what publishing did.',
    example: {
      timetableId: '7c2e9f41-5b3d-4a8e-b6f0-1d2c3e4f5a6b',
      id: '7c2e9f41-5b3d-4a8e-b6f0-1d2c3e4f5a6b',
      status: 'draft',
      request: {
        from: '2027-01-04',
        expectedElection: '2029-05-03',
        completeMonthsBefore: 12,
        weeklyCapacity: 8,
        regionalWeeklyCapacity: 2,
        blackouts: [{ from: '2027-12-20', to: '2028-01-03', reason: 'Christmas' }],
        phaseDays: { nominations: 14, applications: 14, shortlisting: 7, hustingsAndBallot: 21 },
      },
      entries: [],
      stats: { scheduled: 0, unscheduled: [], peakWeeklyStarts: 0, peakConcurrent: 0, lowerBound: 0 },
      createdAt: '2027-01-04T09:00:00.000Z',
      createdBy: 'staff-1',
      revision: 0,
    },
  });
