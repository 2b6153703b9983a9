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
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  items?: Schema;
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
  let unitId: string;
  let firmId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    for (const role of ROLES) callers[role] = role === 'admin' ? admin : await t.signIn(role);
    unitId = await t.createUnit('UA');
    firmId = await t.createFirm();
    const doc = buildOpenApiDocument(t.app) as unknown as {
      paths: Record<string, Record<string, { requestBody?: { content: { 'application/json': { schema: Schema } } } }>>;
      components: { schemas: Record<string, Schema> };
    };
    const resolve = (s?: Schema): Schema | undefined =>
      s?.$ref ? doc.components.schemas[s.$ref.split('/').pop()!] : s;
    writes = listRoutes(t.app)
      .filter((r) => ['POST', 'PATCH', 'PUT', 'DELETE'].includes(r.method) && r.access?.kind === 'roles')
      .map((r) => {
        const op = doc.paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()];
        return { ...r, schema: resolve(op?.requestBody?.content['application/json'].schema) };
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
});
