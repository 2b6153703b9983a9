import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bootShell, deferredStrings, precompress } from './vite.plugins.mjs';

const portalRoot = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = resolve(portalRoot, '../..');

/** The workspace paths of tsconfig.base.json (`@icspa/*`), so Vite and tsc resolve the same files. */
function workspaceAliases(): { find: string; replacement: string }[] {
  const base = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.entries(base.compilerOptions.paths).map(([find, [target]]) => ({
    find,
    replacement: resolve(workspaceRoot, target),
  }));
}

/** react-markdown and its unified/micromark dependency tree (`npm ls react-markdown --all`). */
const MARKDOWN_PACKAGES = new RegExp(
  `node_modules[\\\\/](${[
    'react-markdown',
    'remark-[^\\\\/]+',
    'unified',
    'micromark[^\\\\/]*',
    'mdast-util-[^\\\\/]+',
    'hast-util-[^\\\\/]+',
    'unist-util-[^\\\\/]+',
    'vfile[^\\\\/]*',
    'estree-util-[^\\\\/]+',
    'character-entities[^\\\\/]*',
    'character-reference-invalid',
    'decode-named-character-reference',
    'parse-entities',
    'stringify-entities',
    'property-information',
    '(?:comma|space)-separated-tokens',
    'html-url-attributes',
    'inline-style-parser',
    'style-to-(?:object|js)',
    'is-(?:alphabetical|alphanumerical|decimal|hexadecimal|plain-obj)',
    'bail',
    'ccount',
    'devlop',
    'extend',
    'longest-streak',
    'trim-lines',
    'trough',
    'zwitch',
    '@ungap[\\\\/]structured-clone',
  ].join('|')})[\\\\/]`,
);

// The dev server proxies the API so the session cookie stays first-party; PORTAL_API_URL points it elsewhere.
const apiTarget = process.env.PORTAL_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: portalRoot,
  cacheDir: resolve(workspaceRoot, 'node_modules/.vite/portal'),
  plugins: [
    react(),
    bootShell(resolve(portalRoot, 'src/locales')),
    deferredStrings(resolve(portalRoot, 'src/locales')),
    // The one service worker (Workbox): precaches the app shell — index.html, every script and stylesheet,
    // so all six language files and the offline verifier — answers lesson images from the cache "Save for
    // offline" fills, and keeps the verifier's keys and revocation lists.
    // A new build waits until the reader chooses "Reload" (`registerType: 'prompt'`, components/layout/update-prompt.tsx).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        name: 'Icspa Academy',
        short_name: 'Icspa Academy',
        description: 'Cybercrime-investigation training for police forces, delivered by the alliance’s member firms.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#163d73',
        background_color: '#f3f6fa',
        // Installed on a clerk's phone, the offline verifier is one tap away.
        shortcuts: [{ name: 'Verify a certificate', url: '/verify' }],
        icons: [
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        cacheId: 'icspa',
        globPatterns: ['**/*.{js,css,html}', 'favicon.svg'], // the manifest and its icons are added by the plugin
        // The world map's chunk (regional uptake, admins) is large and never needed offline; lesson diagrams
        // are kept only for the courses saved for offline.
        globIgnores: ['**/map-*.js', 'lessons/**'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        sourcemap: false,
        runtimeCaching: [
          {
            // The images of saved courses (IMAGE_CACHE of src/lib/offline-db.ts, filled by "Save for offline")
            // come from there, online too; any other goes to the network and is not kept.
            urlPattern: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith('/lessons/'),
            handler: async ({ request }) =>
              (await caches.match(request, { cacheName: 'icspa-lesson-images' })) ?? fetch(request),
          },
          {
            // The offline verifier (/verify): the alliance's key documents and revocation lists, refreshed from
            // the network whenever there is one and kept for when there is none (VERIFIER_CACHE of
            // src/features/certifications/lib/verifier-store.ts, which the page also fills and reads itself).
            urlPattern: ({ sameOrigin, url }) =>
              sameOrigin &&
              (url.pathname === '/api/credentials/jwks.json' ||
                url.pathname.startsWith('/api/credentials/status/') ||
                url.pathname === '/.well-known/jwks.json' ||
                url.pathname === '/.well-known/did.json'),
            handler: 'NetworkFirst',
            options: {
              cacheName: 'icspa-verifier',
              networkTimeoutSeconds: 10,
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
    precompress(resolve(workspaceRoot, 'dist/portal')),
  ],
  // `@/…` is src/ (as in tsconfig.json), beside the workspace paths.
  resolve: { alias: [{ find: /^@\//, replacement: `${resolve(portalRoot, 'src')}/` }, ...workspaceAliases()] },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: { port: 4173, proxy: { '/api': { target: apiTarget } } },
  build: {
    outDir: resolve(workspaceRoot, 'dist/portal'),
    emptyOutDir: true,
    reportCompressedSize: true,
    manifest: true, // read by the portal benchmark (initial JavaScript per page)
    sourcemap: 'hidden', // for error tracing, not linked from the served files
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Libraries change less often than the portal: their own chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 4 },
            { name: 'router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/, priority: 3 },
            {
              name: 'i18n',
              test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
              priority: 2,
            },
            // Lesson text only: its own chunk, loaded with the pages that render Markdown, never with the entry.
            { name: 'markdown', test: MARKDOWN_PACKAGES, priority: 2 },
            // The world map (Natural Earth shapes, ISO codes, projection): regional uptake only, never with the entry.
            {
              name: 'map',
              test: /node_modules[\\/](world-atlas|topojson-client|d3-geo|d3-array|internmap|i18n-iso-countries)[\\/]/,
              priority: 2,
            },
            // The calendar grid (react-big-calendar, date-fns and what they pull in): the calendar page only.
            {
              name: 'calendar-grid',
              test: /node_modules[\\/](react-big-calendar|date-fns|date-arithmetic|dayjs|globalize|cldrjs|luxon|moment|moment-timezone|lodash|lodash-es|memoize-one|react-overlays|@restart|@popperjs|uncontrollable|dom-helpers|react-lifecycles-compat|invariant|warning|prop-types|clsx)[\\/]/,
              priority: 2,
            },
            // What every page needs (the query cache and the API client). A catch-all `node_modules` group
            // would also pull in, through the entry's static import, libraries only some pages use (`diff` of
            // the translation editor, `idb` of offline reading): those stay with the chunks that import them.
            {
              name: 'vendor',
              test: /node_modules[\\/](@tanstack[\\/](react-query|query-core)|openapi-fetch)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
