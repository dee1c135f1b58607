/**
 * The console's viewer-request CloudFront Function (runtime `cloudfront-js-2.0`), as deployed.
 *
 * The console routes on the client (`/applications/123`, `/auth/callback`), so every such path must be
 * answered with `index.html`. Rewriting the request here, before the cache and the origin, does that for the
 * console's routes only: a path with a file extension, or anything under `/assets/`, reaches S3 unchanged,
 * so a missing asset stays a 403/404 instead of becoming a 200 HTML page (which distribution-wide error
 * responses would do, for every path and every error, and which breaks a browser loading a stale chunk).
 *
 * Kept as plain ES5-compatible JavaScript in a string: CloudFront runs it as is, and the infra test
 * evaluates the very code the template carries.
 */
export const CONSOLE_ROUTE_REWRITE = `
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.indexOf('/assets/') === 0) return request;
  var lastSegment = uri.substring(uri.lastIndexOf('/') + 1);
  if (/\\.[A-Za-z0-9]+$/.test(lastSegment)) return request;
  request.uri = '/index.html';
  return request;
}
`.trim();
