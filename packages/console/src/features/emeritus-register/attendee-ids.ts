/**
 * MP ids pasted one per line, or separated by commas, semicolons or spaces: each once, in the order given.
 *
 * @example
 * pastedIds('mp-1, mp-2\nmp-1'); // ['mp-1', 'mp-2']
 */
export const pastedIds = (text: string): string[] => [...new Set(text.split(/[\s,;]+/).filter((id) => id !== ''))];
