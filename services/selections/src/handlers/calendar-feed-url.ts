import type { HttpEvent } from '@platform/kit';

/** The feed's route; a path parameter must be a whole segment, so the id has a segment of its own. */
export const calendarFeedPath = (subscriptionId: string): string => `/selections/calendar-feeds/${subscriptionId}/calendar.ics`;

// The local cloud's gateway serves plain HTTP on a loopback address; API Gateway serves only HTTPS.
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

/**
 * The base URL the request came in on, from `requestContext.domainName` (the API's own domain, or the custom
 * domain it was called on; never the client's Host header in AWS): `https://<domain>`, or `http://` for the
 * local cloud on localhost.
 */
export const apiBaseUrl = (event: HttpEvent): string => {
  const host = event.requestContext.domainName;
  return `${LOOPBACK.test(host) ? 'http' : 'https'}://${host}`;
};

/** The link a calendar app subscribes to: the feed's URL with its key in the query string. */
export const calendarFeedUrl = (event: HttpEvent, subscriptionId: string, key: string): string => {
  const url = new URL(calendarFeedPath(subscriptionId), apiBaseUrl(event));
  url.searchParams.set('key', key);
  return url.toString();
};
