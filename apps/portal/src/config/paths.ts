/**
 * The one route registry: every route and every link is built from here, never from a string literal.
 * `path` is the router pattern, `getHref` builds a link to it.
 */

/** Query-string helper that drops empty values, so links stay short and stable. */
function withQuery(pathname: string, query: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

export interface ListQuery {
  page?: number;
}

export const paths = {
  auth: {
    signIn: {
      path: '/sign-in',
      getHref: (redirectTo?: string | null) =>
        withQuery('/sign-in', { redirectTo: redirectTo && isSafeRedirect(redirectTo) && redirectTo !== '/' ? redirectTo : undefined }),
    },
  },
  app: {
    home: { path: '/', getHref: () => '/' },
    myUnit: { path: '/my-unit', getHref: () => '/my-unit' },
    myFirm: { path: '/my-firm', getHref: () => '/my-firm' },
    users: {
      path: '/admin/users',
      getHref: (query: ListQuery & { role?: string } = {}) => withQuery('/admin/users', { role: query.role, page: pageParam(query.page) }),
    },
    policeUnits: {
      path: '/admin/police-units',
      getHref: (query: ListQuery & { region?: string; country?: string } = {}) =>
        withQuery('/admin/police-units', { region: query.region, country: query.country, page: pageParam(query.page) }),
    },
    memberFirms: {
      path: '/admin/member-firms',
      getHref: (query: ListQuery = {}) => withQuery('/admin/member-firms', { page: pageParam(query.page) }),
    },
    auditLog: {
      path: '/admin/audit-log',
      getHref: (query: ListQuery = {}) => withQuery('/admin/audit-log', { page: pageParam(query.page) }),
    },
  },
} as const;

/** Page 1 is the default: leave it out of the link. */
function pageParam(page?: number): number | undefined {
  return page && page > 1 ? page : undefined;
}

/** Only same-origin, absolute paths may be redirected to after sign-in (no `//evil.example`, no `https:`). */
export function isSafeRedirect(target: string): boolean {
  return target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') && !target.startsWith(paths.auth.signIn.path);
}

/** Where to go after signing in: the requested path when it is safe, home otherwise. */
export function redirectAfterSignIn(redirectTo: string | null | undefined): string {
  return redirectTo && isSafeRedirect(redirectTo) ? redirectTo : paths.app.home.getHref();
}
