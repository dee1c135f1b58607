/**
 * The document as `openapi.json` holds it: two-space JSON with a final newline, so that the committed file
 * and a fresh one compare byte for byte.
 */
export const serialisedDocument = (document: object): string => `${JSON.stringify(document, null, 2)}\n`;
