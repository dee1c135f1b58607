import * as z from 'zod';
import { Selection } from '../../domain/selection.ts';

const PHASES = [
  { name: 'freeze', start: '2027-02-01', end: '2027-02-01' },
  { name: 'nominations', start: '2027-02-02', end: '2027-02-15' },
  { name: 'applications', start: '2027-02-16', end: '2027-03-01' },
  { name: 'shortlisting', start: '2027-03-02', end: '2027-03-08' },
  { name: 'hustings-and-ballot', start: '2027-03-09', end: '2027-03-29' },
  { name: 'result', start: '2027-03-30', end: '2027-03-30' },
];

/** A selection, as the selection list and `PATCH /selections/selections/{selectionId}` answer it. */
export const SelectionResponse = z.strictObject(Selection.shape).meta({
  id: 'Selection',
  description: 'One seat’s candidate selection: its six phases, scheduled or cancelled.',
  example: {
    selectionId: '3e9b7d2a-1c4f-5a6e-8b0d-9f2e4c6a8b1d',
    seatId: 'E14001063',
    seatName: 'Aldershot',
    nation: 'England',
    region: 'South East',
    timetableId: '7c2e9f41-5b3d-4a8e-b6f0-1d2c3e4f5a6b',
    status: 'scheduled',
    start: '2027-02-01',
    phases: PHASES,
    reason: 'priority 2, majority 5,683',
    scheduledAt: '2027-01-04T09:30:00.000Z',
    updatedAt: '2027-01-04T09:30:00.000Z',
    revision: 0,
  },
});

/** `GET /selections/selections`: a page of selections; `next` is `null` on the last page. */
export const SelectionPageResponse = z
  .strictObject({ items: z.array(SelectionResponse), next: z.string().nullable().meta({ description: 'Pass as `next` for the following page.' }) })
  .meta({ id: 'SelectionPage', description: 'A page of selections matching the filter.' });
