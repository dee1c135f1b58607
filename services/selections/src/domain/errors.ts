import { ConflictError, DomainError } from '@platform/kit';

export class SeatNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly seatId: string;

  constructor(seatId: string) {
    super(`there is no seat ${seatId}; import the results file first (POST /selections/seats/import)`);
    this.name = 'SeatNotFoundError';
    this.seatId = seatId;
  }
}

/** No timetable has been published yet: there is nothing for the selections to run to. */
export class NoPublishedTimetableError extends DomainError {
  readonly kind = 'not-found';

  constructor() {
    super('no timetable has been published yet');
    this.name = 'NoPublishedTimetableError';
  }
}

export class TimetableNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly timetableId: string;

  constructor(timetableId: string) {
    super(`there is no timetable ${timetableId}`);
    this.name = 'TimetableNotFoundError';
    this.timetableId = timetableId;
  }
}

export class SelectionNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly selectionId: string;

  constructor(selectionId: string) {
    super(`there is no selection ${selectionId}`);
    this.name = 'SelectionNotFoundError';
    this.selectionId = selectionId;
  }
}

/** The file has no header line this service can read, so none of it is imported. */
export class SeatFileHeaderError extends DomainError {
  readonly kind = 'invalid';
  readonly missing: string[];

  constructor(missing: string[], firstLine: string) {
    super(
      'the file has no header line naming the columns ONS ID, Constituency name, Region name and Country name ' +
        '(the Commons Library results file) or gss_code, name and region (a minimal CSV), so nothing was ' +
        `imported; missing: ${missing.join(', ')}; the first line reads: ${firstLine}`,
    );
    this.name = 'SeatFileHeaderError';
    this.missing = missing;
  }
}

/** The file is not CSV at all (an unclosed quote, say), so none of it is imported. */
export class SeatFileUnreadableError extends DomainError {
  readonly kind = 'invalid';
  readonly line: number | undefined;

  constructor(reason: string, line: number | undefined, options?: ErrorOptions) {
    super(`the file cannot be read as CSV${line === undefined ? '' : ` at line ${line}`}, so nothing was imported: ${reason}`, options);
    this.name = 'SeatFileUnreadableError';
    this.line = line;
  }
}

/** A seats file bigger than an import takes, in bytes or rows: nothing was imported. */
export class SeatFileTooLargeError extends DomainError {
  readonly kind = 'too-large';

  constructor(reason: string) {
    super(`the file is too large to import, so nothing was imported: ${reason}; split it or send only the seats that changed`);
    this.name = 'SeatFileTooLargeError';
  }
}

/** A timetable has as many calendar links as it may (`MAX_CALENDAR_SUBSCRIPTIONS_PER_TIMETABLE`). */
export class CalendarSubscriptionLimitError extends DomainError {
  readonly kind = 'conflict';
  readonly timetableId: string;

  constructor(timetableId: string, maxSubscriptions: number) {
    super(`timetable ${timetableId} has had ${maxSubscriptions} calendar links, the most a timetable may have (revoked ones count, as they are kept); share an existing link instead`);
    this.name = 'CalendarSubscriptionLimitError';
    this.timetableId = timetableId;
  }
}

/** An import that would take the seats past `MAX_SEATS`: nothing was imported. */
export class SeatLimitError extends DomainError {
  readonly kind = 'unprocessable';
  readonly existing: number;
  readonly created: number;
  readonly maxSeats: number;

  constructor(existing: number, created: number, maxSeats: number) {
    super(
      `the import would create ${created} seats beside the ${existing} held, more than the ${maxSeats} the service holds, so nothing was imported; ` +
        'check the file is a list of Westminster constituencies with their GSS codes',
    );
    this.name = 'SeatLimitError';
    this.existing = existing;
    this.created = created;
    this.maxSeats = maxSeats;
  }
}

/** A draft timetable (its entries, blackouts and what publishing will add) too big to keep as one item. */
export class TimetableTooLargeError extends DomainError {
  readonly kind = 'too-large';
  readonly bytes: number;
  readonly maxBytes: number;

  constructor(bytes: number, maxBytes: number, entries: number) {
    super(
      `the timetable of ${entries} seats would take ${bytes} bytes to store, more than the ${maxBytes} (400 KB) a timetable may take; ` +
        'give fewer or shorter blackout reasons, or shorten the seats\' names and regions',
    );
    this.name = 'TimetableTooLargeError';
    this.bytes = bytes;
    this.maxBytes = maxBytes;
  }
}

export class TimetableAlreadyPublishedError extends DomainError {
  readonly kind = 'conflict';
  readonly timetableId: string;
  readonly publishedAt: string | undefined;

  constructor(timetableId: string, publishedAt: string | undefined) {
    super(`timetable ${timetableId} is already published${publishedAt === undefined ? '' : ` (at ${publishedAt})`}; create a new draft to schedule again`);
    this.name = 'TimetableAlreadyPublishedError';
    this.timetableId = timetableId;
    this.publishedAt = publishedAt;
  }
}

export class SelectionCancelledError extends DomainError {
  readonly kind = 'conflict';
  readonly selectionId: string;

  constructor(selectionId: string) {
    super(`selection ${selectionId} was cancelled, so it cannot be moved`);
    this.name = 'SelectionCancelledError';
    this.selectionId = selectionId;
  }
}

export class SelectionAlreadyStartedError extends DomainError {
  readonly kind = 'conflict';
  readonly selectionId: string;
  readonly startedOn: string;

  constructor(selectionId: string, startedOn: string, today: string) {
    super(`selection ${selectionId} started on ${startedOn} (today is ${today}), so it can no longer be moved`);
    this.name = 'SelectionAlreadyStartedError';
    this.selectionId = selectionId;
    this.startedOn = startedOn;
  }
}

/** Someone else changed the same timetable or seat at the same moment; the request may simply be retried. */
export class ConcurrentChangeError extends DomainError {
  readonly kind = 'conflict';

  constructor(what: string, options?: ErrorOptions) {
    super(`${what} was changed by another request at the same moment; retry the request`, options);
    this.name = 'ConcurrentChangeError';
  }
}

/**
 * A move sent for the selection as it was at `expectedRevision`, when someone has changed it since: the
 * move is refused so that it never overwrites a change its author has not seen; they review the selection
 * as it is now (revision `currentRevision`) and move it again if they still want to.
 */
export class SelectionChangedError extends ConflictError {
  readonly selectionId: string;
  readonly expectedRevision: number;
  readonly currentRevision: number;

  constructor(selectionId: string, expectedRevision: number, currentRevision: number) {
    super(
      `selection ${selectionId} has changed since it was read (revision ${expectedRevision}, now ${currentRevision}), so the move was not saved; read it again and review it before moving it`,
      { selectionId, expectedRevision, currentRevision },
    );
    this.name = 'SelectionChangedError';
    this.selectionId = selectionId;
    this.expectedRevision = expectedRevision;
    this.currentRevision = currentRevision;
  }
}

/**
 * A change of a seat's flags sent for the flags as they were at `expectedRevision`, when someone has changed
 * them since: refused, so that it never overwrites a change its author has not seen.
 */
export class SeatFlagsChangedError extends ConflictError {
  readonly seatId: string;
  readonly expectedRevision: number;
  readonly currentRevision: number;

  constructor(seatId: string, expectedRevision: number, currentRevision: number) {
    super(
      `the flags of seat ${seatId} have changed since they were read (revision ${expectedRevision}, now ${currentRevision}), so the change was not saved; read the seat again and review it before changing it`,
      { seatId, expectedRevision, currentRevision },
    );
    this.name = 'SeatFlagsChangedError';
    this.seatId = seatId;
    this.expectedRevision = expectedRevision;
    this.currentRevision = currentRevision;
  }
}

/** A move HQ staff asked for breaks the rules a timetable keeps; `broken` says which, in words, in the 409. */
export class SelectionPlacementError extends ConflictError {
  readonly selectionId: string;
  readonly start: string;
  readonly broken: string[];

  constructor(selectionId: string, start: string, broken: string[]) {
    super(`selection ${selectionId} cannot start on ${start}: ${broken.join('; ')}`, { selectionId, start, broken });
    this.name = 'SelectionPlacementError';
    this.selectionId = selectionId;
    this.start = start;
    this.broken = broken;
  }
}

export class TimetableNotPublishedError extends DomainError {
  readonly kind = 'conflict';
  readonly timetableId: string;

  constructor(timetableId: string, status: string) {
    super(`timetable ${timetableId} is ${status}, not published, so its selections cannot be moved yet; publish it first`);
    this.name = 'TimetableNotPublishedError';
    this.timetableId = timetableId;
  }
}

/**
 * A calendar feed link that does not open: no such subscription, a wrong or missing key, or a revoked link.
 * One message for all of them, so that the answer never tells a guesser which it was.
 */
export class CalendarFeedNotFoundError extends DomainError {
  readonly kind = 'not-found';

  constructor() {
    super('there is no calendar feed at this address; the link may have been revoked, so ask HQ staff for a new one');
    this.name = 'CalendarFeedNotFoundError';
  }
}

export class CalendarSubscriptionNotFoundError extends DomainError {
  readonly kind = 'not-found';
  readonly subscriptionId: string;

  constructor(subscriptionId: string) {
    super(`there is no calendar subscription ${subscriptionId}`);
    this.name = 'CalendarSubscriptionNotFoundError';
    this.subscriptionId = subscriptionId;
  }
}
