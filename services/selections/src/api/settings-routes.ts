import { defineRoute } from '@platform/kit/contract';
import { Settings } from '../domain/settings.ts';
import { invalid, staffOnly } from './common-responses.ts';
import { SelectionsSettingsResponse } from './responses/selections-settings.ts';

/** `GET /selections/settings`. */
export const getSettings = defineRoute({
  method: 'GET',
  path: '/selections/settings',
  summary: 'Read which seats the party fights: the party, the nations it contests, the seats it leaves uncontested',
  access: ['hq-staff'],
  responses: { 200: { description: 'The settings', body: SelectionsSettingsResponse }, ...staffOnly },
});

/** `PUT /selections/settings`. */
export const putSettings = defineRoute({
  method: 'PUT',
  path: '/selections/settings',
  summary: 'Replace the settings',
  access: ['hq-staff'],
  body: Settings,
  responses: {
    200: { description: 'The settings, saved', body: SelectionsSettingsResponse },
    ...invalid,
    ...staffOnly,
    409: { description: 'The settings changed (an import added a seat) since they were read; try again' },
  },
});
