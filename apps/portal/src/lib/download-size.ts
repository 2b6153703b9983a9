import { queryOptions } from '@tanstack/react-query';

/**
 * The size of a file a link downloads, asked with a `HEAD` request (headers only, no body): the API
 * answers `Content-Length` for its PDF and CSV downloads. Null when the answer has no usable length.
 */
export async function getDownloadSize(href: string, signal?: AbortSignal): Promise<number | null> {
  const response = await fetch(href, { method: 'HEAD', credentials: 'same-origin', signal });
  if (!response.ok) return null;
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isSafeInteger(length) && length > 0 ? length : null;
}

export const downloadSizeQueryKey = (href: string) => ['download-size', href] as const;

/** A size is asked once per link and kept a few minutes; a failure only leaves the size out. */
export function downloadSizeQueryOptions(href: string) {
  return queryOptions({
    queryKey: downloadSizeQueryKey(href),
    queryFn: ({ signal }) => getDownloadSize(href, signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
