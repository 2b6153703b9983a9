import { ROLES } from '@icspa/domain';
import { listRoutes, RouteInfo, sampleUrl } from './routes';
import { TestApp, TestUser } from './test-app';

/**
 * Deny by default, proven over the whole route table: every route declares who may call it; without
 * a session every non-public route answers 401; a signed-in role outside the declaration gets 403.
 */
describe('access rules on every route', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  const users = {} as Record<(typeof ROLES)[number], TestUser>;

  beforeAll(async () => {
    t = await TestApp.start();
    routes = listRoutes(t.app);
    for (const role of ROLES) users[role] = await t.signIn(role);
  });
  afterAll(() => t.close());

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.map((r) => `${r.method} ${r.path}`)).toContain('GET /api/auth/me');
  });

  it('has no route without a declared access rule', () => {
    const undeclared = routes
      .filter((r) => !r.access)
      .map((r) => `${r.method} ${r.path} (${r.controller}.${r.handler})`);
    expect(undeclared).toEqual([]);
  });

  it('answers 401 without a session on every non-public route', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.access?.kind === 'roles')) {
      const response = await t.inject({
        method: route.method,
        url: sampleUrl(route.path),
        payload: route.method === 'GET' ? undefined : {},
      });
      if (response.statusCode !== 401) failures.push(`${route.method} ${route.path} → ${response.statusCode}`);
      else
        expect(response.json()).toEqual({
          statusCode: 401,
          error: 'Unauthorized',
          message: 'Sign in first',
          code: 'auth.sign_in_first',
        });
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to every role the route does not declare', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const route of routes) {
      if (route.access?.kind !== 'roles') continue;
      for (const role of ROLES.filter((r) => !(route.access as { roles: readonly string[] }).roles.includes(r))) {
        checked++;
        const response = await t.inject({
          method: route.method,
          url: sampleUrl(route.path),
          cookie: users[role].cookie,
          payload: route.method === 'GET' ? undefined : {},
        });
        if (response.statusCode !== 403)
          failures.push(`${role}: ${route.method} ${route.path} → ${response.statusCode}`);
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });

  it('answers 404 in the common error shape for unknown API paths', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/no-such-thing', cookie: users.admin.cookie });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('forbids caching of API answers: the signed-in user, lists and errors', async () => {
    for (const url of ['/api/auth/me', '/api/cohorts', '/api/users']) {
      const response = await t.inject({ method: 'GET', url, cookie: users.admin.cookie });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
    }
    const anonymous = await t.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['cache-control']).toBe('no-store');
  });

  it('sends security headers', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('sends the same full set of security headers on answers, refusals and unknown routes', async () => {
    const answers = [
      await t.inject({ method: 'GET', url: '/api/health/live' }),
      await t.inject({ method: 'GET', url: '/api/auth/me', cookie: users.officer.cookie }),
      await t.inject({ method: 'GET', url: '/api/auth/me' }),
      await t.inject({ method: 'GET', url: '/api/no-such-route' }),
      await t.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 42 } }),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 401, 404, 400]);
    const security = (r: (typeof answers)[number]) =>
      Object.fromEntries(
        [
          'content-security-policy',
          'cross-origin-opener-policy',
          'cross-origin-resource-policy',
          'origin-agent-cluster',
          'referrer-policy',
          'strict-transport-security',
          'x-content-type-options',
          'x-dns-prefetch-control',
          'x-download-options',
          'x-frame-options',
          'x-permitted-cross-domain-policies',
          'x-xss-protection',
        ].map((name) => [name, r.headers[name]]),
      );
    const first = security(answers[0]);
    expect(Object.values(first).every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    expect(first['x-frame-options']).toBe('SAMEORIGIN');
    expect(first['content-security-policy']).toContain("frame-ancestors 'none'");
    for (const r of answers) expect(security(r)).toEqual(first);
    expect(answers[0].headers['x-powered-by']).toBeUndefined();
  });

  it('allows CORS only from the configured origins', async () => {
    const allowed = await t.inject({
      method: 'OPTIONS',
      url: '/api/auth/me',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const denied = await t.inject({
      method: 'OPTIONS',
      url: '/api/auth/me',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(denied.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers a request without Origin (same-origin, or not a browser) with Vary: Origin, and * only for public documents', async () => {
    const plain = await t.inject({ method: 'GET', url: '/api/auth/me', cookie: users.officer.cookie });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers.vary).toMatch(/\bOrigin\b/);
    expect(Object.keys(plain.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    // What any origin may read says so to every reader: a shared cache that ignores Vary cannot strand a browser.
    for (const url of ['/api/credentials/jwks.json', '/.well-known/did.json']) {
      const document = await t.inject({ method: 'GET', url });
      expect({ url, status: document.statusCode, allow: document.headers['access-control-allow-origin'] }).toEqual({
        url,
        status: 200,
        allow: '*',
      });
      expect(document.headers['access-control-allow-credentials']).toBeUndefined();
      expect(document.headers.vary).toMatch(/\bOrigin\b/);
    }
    const fromPortal = await t.inject({
      method: 'GET',
      url: '/api/auth/me',
      cookie: users.officer.cookie,
      headers: { origin: 'http://localhost:5173' },
    });
    expect(fromPortal.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(fromPortal.headers['access-control-allow-credentials']).toBe('true');
    expect(fromPortal.headers.vary).toMatch(/\bOrigin\b/);
    const fromVerifier = await t.inject({
      method: 'GET',
      url: '/api/credentials/jwks.json',
      headers: { origin: 'https://verifier.example' },
    });
    expect(fromVerifier.headers['access-control-allow-origin']).toBe('*');
  });

  it('reports PostgreSQL, Redis and the queue in /api/health', async () => {
    const response = await t.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      details: {
        database: { status: 'up' },
        redis: { status: 'up' },
        queue: { waiting: expect.any(Number), oldestPendingRequestSeconds: null },
      },
    });
  });

  it('serves the queue board to admins only', async () => {
    expect((await t.inject({ method: 'GET', url: '/api/admin/queues' })).statusCode).toBe(401);
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect({
        role,
        status: (await t.inject({ method: 'GET', url: '/api/admin/queues', cookie: users[role].cookie })).statusCode,
      }).toEqual({ role, status: 403 });
    }
    const page = await t.inject({ method: 'GET', url: '/api/admin/queues', cookie: users.admin.cookie });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const api = await t.inject({ method: 'GET', url: '/api/admin/queues/api/queues', cookie: users.admin.cookie });
    expect(api.statusCode).toBe(200);
    expect(JSON.stringify(api.json())).toContain('trainer-assignment');
    expect(
      (await t.inject({ method: 'GET', url: '/api/admin/queues/api/queues', cookie: users.officer.cookie })).statusCode,
    ).toBe(403);
  });
});
