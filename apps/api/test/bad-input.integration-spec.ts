import { ROLES, type Role } from '@icspa/domain';
import { buildOpenApiDocument } from '../src/app.factory';
import { listRoutes, RouteInfo, sampleUrl } from './routes';
import { TestApp, TestUser } from './test-app';

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  items?: Schema;
}

interface Operation {
  parameters?: Array<{ in: string; name: string; schema?: Schema }>;
  requestBody?: { content: { 'application/json'?: { schema: Schema } } };
}

/** Values of the wrong type for a property of this schema. */
function wrongValues(schema: Schema): unknown[] {
  if (schema.enum) return ['not-one-of-them', 42];
  switch (schema.type) {
    case 'string':
      return [
        12345,
        { nested: true },
        ['a'],
        ...(schema.format === 'uuid' ? ['not-a-uuid'] : []),
        ...(schema.maxLength ? ['x'.repeat(schema.maxLength + 1)] : []),
      ];
    case 'number':
    case 'integer':
      return ['twelve', true, ...(schema.minimum !== undefined ? [schema.minimum - 1] : [])];
    case 'boolean':
      return ['yes', 1];
    case 'array':
      return ['not-an-array', 7];
    default:
      return [Symbol.for('skip')];
  }
}

/**
 * Every write route, fed a set of bad bodies derived from its own OpenAPI schema: each answers 400
 * naming the field (never 500), and nothing is written.
 */
describe('bad input on every write route', () => {
  let t: TestApp;
  let admin: TestUser;
  const callers = {} as Record<Role, TestUser>;
  /** A caller the route admits, so validation (not the role check) answers. */
  const callerFor = (route: RouteInfo): TestUser => {
    const roles = route.access?.kind === 'roles' ? route.access.roles : ROLES;
    return roles.includes('admin') ? admin : callers[roles[0]];
  };
  let writes: Array<RouteInfo & { schema?: Schema }>;
  let reads: Array<RouteInfo & { query: Array<{ name: string; schema?: Schema }> }>;
  let resolve: (s?: Schema) => Schema | undefined;
  let unitId: string;
  let firmId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    for (const role of ROLES) callers[role] = role === 'admin' ? admin : await t.signIn(role);
    unitId = await t.createUnit('UA');
    firmId = await t.createFirm();
    const doc = buildOpenApiDocument(t.app) as unknown as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, Schema> };
    };
    resolve = (s?: Schema): Schema | undefined => (s?.$ref ? doc.components.schemas[s.$ref.split('/').pop()!] : s);
    reads = listRoutes(t.app)
      .filter((r) => r.method === 'GET')
      .map((r) => ({
        ...r,
        query: (doc.paths[r.path.replace(/:(\w+)/g, '{$1}')]?.get?.parameters ?? []).filter((p) => p.in === 'query'),
      }))
      .filter((r) => r.query.length > 0);
    writes = listRoutes(t.app)
      .filter((r) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method) && r.access?.kind === 'roles')
      .map((r) => {
        const op = doc.paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
        // A route taking a file (the translation import) has no JSON schema: only the content-type checks apply.
        return { ...r, schema: resolve(op?.requestBody?.content['application/json']?.schema) };
      });
  });
  afterAll(() => t.close());

  /** Counts rows in every table, to prove a refused request wrote nothing. */
  async function tableCounts(): Promise<Record<string, number>> {
    const tables: { table_name: string }[] = await t.db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const counts: Record<string, number> = {};
    for (const { table_name } of tables)
      counts[table_name] = Number((await t.db.query(`SELECT count(*) FROM "${table_name}"`))[0].count);
    return counts;
  }

  function urlFor(route: RouteInfo): string {
    return sampleUrl(route.path, {
      id: route.path.includes('police-units') ? unitId : route.path.includes('member-firms') ? firmId : admin.id,
    });
  }

  it('covers the write routes', () => {
    expect(writes.length).toBeGreaterThanOrEqual(6);
  });

  it('answers 400 naming the field for unknown fields, wrong types and over-long strings, and writes nothing', async () => {
    const before = await tableCounts();
    const failures: string[] = [];
    let sent = 0;
    for (const route of writes.filter((w) => w.schema?.properties)) {
      // Fields an officer might try to slip in, where the route does not take them.
      const cases: Array<{ field: string; body: unknown }> = ['status', 'capacity', 'role']
        .filter((field) => !route.schema!.properties![field])
        .map((field) => ({ field, body: { [field]: 'x' } }));
      for (const [field, prop] of Object.entries(route.schema!.properties!)) {
        for (const value of wrongValues(prop))
          if (value !== Symbol.for('skip')) cases.push({ field, body: { [field]: value } });
      }
      for (const c of cases) {
        sent++;
        const response = await t.inject({
          method: route.method,
          url: urlFor(route),
          cookie: callerFor(route).cookie,
          payload: c.body as object,
        });
        const body = response.json();
        if (response.statusCode !== 400 || !String(body.message).includes(c.field)) {
          failures.push(
            `${route.method} ${route.path} ${JSON.stringify(c.body).slice(0, 80)} → ${response.statusCode} ${body.message}`,
          );
        }
      }
    }
    expect(sent).toBeGreaterThan(50);
    expect(failures).toEqual([]);
    const after = await tableCounts();
    // Sign-ins of this file write sessions only; nothing else may change.
    expect({ ...after, session: 0 }).toEqual({ ...before, session: 0 });
  });

  it('answers 400 for malformed JSON, non-object bodies and non-JSON content types', async () => {
    const failures: string[] = [];
    for (const route of writes.filter((w) => w.schema)) {
      const attempts = [
        { payload: '{"name": ', headers: { 'content-type': 'application/json' }, expect: [400], mention: 'body' },
        { payload: '[1,2,3]', headers: { 'content-type': 'application/json' }, expect: [400], mention: '' },
        { payload: '"just a string"', headers: { 'content-type': 'application/json' }, expect: [400], mention: '' },
        { payload: 'name=x', headers: { 'content-type': 'text/plain' }, expect: [415], mention: 'content-type' },
      ];
      for (const a of attempts) {
        const response = await t.inject({
          method: route.method,
          url: urlFor(route),
          cookie: callerFor(route).cookie,
          payload: a.payload,
          headers: a.headers,
        });
        if (!a.expect.includes(response.statusCode) || !String(response.json().message).includes(a.mention)) {
          failures.push(`${route.method} ${route.path} ${a.payload} → ${response.statusCode} ${response.body}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 400 naming the parameter for malformed ids in the path', async () => {
    const failures: string[] = [];
    for (const route of listRoutes(t.app).filter((r) => /:id\b/.test(r.path))) {
      const url = sampleUrl(route.path.replace(':id', 'not-a-uuid'));
      const response = await t.inject({
        method: route.method,
        url,
        cookie: callerFor(route).cookie,
        payload: route.method === 'GET' ? undefined : {},
      });
      if (response.statusCode !== 400 || !response.json().message.startsWith('id:'))
        failures.push(`${route.method} ${route.path} → ${response.statusCode} ${response.json().message}`);
    }
    const code = await t.inject({ method: 'PATCH', url: '/api/countries/ukraine', cookie: admin.cookie, payload: {} });
    expect(code.statusCode).toBe(400);
    expect(code.json().message).toMatch(/^code:/);
    expect(failures).toEqual([]);
  });

  it('answers 400 naming the query parameter for bad list queries', async () => {
    for (const url of [
      '/api/users?pageSize=1000',
      '/api/users?page=0',
      '/api/users?page=abc',
      '/api/police-units?country=ukraine',
      '/api/users?role=chief',
      '/api/users?unknown=1',
    ]) {
      const response = await t.inject({ method: 'GET', url, cookie: admin.cookie });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 400 });
      const param = new URL(url, 'http://x').searchParams.keys().next().value as string;
      expect(response.json().message).toContain(param);
    }
  });
  /** The fields of a body schema, with the array fields of its array items (`answers.0.optionIds`). */
  function bodyFields(schema: Schema): Array<{ path: string[]; schema: Schema }> {
    const fields: Array<{ path: string[]; schema: Schema }> = [];
    for (const [name, prop] of Object.entries(schema.properties ?? {})) {
      fields.push({ path: [name], schema: prop });
      const item = prop.type === 'array' ? resolve(prop.items) : undefined;
      for (const [inner, innerProp] of Object.entries(item?.properties ?? {}))
        fields.push({ path: [name, '0', inner], schema: innerProp });
    }
    return fields;
  }

  /** A body holding `value` at `path` (inside an array item, the item's other fields are left out). */
  function bodyAt(path: string[], value: unknown): Record<string, unknown> {
    if (path.length === 1) return { [path[0]]: value };
    return { [path[0]]: [{ [path[2]]: value }] };
  }

  async function send(route: RouteInfo, payload: unknown, headers?: Record<string, string>) {
    return t.inject({
      method: route.method,
      url: urlFor(route),
      cookie: callerFor(route).cookie,
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      headers: { 'content-type': 'application/json', ...headers },
    });
  }

  it('refuses 100,000-item arrays in every array field of every write route, naming the field, in a short answer', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const route of writes.filter((w) => w.schema?.properties)) {
      for (const field of bodyFields(route.schema!).filter((f) => f.schema.type === 'array')) {
        for (const item of [{}, 'x', 0]) {
          sent++;
          const response = await send(route, bodyAt(field.path, new Array(100_000).fill(item)));
          const name = field.path.join('.');
          if (
            response.statusCode !== 400 ||
            !String(response.json().message).includes(name) ||
            response.body.length > 5000
          )
            failures.push(
              `${route.method} ${route.path} ${name}[${JSON.stringify(item)}] → ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
        }
      }
    }
    expect(sent).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });

  it('caps the problems a 400 lists, however many the body holds', async () => {
    const submit = writes.find((w) => w.path === '/api/attempts/:id/submit')!;
    const answers = new Array(100).fill({ questionId: 'x'.repeat(200), optionIds: ['y', 'z'], extra: 'w'.repeat(300) });
    const response = await send(submit, { answers });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('answers.0.');
    expect(response.body.length).toBeLessThan(5000);
  });

  it('refuses 5,000-deep nesting in any field at parse time, naming the field', async () => {
    const failures: string[] = [];
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    for (const route of writes.filter((w) => w.schema?.properties)) {
      for (const field of Object.keys(route.schema!.properties!)) {
        const objects = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
        for (const nested of [deep(5000), objects]) {
          const response = await send(route, `{"${field}": ${nested}}`);
          if (response.statusCode !== 400 || !String(response.json().message).startsWith(`${field}:`))
            failures.push(
              `${route.method} ${route.path} ${field} → ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
        }
      }
      const response = await send(route, deep(5000));
      if (response.statusCode !== 400 || !String(response.json().message).startsWith('body:'))
        failures.push(`${route.method} ${route.path} body → ${response.statusCode} ${response.body.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a NUL character in every string field of every write route, naming the field', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const route of writes.filter((w) => w.schema?.properties)) {
      for (const field of bodyFields(route.schema!)) {
        const values =
          field.schema.type === 'string' || field.schema.enum
            ? ['a\u0000b']
            : field.schema.type === 'array'
              ? [['a\u0000b']]
              : [];
        for (const value of values) {
          sent++;
          const response = await send(route, bodyAt(field.path, value));
          const name = field.path.join('.');
          if (response.statusCode !== 400 || !String(response.json().message).includes(name))
            failures.push(
              `${route.method} ${route.path} ${name} → ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
        }
      }
    }
    expect(sent).toBeGreaterThan(30);
    expect(failures).toEqual([]);
  });

  it('refuses a NUL character in every query parameter, naming it', async () => {
    const failures: string[] = [];
    for (const route of reads)
      for (const { name } of route.query) {
        const response = await t.inject({
          method: 'GET',
          url: `${urlFor(route)}?${name}=a%00b`,
          cookie: callerFor(route).cookie,
        });
        if (response.statusCode !== 400 || !String(response.json().message).includes(name))
          failures.push(`GET ${route.path}?${name} → ${response.statusCode} ${response.body.slice(0, 200)}`);
      }
    expect(reads.length).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });

  it('answers numeric extremes in query parameters and body fields without a 5xx, naming the field when refused', async () => {
    const failures: string[] = [];
    const extremes = ['1e308', '-1e308', '1e20'];
    for (const route of reads)
      for (const { name, schema } of route.query.filter((q) => ['number', 'integer'].includes(q.schema?.type ?? ''))) {
        for (const value of extremes) {
          const response = await t.inject({
            method: 'GET',
            url: `${urlFor(route)}?${name}=${value}`,
            cookie: callerFor(route).cookie,
          });
          const refusedByName = response.statusCode === 400 && String(response.json().message).includes(name);
          // Page and page size are bounded; other numbers must at least never fail the server.
          const bounded = ['page', 'pageSize'].includes(name) || schema?.maximum !== undefined;
          if (bounded ? !refusedByName : response.statusCode >= 500 || (response.statusCode === 400 && !refusedByName))
            failures.push(`GET ${route.path}?${name}=${value} → ${response.statusCode} ${response.body.slice(0, 200)}`);
        }
      }
    for (const route of writes.filter((w) => w.schema?.properties))
      for (const field of bodyFields(route.schema!).filter((f) =>
        ['number', 'integer'].includes(f.schema.type ?? ''),
      )) {
        for (const value of extremes) {
          const response = await send(
            route,
            `{"${field.path[0]}": ${field.path.length === 1 ? value : `[{"${field.path[2]}": ${value}}]`}}`,
          );
          const name = field.path.join('.');
          if (
            response.statusCode >= 500 ||
            (response.statusCode === 400 && !String(response.json().message).includes(name))
          )
            failures.push(
              `${route.method} ${route.path} ${name}=${value} → ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
        }
      }
    for (const url of ['/api/users?page=1e308', '/api/users?page=1e20', '/api/users?pageSize=1e308']) {
      const response = await t.inject({ method: 'GET', url, cookie: admin.cookie });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 400 });
      expect(response.json().message).toMatch(/^page(Size)?:/);
    }
    expect(failures).toEqual([]);
  });

  it('answers 415 naming the content type for form bodies on every write route', async () => {
    const failures: string[] = [];
    for (const route of writes) {
      for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain']) {
        const response = await send(route, 'email=a%40b.c&password=x', { 'content-type': type });
        if (response.statusCode !== 415 || !String(response.json().message).startsWith('content-type:'))
          failures.push(
            `${route.method} ${route.path} ${type} → ${response.statusCode} ${response.body.slice(0, 200)}`,
          );
      }
    }
    // Sign-in included: a cross-site form cannot sign a victim into the attacker's account.
    const login = await t.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: `email=${encodeURIComponent(admin.email)}&password=x`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(login.statusCode).toBe(415);
    // A write without a body still reaches its handler.
    const logout = await t.inject({
      method: 'POST',
      url: '/api/auth/logout',
      cookie: (await t.signIn('officer')).cookie,
    });
    expect(logout.statusCode).toBeLessThan(300);
    expect(failures).toEqual([]);
  });

  it('refuses (403) writes from another site, and admits the configured origins and its own', async () => {
    const login = (headers: Record<string, string>) =>
      t.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: admin.email, password: 'wrong-password-1' },
        headers,
      });
    for (const headers of <Array<Record<string, string>>>[
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: t.config.corsOrigins[0], 'sec-fetch-site': 'cross-site' },
    ]) {
      const response = await login(headers);
      expect({ headers, status: response.statusCode }).toEqual({ headers, status: 403 });
      expect(response.json().message).toMatch(/^(origin|sec-fetch-site):/);
    }
    for (const headers of <Array<Record<string, string>>>[
      {},
      { origin: t.config.corsOrigins[0], 'sec-fetch-site': 'same-site' },
      { origin: t.config.publicUrl },
      { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' },
    ]) {
      const response = await login(headers);
      expect({ headers, status: response.statusCode }).toEqual({ headers, status: 401 });
    }
    // Reads are not changed by the Origin header.
    const read = await t.inject({
      method: 'GET',
      url: '/api/health/live',
      headers: { origin: 'https://evil.example' },
    });
    expect(read.statusCode).toBe(200);
  });

  it('keeps answering /api/health/live within 1 s while every write route receives its largest hostile bodies', async () => {
    const bodies: { route: RouteInfo; payload: string | object }[] = [];
    for (const route of writes.filter((w) => w.schema?.properties)) {
      const fields = bodyFields(route.schema!);
      // Every array field of the route at 100,000 items at once, and 100,000-deep nesting in its first field.
      const arrays = fields.filter((f) => f.schema.type === 'array');
      if (arrays.length)
        bodies.push({
          route,
          payload: arrays.reduce<object>((body, f) => mergeDeep(body, bodyAt(f.path, new Array(100_000).fill({}))), {}),
        });
      const first = Object.keys(route.schema!.properties!)[0];
      bodies.push({ route, payload: `{"${first}":${'['.repeat(100_000)}${']'.repeat(100_000)}}` });
    }
    expect(bodies.length).toBeGreaterThan(50);
    let done = false;
    const latencies: number[] = [];
    const probe = (async () => {
      while (!done) {
        const started = Date.now();
        const response = await t.inject({ method: 'GET', url: '/api/health/live' });
        expect(response.statusCode).toBe(200);
        latencies.push(Date.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const failures: string[] = [];
    // Twenty in flight at a time, so the probe measures the loop, not the test's own memory.
    for (let i = 0; i < bodies.length; i += 20) {
      const batch = bodies.slice(i, i + 20);
      const responses = await Promise.all(batch.map(({ route, payload }) => send(route, payload)));
      responses.forEach((r, j) => {
        if (r.statusCode >= 500 || r.body.length > 5000)
          failures.push(`${batch[j].route.method} ${batch[j].route.path} → ${r.statusCode} (${r.body.length} bytes)`);
      });
    }
    done = true;
    await probe;
    expect(failures).toEqual([]);
    expect(latencies.length).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(1000);
  });

  it('keeps answering /api/health/live within 1 s while the largest hostile bodies are in flight', async () => {
    const submit = writes.find((w) => w.path === '/api/attempts/:id/submit')!;
    const bodies = [
      JSON.stringify({ answers: new Array(100_000).fill({}) }),
      JSON.stringify({ answers: new Array(100_000).fill({ questionId: 'x', optionIds: [] }).slice(0, 20_000) }),
      JSON.stringify({ answers: new Array(200_000).fill('x') }),
      '{"answers":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}',
      JSON.stringify({ answers: [{ questionId: 'a', optionIds: new Array(100_000).fill('x') }] }),
      JSON.stringify({ answers: ['\u0000'.repeat(100_000)] }),
    ];
    let done = false;
    const latencies: number[] = [];
    const probe = (async () => {
      while (!done) {
        const started = Date.now();
        const response = await t.inject({ method: 'GET', url: '/api/health/live' });
        expect(response.statusCode).toBe(200);
        latencies.push(Date.now() - started);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const responses = await Promise.all(
      [...bodies, ...bodies].map((payload) =>
        t.inject({
          method: 'POST',
          url: urlFor(submit),
          cookie: callerFor(submit).cookie,
          payload,
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    done = true;
    await probe;
    expect(responses.map((r) => r.statusCode)).toEqual(responses.map(() => 400));
    expect(responses.every((r) => r.body.length < 5000)).toBe(true);
    expect(latencies.length).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(1000);
  });
});

/** `a` with `b`'s fields added, objects merged key by key (bodies of several hostile fields at once). */
function mergeDeep(a: object, b: object): object {
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [key, value] of Object.entries(b)) {
    const current = out[key];
    out[key] =
      current && value && typeof current === 'object' && typeof value === 'object' && !Array.isArray(value)
        ? mergeDeep(current as object, value as object)
        : value;
  }
  return out;
}
