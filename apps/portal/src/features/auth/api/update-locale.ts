import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { setLanguage, type LanguageCode } from '@/lib/i18n';
import { getMeQueryOptions, isOtherThanMe } from './get-me';

/** Saves the signed-in user's portal language, so it follows them to any browser. */
export function updateLocale(locale: LanguageCode) {
  return unwrap(api.PATCH('/api/auth/me', { body: { locale } }));
}

/** Switches the portal's language now and remembers it for the user. */
export function useChangeLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (locale: LanguageCode) => {
      await setLanguage(locale);
      return updateLocale(locale);
    },
    onSuccess: async (me) => {
      queryClient.setQueryData(getMeQueryOptions().queryKey, me);
      // Content comes in the reader's language: what is loaded is fetched again in the new one.
      await queryClient.invalidateQueries({ predicate: isOtherThanMe });
    },
  });
}
