import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { addVary, negotiateEncoding } from './compression';

/** Files under `/assets/` carry a content hash in their name: a new build means a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** `index.html` (and the SPA fallback) may be stored but is re-validated on every visit. */
export const REVALIDATE = 'no-cache';
/**
 * The service worker (`sw.js`, its Workbox runtime) and the web app manifest keep their names across builds
 * and decide when a release reaches open pages: re-validated on every request, like `index.html`.
 */
export const SERVICE_WORKER_FILES = /^(?:sw\.js|workbox-[\w-]+\.js|manifest\.webmanifest)$/;
/** Other files of `public/` (the favicon) keep their name across builds: a day, then re-validated. */
const UNHASHED = 'public, max-age=86400';

/** The built `index.html`, served for every client-side route, with its Brotli and gzip forms. */
export interface PortalIndex {
  html: string;
  /** Compressed once, at the highest settings, when the API starts (not at each request's fast settings). */
  br: Buffer;
  gzip: Buffer;
}

export interface Portal {
  index: PortalIndex;
  /** `'sha256-…'` sources of its inline scripts, for the CSP's `script-src`. */
  inlineScriptHashes: string[];
}

/** `index.html` with its compressed forms (the first page of every visit: each byte counts on 3G). */
export function portalIndex(html: string): PortalIndex {
  const body = Buffer.from(html, 'utf8');
  return {
    html,
    br: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzip: gzipSync(body, { level: 9 }),
  };
}

/** The portal's built `index.html`, when `portalDir` holds one. */
export function readPortal(portalDir: string): Portal | undefined {
  if (!portalDir || !existsSync(join(portalDir, 'index.html'))) return undefined;
  const html = readFileSync(join(portalDir, 'index.html'), 'utf8');
  return { index: portalIndex(html), inlineScriptHashes: inlineScriptHashes(html) };
}

/**
 * CSP hash sources of the inline `<script>` elements of an HTML page (those without `src`), so that the
 * loading shell's language script may run under `script-src 'self'` without `'unsafe-inline'`.
 * The hash covers the element's text exactly as written, which is what the browser hashes.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(match[1]) || !match[2]) continue;
    hashes.push(`'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/**
 * Sends the portal's `index.html` for a client-side route, never kept without re-validation: in Brotli or
 * gzip as compressed at start-up when the client takes it (the compression hook leaves an answer that has
 * its `content-encoding` alone), else as it is.
 */
export function sendPortalIndex(request: FastifyRequest, reply: FastifyReply, index: PortalIndex): void {
  reply.status(200).header('cache-control', REVALIDATE).type('text/html; charset=utf-8');
  addVary(reply);
  const encoding = request.method === 'HEAD' ? undefined : negotiateEncoding(request.headers['accept-encoding']);
  if (!encoding) {
    reply.send(index.html);
    return;
  }
  const body = encoding === 'br' ? index.br : index.gzip;
  reply.header('content-encoding', encoding).header('content-length', body.length).send(body);
}

/**
 * Security headers that only govern a document (or a worker) that is rendered, not a script, stylesheet or
 * image it loads: the hashed assets go without them (about 0.5 KB a response on a 3G link). `nosniff`,
 * `Cross-Origin-Resource-Policy`, `Referrer-Policy` and HSTS stay on every answer.
 */
export const DOCUMENT_ONLY_HEADERS = [
  'content-security-policy',
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'x-frame-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
] as const;

/** Headers of the API's answers that a hashed asset does without (about 0.1 KB a response). */
export const API_ONLY_HEADERS = ['x-request-id', 'access-control-allow-credentials'] as const;

/**
 * Serves the built portal at `/`: Brotli or gzip twins written by the build (`x.js.br`, `x.js.gz`)
 * by content negotiation, hashed assets cached for a year as immutable, `index.html` re-validated.
 */
export async function servePortalFiles(fastify: FastifyInstance, portalDir: string): Promise<void> {
  const root = resolve(portalDir);
  await fastify.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    preCompressed: true,
    // Cache-Control is set per file below; `send`'s default (max-age=0) would re-validate every asset.
    cacheControl: false,
    setHeaders: (reply, path) => {
      // The path is the file sent: `assets/x.js.br` when the Brotli twin answers for `assets/x.js`.
      const file = relative(root, path)
        .replace(/\\/g, '/')
        .replace(/\.(br|gz)$/, '');
      if (file.endsWith('.html') || SERVICE_WORKER_FILES.test(file)) reply.header('cache-control', REVALIDATE);
      else if (file.startsWith('assets/')) {
        reply.header('cache-control', IMMUTABLE);
        // Set with the reply's headers (security-headers.ts) before this route runs.
        for (const name of DOCUMENT_ONLY_HEADERS) reply.removeHeader(name);
        // Nor the API's own: a request id to quote (files are not request-logged) and CORS credentials (the
        // portal's files are same-origin); `Vary` keeps only the encoding, which is what differs.
        for (const name of [...API_ONLY_HEADERS, 'vary']) reply.removeHeader(name);
        reply.header('vary', 'Accept-Encoding');
      } else reply.header('cache-control', UNHASHED);
    },
  });
}
