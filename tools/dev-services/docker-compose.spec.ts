import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * docker-compose.yml is checked twice: by `docker compose config` where Docker is installed, and always by
 * the hand-written rules below, which hold what the rest of the project relies on (service names, Redis
 * persistence, health checks, start order, interpolation).
 */
const ROOT = join(__dirname, '../..');
const COMPOSE_FILE = join(ROOT, 'docker-compose.yml');
const DEPENDENCY_CONDITIONS = ['service_started', 'service_healthy', 'service_completed_successfully'];

type Service = {
  image?: unknown;
  build?: unknown;
  command?: unknown;
  ports?: unknown;
  healthcheck?: { test?: unknown };
  depends_on?: unknown;
};
type ComposeFile = { services?: unknown };

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** depends_on in either syntax (list of names, or map of name → { condition }), as name → condition. */
function dependencies(service: Service): Record<string, string> {
  const raw = service.depends_on;
  if (raw === undefined) return {};
  if (Array.isArray(raw)) return Object.fromEntries(raw.map((name) => [String(name), 'service_started']));
  if (!isMap(raw)) throw new Error(`depends_on must be a list or a map, got ${JSON.stringify(raw)}`);
  return Object.fromEntries(
    Object.entries(raw).map(([name, spec]) => [
      name,
      isMap(spec) && spec.condition ? String(spec.condition) : 'service_started',
    ]),
  );
}

function commandText(service: Service): string {
  return Array.isArray(service.command) ? service.command.join(' ') : String(service.command ?? '');
}

/** Container ports of a `ports` list, in short ("[ip:]host:container[/proto]") or long ({ target }) syntax. */
function containerPorts(service: Service): number[] {
  const ports = Array.isArray(service.ports) ? service.ports : [];
  return ports.map((entry) => {
    if (isMap(entry)) return Number(entry.target);
    const last = String(entry).split(':').pop() ?? '';
    return Number(last.split('/')[0]);
  });
}

/** Every string in the document, with its path, for the interpolation check. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (isMap(value)) return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  return [];
}

type Interpolation = { name: string; operator: string; rest: string };

/**
 * The interpolations in one value, as Compose reads them: `$$` is a literal `$`; `${NAME}`,
 * `${NAME:-default}`, `${NAME-default}`, `${NAME:?message}`, `${NAME?message}`, `${NAME:+alt}`,
 * `${NAME+alt}` (defaults may nest); `$NAME`. Throws on anything else.
 */
function interpolations(value: string): Interpolation[] {
  const found: Interpolation[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] !== '$') continue;
    const next = value[i + 1];
    if (next === '$') {
      i++;
    } else if (next === '{') {
      const end = closingBrace(value, i + 1);
      if (end < 0) throw new Error(`unclosed \${ in "${value}"`);
      const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(value.slice(i + 2, end));
      if (!match) throw new Error(`malformed "${value.slice(i, end + 1)}" in "${value}"`);
      const [, name, operator = '', rest = ''] = match;
      if (operator.endsWith('?') && rest.trim() === '') throw new Error(`"${value.slice(i, end + 1)}" needs a message`);
      found.push({ name, operator, rest }, ...interpolations(rest));
      i = end;
    } else {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(value.slice(i + 1));
      if (!match) throw new Error(`a lone $ in "${value}" (write $$ for a literal $)`);
      found.push({ name: match[0], operator: '', rest: '' });
      i += match[0].length;
    }
  }
  return found;
}

function closingBrace(value: string, open: number): number {
  let depth = 0;
  for (let i = open; i < value.length; i++) {
    if (value[i] === '{') depth++;
    else if (value[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(COMPOSE_FILE, 'utf8'), { merge: true }) as ComposeFile;
  const services = (isMap(compose.services) ? compose.services : {}) as Record<string, Service>;

  // Only where the docker compose plugin exists (it does not on the CI machine); the schema checks
  // below always run.
  const dockerCompose = spawnSync('docker', ['compose', 'version'], { stdio: 'ignore', timeout: 15_000 }).status === 0;
  (dockerCompose ? describe : () => undefined)('with docker compose', () => {
    const composeConfig = (env: NodeJS.ProcessEnv) =>
      spawnSync('docker', ['compose', '-f', COMPOSE_FILE, 'config', '-q'], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });

    it('is accepted by `docker compose config`', () => {
      const result = composeConfig({ ...process.env, SESSION_SECRET: 's'.repeat(48) });
      expect({ status: result.status, stderr: result.stderr }).toMatchObject({ status: 0 });
    });

    it('refuses to run without SESSION_SECRET', () => {
      const env = { ...process.env };
      delete env.SESSION_SECRET;
      const result = composeConfig(env);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('SESSION_SECRET');
    });
  });

  it('has a map of services, each with an image or a build', () => {
    expect(isMap(compose.services)).toBe(true);
    for (const [name, service] of Object.entries(services)) {
      expect({
        name,
        hasImageOrBuild: isMap(service) && (service.image !== undefined || service.build !== undefined),
      }).toEqual({
        name,
        hasImageOrBuild: true,
      });
    }
  });

  it('has the services the project documents', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'migrate', 'api', 'worker']));
  });

  it('runs Redis with AOF persistence and no eviction (jobs must never be dropped)', () => {
    const command = commandText(services.redis);
    expect(command).toContain('--appendonly yes');
    expect(command).toContain('--maxmemory-policy noeviction');
  });

  it('publishes the API on container port 3000 and checks its health', () => {
    expect(containerPorts(services.api)).toContain(3000);
    expect(services.api.healthcheck?.test).toBeDefined();
    expect(JSON.stringify(services.api.healthcheck?.test)).toContain('/api/health');
  });

  it('runs the API, the worker and the migrations from one image', () => {
    const images = ['api', 'worker', 'migrate'].map((name) => services[name].image);
    expect(new Set(images).size).toBe(1);
    expect(services.api.build).toBeDefined();
  });

  it('starts in order: migrations after a healthy PostgreSQL; API and worker after the migrations and a healthy Redis', () => {
    expect(dependencies(services.migrate)).toMatchObject({ postgres: 'service_healthy' });
    for (const name of ['api', 'worker']) {
      expect(dependencies(services[name])).toMatchObject({
        migrate: 'service_completed_successfully',
        redis: 'service_healthy',
      });
    }
  });

  it('depends only on existing services, with known conditions, and waits for health only where it is checked', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [dependency, condition] of Object.entries(dependencies(service))) {
        const where = `${name} → ${dependency}`;
        expect({ where, exists: dependency in services && dependency !== name }).toEqual({ where, exists: true });
        expect({ where, knownCondition: DEPENDENCY_CONDITIONS.includes(condition) }).toEqual({
          where,
          knownCondition: true,
        });
        if (condition === 'service_healthy') {
          expect({ where, healthcheck: services[dependency]?.healthcheck !== undefined }).toEqual({
            where,
            healthcheck: true,
          });
        }
      }
    }
  });

  it('has well-formed interpolations: a default for every variable except the required SESSION_SECRET', () => {
    const all = strings(compose).flatMap(([path, value]) => interpolations(value).map((found) => ({ path, ...found })));
    const secret = all.filter((found) => found.name === 'SESSION_SECRET');
    expect(secret.length).toBeGreaterThan(0);
    for (const found of secret) expect(found.operator).toBe(':?');
    const withoutDefault = all.filter((found) => found.name !== 'SESSION_SECRET' && found.operator !== ':-');
    expect(withoutDefault).toEqual([]);
  });
});

describe('interpolations (the checker itself)', () => {
  it('reads the forms Compose accepts', () => {
    expect(interpolations('a $$literal ${A} ${B:-x} ${C:?set C} $D ${E:-${F:-y}}')).toEqual([
      { name: 'A', operator: '', rest: '' },
      { name: 'B', operator: ':-', rest: 'x' },
      { name: 'C', operator: ':?', rest: 'set C' },
      { name: 'D', operator: '', rest: '' },
      { name: 'E', operator: ':-', rest: '${F:-y}' },
      { name: 'F', operator: ':-', rest: 'y' },
    ]);
  });

  it.each(['${A', '${}', '${1A}', '${A:x}', 'cost $5', '${A:?}'])('rejects %s', (value) => {
    expect(() => interpolations(value)).toThrow();
  });
});
