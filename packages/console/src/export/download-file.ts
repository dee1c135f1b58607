/**
 * Offers `file` to the browser as a download named `fileName`, as a link with `download` would, for a file
 * made in the page or fetched with the session's token.
 *
 * @example
 * downloadFile('timetable.ics', await response.blob());
 */
export const downloadFile = (fileName: string, file: Blob): void => {
  const url = URL.createObjectURL(file);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
};
