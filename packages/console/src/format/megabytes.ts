/**
 * A file's size in megabytes (MiB, as the import limits are), to one decimal place.
 *
 * @example
 * megabytes(5 * 1024 * 1024); // '5.0 MB'
 */
export const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
