import * as z from 'zod';
import { Settings } from '../../domain/settings.ts';

/** `GET`/`PUT /selections/settings`: which seats the party fights. */
export const SelectionsSettingsResponse = z.strictObject(Settings.shape).meta({
  id: 'SelectionsSettings',
  description: 'The party whose selections these are, the nations it contests and the seats it sets aside.',
  example: {
    party: 'Lab',
    contestedNations: ['England', 'Scotland', 'Wales'],
    uncontested: [{ seatId: 'E14001172', reason: 'the Speaker’s seat: by convention the main parties do not stand against the Speaker' }],
  },
});
