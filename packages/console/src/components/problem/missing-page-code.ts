/**
 * Whether a page failed because its code could not be fetched. After a deploy the old build's chunks are
 * gone, so someone who opened the console before it finds the next screen missing; Chromium, Firefox and
 * Safari each word that failed dynamic import differently.
 *
 * @example
 * isMissingPageCode(new TypeError('Failed to fetch dynamically imported module: /assets/SeatsPage-x.js')); // true
 */
export const isMissingPageCode = (error: unknown): boolean =>
  error instanceof Error && /dynamically imported module|Importing a module script failed/i.test(error.message);
