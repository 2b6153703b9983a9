import { createApiClient } from '@icspa/api-client';

/** The API lives on the same origin under /api; the session travels in its httpOnly cookie. */
export const api = createApiClient('');

/** An API failure, carrying the `{ statusCode, error, message }` body the API always returns. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly error?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

function messageOf(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string' && body.message)
    return body.message;
  return undefined;
}

/**
 * Resolves to the response body, or throws an `ApiError` with the API's own message.
 * A network failure (no response at all) becomes status 0.
 */
export async function unwrap<T>(request: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, '', 'Network Error');
  }
  const { data, error, response } = result;
  if (!response.ok) {
    const body = error as { error?: unknown } | undefined;
    throw new ApiError(
      response.status,
      messageOf(error) ?? '',
      typeof body?.error === 'string' ? body.error : response.statusText,
    );
  }
  return data as T;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
