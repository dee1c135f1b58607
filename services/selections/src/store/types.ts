/** Who processed which event, recorded with the change it caused so that a redelivery changes nothing. */
export interface Delivery {
  consumer: string;
  eventId: string;
}

/** One page of a list, and the cursor of the next (absent on the last page). */
export interface Page<T> {
  items: T[];
  next?: string;
}

/** Which page of a list to read, and which items belong on it. */
export interface PageRequest<T> {
  limit: number;
  /** The `next` of the previous page, as handed out. */
  next?: string;
  /** Keeps only the items that match the list's filters; a page holds up to `limit` such items. */
  keep?: (item: T) => boolean;
}
