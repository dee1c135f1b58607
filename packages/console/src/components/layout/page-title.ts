import { useEffect } from 'react';

export const SERVICE_NAME = 'Selections platform';

/**
 * Names the page in the document title, prefixed "Error: " while the page shows errors (as the GOV.UK
 * Design System asks), so a screen reader user hears which page they are on and that it was refused.
 */
export const usePageTitle = (title: string, hasErrors = false): void => {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} - ${SERVICE_NAME}`;
  }, [title, hasErrors]);
};
