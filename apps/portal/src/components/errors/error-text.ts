import type { TFunction } from 'i18next';
import { ApiError } from '@/lib/api-client';

/** What to tell the user about a failure: the API's own message when it gave one. */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network');
    if (error.message) return error.message;
    if (error.status === 429) return t('errors.tooManyRequests');
    if (error.status >= 500) return t('errors.server', { status: error.status });
  }
  return t('errors.generic');
}

/** A lazily loaded chunk that failed to load: usually a new deployment replaced it, so reload. */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message)
  );
}
