import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** Asks the worker to take the figures from the raw data again (admins); answers at once with the job's id. */
export function refreshUptake() {
  return unwrap(api.POST('/api/reporting/uptake/refresh', { body: {} }));
}

export function useRefreshUptake() {
  return useMutation({ mutationFn: refreshUptake });
}
