// In Node (a loader's redirect is a fetch `Response`, which jsdom lacks), with a stub of the device's storage.
import { isRouteErrorResponse } from 'react-router';
import { ME_QUERY_KEY } from '@/features/auth/api/get-me';
import { api } from '@/lib/api-client';
import { createTestQueryClient } from '@/testing/render';
import { homeLoader, myLearningLoader, provideLoaderQueryClient } from './route-loaders';

const ORIGIN = 'http://portal.test';

const storage = new Map<string, string>();
Object.assign(globalThis, {
  localStorage: {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => void storage.set(key, value),
    removeItem: (key: string) => void storage.delete(key),
    clear: () => storage.clear(),
  },
});
const KEPT_ME = 'icspa.offline.me';
const officer = { id: 'u1', role: 'officer', displayName: 'Ola', locale: 'en' };
const admin = { id: 'u2', role: 'admin', displayName: 'Ada', locale: 'en' };

/** What openapi-fetch resolves to for a 200 answer. */
const ok = (data: unknown) => ({ data, error: undefined, response: { ok: true, status: 200 } as Response });

/** The paths and queries the loaders asked the API for, in order. */
function asked(): string[] {
  return (api.GET as unknown as jest.Mock).mock.calls.map(([path, init]) => {
    const query = (init as { params?: { query?: Record<string, unknown> } } | undefined)?.params?.query;
    return query ? `${path} ${JSON.stringify(query)}` : String(path);
  });
}

describe('Route loaders: a page’s requests start with the navigation, beside its code', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    localStorage.clear();
  });

  it('My learning asks for its list at once, with the page and status of the address', () => {
    const queryClient = createTestQueryClient();
    provideLoaderQueryClient(queryClient);
    jest.spyOn(api, 'GET').mockReturnValue(new Promise(() => undefined) as never);
    expect(myLearningLoader({ request: { url: `${ORIGIN}/learning?status=completed&page=2` } })).toBeNull();
    expect(asked()).toEqual(['/api/enrolments {"page":2,"pageSize":20,"status":"completed","mine":"true"}']);
    // The same key as the page's own query (`useEnrolments({ page, status, mine: true })`), so it is not asked twice.
    expect(
      queryClient
        .getQueryCache()
        .find({ queryKey: ['enrolments', 'list', { page: 2, status: 'completed', mine: true }] }),
    ).toBeDefined();
  });

  it('an unknown status or page in the address is asked for as the page reads it (none, page 1)', () => {
    provideLoaderQueryClient(createTestQueryClient());
    jest.spyOn(api, 'GET').mockReturnValue(new Promise(() => undefined) as never);
    myLearningLoader({ request: { url: `${ORIGIN}/learning?status=bogus&page=-3` } });
    expect(asked()).toEqual(['/api/enrolments {"page":1,"pageSize":20,"mine":"true"}']);
  });

  it('home sends an officer straight to My learning once /api/auth/me answers', async () => {
    provideLoaderQueryClient(createTestQueryClient());
    jest.spyOn(api, 'GET').mockResolvedValue(ok(officer) as never);
    const result = await homeLoader({ request: { url: `${ORIGIN}/` } });
    expect(result).toBeInstanceOf(Response);
    expect((result as Response).status).toBe(302);
    expect((result as Response).headers.get('Location')).toBe('/learning');
  });

  it('home stays for an admin, and for no session (the guard sends to sign-in)', async () => {
    const queryClient = createTestQueryClient();
    provideLoaderQueryClient(queryClient);
    queryClient.setQueryData(ME_QUERY_KEY, admin);
    jest.spyOn(api, 'GET');
    expect(await homeLoader({ request: { url: `${ORIGIN}/` } })).toBeNull();
    queryClient.setQueryData(ME_QUERY_KEY, null);
    expect(await homeLoader({ request: { url: `${ORIGIN}/` } })).toBeNull();
    expect(api.GET).not.toHaveBeenCalled();
  });

  it('home does not fail the navigation when /api/auth/me fails: the guard shows the error', async () => {
    provideLoaderQueryClient(createTestQueryClient());
    jest.spyOn(api, 'GET').mockRejectedValue(new TypeError('Failed to fetch') as never);
    const result = await homeLoader({ request: { url: `${ORIGIN}/` } });
    expect(result).toBeNull();
    expect(isRouteErrorResponse(result)).toBe(false);
  });

  it('with a unit user kept on this device, My learning’s list is asked for beside /api/auth/me, not after it', async () => {
    localStorage.setItem(KEPT_ME, JSON.stringify(officer));
    provideLoaderQueryClient(createTestQueryClient());
    let answerMe: (value: unknown) => void = () => undefined;
    jest
      .spyOn(api, 'GET')
      .mockImplementation(((path: string) =>
        path === '/api/auth/me'
          ? new Promise((resolve) => (answerMe = resolve))
          : new Promise(() => undefined)) as never);
    const pending = homeLoader({ request: { url: `${ORIGIN}/` } });
    // Before /api/auth/me has answered, both are on their way.
    expect(asked().sort()).toEqual(['/api/auth/me', '/api/enrolments {"page":1,"pageSize":20,"mine":"true"}']);
    answerMe(ok(officer));
    expect(((await pending) as Response).headers.get('Location')).toBe('/learning');
  });

  it('without a kept user (or with one of another role) only /api/auth/me is asked before it answers', async () => {
    localStorage.setItem(KEPT_ME, JSON.stringify(admin));
    provideLoaderQueryClient(createTestQueryClient());
    jest.spyOn(api, 'GET').mockReturnValue(new Promise(() => undefined) as never);
    void homeLoader({ request: { url: `${ORIGIN}/` } });
    expect(asked()).toEqual(['/api/auth/me']);
  });
});
