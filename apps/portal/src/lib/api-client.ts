import { createApiClient } from '@icspa/api-client';
import type { ErrorDetail } from '@icspa/domain';
import i18n from 'i18next';

/** The API lives on the same origin under /api; the session travels in its httpOnly cookie. */
export const api = createApiClient('');

// Content comes in the reader's language: the portal's, when the user has not saved one (signed out, or
// before their first choice), rather than whatever the browser would send.
api.use({
  onRequest({ request }) {
    const language = i18n.resolvedLanguage ?? i18n.language;
    if (language) request.headers.set('Accept-Language', language);
    return request;
  },
});

/** What the API's error body says beyond `message`: the code of each problem, its field and parameters. */
export interface ApiErrorDetail {
  code?: string;
  field?: string;
  params?: Record<string, string | number>;
  /** Each problem, when the API reported several. */
  errors?: ErrorDetail[];
}

/**
 * An API failure, carrying the `{ statusCode, error, message, code, field?, params?, errors? }` body the API
 * always returns. `problems` lists each coded problem (one, or each of `errors`); empty for an answer
 * without a code (an older API, a proxy's error page).
 */
export class ApiError extends Error {
  readonly code?: string;
  readonly field?: string;
  readonly params?: Record<string, string | number>;
  readonly problems: readonly ErrorDetail[];

  constructor(
    readonly status: number,
    message: string,
    readonly error?: string,
    detail: ApiErrorDetail = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = detail.code;
    this.field = detail.field;
    this.params = detail.params;
    this.problems = detail.errors?.length
      ? detail.errors
      : detail.code
        ? [{ code: detail.code, field: detail.field, params: detail.params, message }]
        : [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function paramsOf(value: unknown): Record<string, string | number> | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value).filter(
    (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
  );
  return Object.fromEntries(entries);
}

/** The coded problem of an error body (or of one of its `errors`), when it has a code. */
function problemOf(value: unknown): ErrorDetail | undefined {
  if (!isRecord(value) || typeof value.code !== 'string') return undefined;
  return {
    code: value.code,
    field: typeof value.field === 'string' ? value.field : undefined,
    params: paramsOf(value.params),
    message: typeof value.message === 'string' ? value.message : '',
  };
}

/** The code, field, parameters and problems of an error body, as far as it has them. */
export function errorDetailOf(body: unknown): ApiErrorDetail {
  const first = problemOf(body);
  if (!first) return {};
  const errors = isRecord(body) && Array.isArray(body.errors) ? body.errors.map(problemOf) : [];
  return {
    code: first.code,
    field: first.field,
    params: first.params,
    errors: errors.every((e): e is ErrorDetail => e !== undefined) ? errors : undefined,
  };
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
      errorDetailOf(error),
    );
  }
  return data as T;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
