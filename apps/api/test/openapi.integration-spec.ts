import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../src/app.factory';
import { TestApp } from './test-app';

const ROOT = join(__dirname, '../../..');
export const SPEC_PATH = join(ROOT, 'apps/api/openapi.json');
export const CLIENT_SCHEMA_PATH = join(ROOT, 'libs/api-client/src/schema.d.ts');
const UPDATE = process.env.UPDATE_OPENAPI === '1';

/**
 * The committed OpenAPI spec and the portal's generated client must match the code. Run
 * `npm run api-spec` to regenerate both after changing a route or DTO.
 */
describe('committed OpenAPI spec and generated client', () => {
  let t: TestApp;
  let spec: string;
  beforeAll(async () => {
    t = await TestApp.start();
    spec = JSON.stringify(buildOpenApiDocument(t.app), null, 2) + '\n';
  });
  afterAll(() => t.close());

  it('apps/api/openapi.json is current', () => {
    if (UPDATE) writeFileSync(SPEC_PATH, spec);
    expect(readFileSync(SPEC_PATH, 'utf8')).toBe(spec);
  });

  it('libs/api-client/src/schema.d.ts is generated from it', () => {
    // openapi-typescript is an ES module that Jest cannot require on Node 20: run its CLI instead.
    const dir = mkdtempSync(join(tmpdir(), 'icspa-openapi-'));
    writeFileSync(join(dir, 'openapi.json'), spec);
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'),
        join(dir, 'openapi.json'),
        '-o',
        join(dir, 'schema.d.ts'),
      ],
      { stdio: 'pipe' },
    );
    const client = `// Generated from apps/api/openapi.json by \`npm run api-spec\`. Do not edit.\n${readFileSync(join(dir, 'schema.d.ts'), 'utf8')}`;
    rmSync(dir, { recursive: true, force: true });
    if (UPDATE) writeFileSync(CLIENT_SCHEMA_PATH, client);
    expect(readFileSync(CLIENT_SCHEMA_PATH, 'utf8')).toBe(client);
  });

  it('describes every DTO field', () => {
    const doc = JSON.parse(spec);
    const undescribed: string[] = [];
    for (const [name, schema] of Object.entries<{ properties?: Record<string, { description?: string }> }>(
      doc.components.schemas,
    )) {
      for (const [field, prop] of Object.entries(schema.properties ?? {}))
        if (!prop.description) undescribed.push(`${name}.${field}`);
    }
    // Query DTOs become query parameters; path parameters are ids named by the path itself.
    for (const [path, ops] of Object.entries<
      Record<string, { parameters?: { name: string; in: string; description?: string }[] }>
    >(doc.paths)) {
      for (const [method, op] of Object.entries(ops))
        for (const p of op.parameters ?? [])
          if (p.in === 'query' && !p.description) undescribed.push(`${method} ${path} ?${p.name}`);
    }
    expect(undescribed).toEqual([]);
  });
});
