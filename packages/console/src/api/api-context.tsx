import { createContext, useContext } from 'react';
import type { ApiClient } from './client.ts';

export const ApiContext = createContext<ApiClient | undefined>(undefined);

/** The typed API client of the signed-in session. */
export const useApi = (): ApiClient => {
  const client = useContext(ApiContext);
  if (client === undefined) throw new Error('useApi needs an ApiContext above it');
  return client;
};
