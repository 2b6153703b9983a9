import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type { components, paths };
export type Schemas = components['schemas'];

/** A typed client for the Icspa Academy API; the session travels in the httpOnly cookie. */
export function createApiClient(baseUrl = '') {
  return createClient<paths>({ baseUrl, credentials: 'include' });
}

export type ApiClient = ReturnType<typeof createApiClient>;
