import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api, unwrap } from '@/lib/api-client';
import { browserTimeZone } from '@/lib/time-zones';
import { getMeQueryOptions, type Me } from './get-me';

/** Saves the time zone the user reads times in (calendars, e-mails). */
export function updateTimeZone(timeZone: string) {
  return unwrap(api.PATCH('/api/auth/me', { body: { timeZone } }));
}

export function useUpdateTimeZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTimeZone,
    onSuccess: (me) => {
      queryClient.setQueryData(getMeQueryOptions().queryKey, me);
      return queryClient.invalidateQueries({ queryKey: ['calendar'] });
    },
  });
}

/** A user without a time zone gets the browser's, once, on their first signed-in page (editable in the profile). */
export function useDefaultTimeZone(me: Me | undefined) {
  const update = useUpdateTimeZone();
  const asked = useRef(false);
  useEffect(() => {
    if (!me || me.timeZone || asked.current) return;
    asked.current = true;
    update.mutate(browserTimeZone());
  }, [me, update]);
}
