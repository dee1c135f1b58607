// Outside its strings a JSON text is ASCII, so escaping every non-ASCII UTF-16 unit as `\uXXXX` changes no
// token: the text parses to the same value. Control characters are left alone: JSON.stringify has already
// escaped those inside strings, and any outside them are whitespace between tokens.
const nonAscii = /[^\u0000-\u007f]/g;

const escapeUnit = (unit: string): string => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A JSON text (or any text) with every non-ASCII character written as a JSON `\uXXXX` escape, so that what
 * is left is plain ASCII. A JSON text stays the same JSON value.
 *
 * Why: SQS takes only part of Unicode in a message (no U+FFFE, U+FFFF, most control characters or lone
 * surrogates) and emulators take less (fauxqs refuses emoji); an ASCII body is accepted by every one.
 *
 * @example
 * asciiJsonText('{"name":"Siân 🌹"}'); // '{"name":"Si\\u00e2n \\ud83c\\udf39"}'
 */
export const asciiJsonText = (text: string): string => text.replace(nonAscii, escapeUnit);

/**
 * `JSON.stringify(value)` with every non-ASCII character escaped as `\uXXXX`: the one way the platform
 * serialises a message for SQS (the outbox relay, the fund's donation queue, dead-letter sends), so that
 * any text a request may carry is a body every queue accepts. `JSON.parse` gives back the same value.
 *
 * @example
 * ```ts
 * await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: asciiJson(event) }));
 * asciiJson({ mpName: 'Ealasaid NicDhòmhnaill' }); // '{"mpName":"Ealasaid NicDh\\u00f2mhnaill"}'
 * ```
 */
export const asciiJson = (value: unknown): string => asciiJsonText(JSON.stringify(value));
