/** Where each kind of item lives in the selections table. Lists read one partition, so each kind has its own. */
export const SETTINGS_KEY = { pk: 'SETTINGS', sk: 'SETTINGS' } as const;

export const SEATS_PARTITION = 'SEATS';
export const seatKey = (seatId: string) => ({ pk: SEATS_PARTITION, sk: `SEAT#${seatId}` });

export const SELECTIONS_PARTITION = 'SELECTIONS';
export const selectionKey = (selectionId: string) => ({ pk: SELECTIONS_PARTITION, sk: `SELECTION#${selectionId}` });
/** The shape of a `SELECTIONS` sort key (selection ids are UUIDs): a page cursor must hold one. */
export const SELECTION_SORT_KEY = /SELECTION#[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

export const timetableKey = (timetableId: string) => ({ pk: `TIMETABLE#${timetableId}`, sk: 'TIMETABLE' });

/** Points at the timetable most recently published, into which retiring MPs' seats are slotted. */
export const PUBLISHED_TIMETABLE_KEY = { pk: 'TIMETABLES', sk: 'PUBLISHED' } as const;

/** Calendar subscriptions, all in one partition: a few per timetable, looked up by id when a feed is polled. */
export const CALENDAR_SUBSCRIPTIONS_PARTITION = 'CALENDAR_SUBSCRIPTIONS';
export const calendarSubscriptionKey = (subscriptionId: string) => ({ pk: CALENDAR_SUBSCRIPTIONS_PARTITION, sk: `SUBSCRIPTION#${subscriptionId}` });
