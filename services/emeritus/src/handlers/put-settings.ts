import { randomUUID } from 'node:crypto';
import { CalendarDate } from '@platform/events';
import { ConflictError, dynamoDocumentClient, httpHandler, parse, requiredEnv, requireRole } from '@platform/kit';
import type { HttpLambdaHandler } from '@platform/kit';
import * as z from 'zod';
import { utcDateOf } from '../domain/calendar.ts';
import { settingsChangedEntry } from '../domain/history.ts';
import { changeSettings, DEFAULT_SETTINGS, EarlyAnnouncementMonths } from '../domain/settings.ts';
import { DynamoEmeritusStore } from '../store/dynamo-emeritus-store.ts';
import type { EmeritusStore } from '../store/emeritus-store.ts';

const PutSettingsBody = (today: string) =>
  z.strictObject({
    expectedElectionOn: CalendarDate.refine((date) => date >= today, `must not be in the past (today is ${today}, UTC)`),
    earlyAnnouncementMonths: EarlyAnnouncementMonths.default(DEFAULT_SETTINGS.earlyAnnouncementMonths),
  });

// Another change saved between our read and our write makes the write stale; the history's `before` must be
// what was really replaced, so read again and retry rather than overwrite blindly.
const SAVE_ATTEMPTS = 3;

export const putSettingsHandler = (store: EmeritusStore): HttpLambdaHandler =>
  httpHandler(async (event, { caller, logger }) => {
    requireRole(caller, 'hq-staff');
    const now = new Date();
    const requested = parse(PutSettingsBody(utcDateOf(now)), event.body, 'body');
    const change = { by: caller.id, at: now.toISOString() };
    const after = changeSettings(requested, change);
    for (let attempt = 1; attempt <= SAVE_ATTEMPTS; attempt += 1) {
      const { settings: before, version } = await store.settings();
      const entry = settingsChangedEntry(randomUUID(), { before, after, ...change });
      if ((await store.saveSettings(after, version, entry)) === 'saved') {
        logger.info('settings changed', { version: version + 1 });
        return { status: 200, body: after };
      }
    }
    throw new ConflictError(`the settings changed ${SAVE_ATTEMPTS} times while this change was being saved; try again`);
  });

export const handler = putSettingsHandler(new DynamoEmeritusStore(dynamoDocumentClient(), { tableName: requiredEnv('TABLE_NAME') }));
