import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
import { TestApp } from '../../../test/test-app';
import { negotiateEncoding } from './compression';
import { API_ONLY_HEADERS, DOCUMENT_ONLY_HEADERS } from './portal-static';

/**
 * How the portal and the API reach a slow link: pre-compressed assets by content negotiation, hashed
 * assets cached for a year, index.html re-validated, API JSON compressed over 1 KiB but still
 * `no-store`, and the loading shell's inline script allowed by its CSP hash.
 */
const SHELL_SCRIPT = `document.documentElement.lang = 'en';`;
const INDEX = `<!doctype html><html><head><title>t</title><script>${SHELL_SCRIPT}</script>
<script type="module" crossorigin src="/assets/index-AbC123.js"></script></head>
<body><div id="root"><p class="boot">Loading…</p></div></body></html>`;
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
// The service worker, its Workbox runtime and the web app manifest (vite-plugin-pwa), names kept across builds.
const SW = `importScripts('./workbox-1a2b3c.js');self.addEventListener('install',()=>{});\n`;
const MANIFEST = JSON.stringify({ name: 'Icspa Academy', start_url: '/', display: 'standalone' });
// An unhashed public file with no compressed twin, larger than the threshold: compressed on the fly.
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(600)}</svg>`;

let portalDir: string;
let t: TestApp;

beforeAll(async () => {
  portalDir = mkdtempSync(join(tmpdir(), 'icspa-portal-'));
  mkdirSync(join(portalDir, 'assets'));
  writeFileSync(join(portalDir, 'index.html'), INDEX);
  writeFileSync(join(portalDir, 'favicon.svg'), FAVICON);
  writeFileSync(join(portalDir, 'sw.js'), SW);
  writeFileSync(join(portalDir, 'workbox-1a2b3c.js'), '/* workbox */');
  writeFileSync(join(portalDir, 'manifest.webmanifest'), MANIFEST);
  writeFileSync(join(portalDir, 'assets/index-AbC123.js'), SCRIPT);
  writeFileSync(join(portalDir, 'assets/index-AbC123.js.br'), brotliCompressSync(SCRIPT));
  writeFileSync(join(portalDir, 'assets/index-AbC123.js.gz'), gzipSync(SCRIPT));
  t = await TestApp.start({ PORTAL_DIR: portalDir });
});

afterAll(async () => {
  await t?.close();
  rmSync(portalDir, { recursive: true, force: true });
});

const asset = (acceptEncoding?: string) =>
  t.inject({
    method: 'GET',
    url: '/assets/index-AbC123.js',
    headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
  });

describe('hashed assets', () => {
  it('answer the Brotli twin when the browser accepts br, cached for a year as immutable', async () => {
    const res = await asset('gzip, deflate, br, zstd');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('go without the headers only a document obeys, keeping nosniff and the resource policy (bytes on a 3G link)', async () => {
    const res = await t.inject({
      method: 'GET',
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'br', origin: 'http://localhost:5173', 'x-request-id': 'req-1' },
    });
    for (const name of [...DOCUMENT_ONLY_HEADERS, ...API_ONLY_HEADERS])
      expect({ name, value: res.headers[name] }).toEqual({ name, value: undefined });
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    // The page itself keeps them all.
    const page = await t.inject({ method: 'GET', url: '/sign-in' });
    for (const name of DOCUMENT_ONLY_HEADERS)
      expect({ name, set: page.headers[name] !== undefined }).toEqual({ name, set: true });
  });

  it('answer the gzip twin when br is refused or not offered', async () => {
    for (const header of ['gzip', 'br;q=0, gzip;q=0.8']) {
      const res = await asset(header);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(gunzipSync(res.rawPayload).toString()).toBe(SCRIPT);
    }
  });

  it('answer the plain file, still immutable, to a client that takes no encoding', async () => {
    const res = await asset('identity');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body).toBe(SCRIPT);
  });

  it('unhashed public files are compressed on the fly and not cached as immutable', async () => {
    const res = await t.inject({ method: 'GET', url: '/favicon.svg', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).not.toMatch(/immutable/);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(FAVICON);
  });
});

describe('service worker and manifest', () => {
  it.each([
    ['/sw.js', /javascript/],
    ['/workbox-1a2b3c.js', /javascript/],
    ['/manifest.webmanifest', /manifest\+json/],
  ])('%s is re-validated on every request (no-cache), so a new release reaches open pages', async (url, type) => {
    const res = await t.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(type);
    expect(res.headers['cache-control']).toBe('no-cache');
    // The same CSP as every page: the worker's script is same-origin, which `script-src 'self'` allows.
    expect(String(res.headers['content-security-policy'])).toMatch(/script-src 'self'/);
  });
});

describe('index.html', () => {
  it.each(['/', '/catalogue', '/learning/abc/lessons/def', '/index.html'])(
    '%s is re-validated on every visit (no-cache) and carries the loading shell',
    async (url) => {
      const res = await t.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('Loading…');
    },
  );

  it('a client route answers the Brotli or gzip form compressed at start-up at the highest settings', async () => {
    const br = await t.inject({ method: 'GET', url: '/sign-in', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('no-cache');
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(INDEX);
    // Quality 11, not the on-the-fly quality 4 of dynamic answers.
    const best = brotliCompressSync(INDEX, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    });
    expect(br.rawPayload.length).toBe(best.length);
    const gz = await t.inject({ method: 'GET', url: '/catalogue', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(INDEX);
    const plain = await t.inject({ method: 'GET', url: '/catalogue', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(INDEX);
  });

  it("allows its inline script by hash in the CSP, and no other inline script ('unsafe-inline' stays out)", async () => {
    const res = await t.inject({ method: 'GET', url: '/sign-in' });
    const csp = String(res.headers['content-security-policy']);
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    const hash = createHash('sha256').update(SHELL_SCRIPT).digest('base64');
    expect(scriptSrc).toContain(`'sha256-${hash}'`);
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc.match(/'sha256-/g)).toHaveLength(1);
  });
});

describe('API answers', () => {
  it('JSON over the threshold is compressed (br, else gzip) and stays no-store', async () => {
    const plain = await t.inject({ method: 'GET', url: '/api/docs-json' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);

    const br = await t.inject({ method: 'GET', url: '/api/docs-json', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('no-store');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(br.headers['content-length'])).toBe(br.rawPayload.length);
    expect(br.rawPayload.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(JSON.parse(plain.body));

    const gz = await t.inject({ method: 'GET', url: '/api/docs-json', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['cache-control']).toBe('no-store');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
  });

  it('small answers, errors included, go uncompressed', async () => {
    const res = await t.inject({ method: 'GET', url: '/api/auth/me', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.body).statusCode).toBe(401);
  });

  it('HEAD requests are not compressed', async () => {
    const res = await t.inject({ method: 'HEAD', url: '/api/docs-json', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBeUndefined();
  });
});

describe('negotiateEncoding', () => {
  it.each([
    ['br', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', undefined],
    ['', undefined],
    ['br;q=abc', undefined],
  ])('%j → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});
