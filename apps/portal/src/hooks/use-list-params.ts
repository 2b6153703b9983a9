import { useSearchParams } from 'react-router';
import { parsePage } from '@/lib/pagination';

/**
 * A list's page and filters, kept in the URL so a list can be bookmarked and Back works.
 * Links that change them are built with `config/paths`.
 */
export function useListParams<const K extends string>(
  filters: readonly K[] = [],
): { page: number } & Record<K, string | undefined> {
  const [params] = useSearchParams();
  const result = { page: parsePage(params.get('page')) } as { page: number } & Record<K, string | undefined>;
  for (const name of filters) (result as Record<string, unknown>)[name] = params.get(name) || undefined;
  return result;
}
