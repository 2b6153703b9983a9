// Build steps for slow links: the loading shell's language script, and Brotli/gzip twins of every file.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Where `index.html` says the shell's script goes. */
const BOOT_SCRIPT_MARK = '<!--boot-script-->';
/** The localStorage key of the chosen language (`src/lib/i18n.ts`). */
const STORAGE_KEY = 'icspa.language';
/** The localStorage key of the user this device kept signed in (`src/features/auth/api/get-me.ts`). */
const KEPT_ME_KEY = 'icspa.offline.me';

/** The strings of the shell's sign-in form (`data-boot-text` in index.html), from the locale files. */
interface SignInStrings {
  tagline: string;
  title: string;
  email: string;
  password: string;
  submit: string;
  submitting: string;
  /** The page's `<title>` (`app.documentTitle` of the sign-in page). */
  documentTitle: string;
  /** Said when a held submission still waits for the portal after `STALLED_MS` (`errors.chunk`). */
  stalled: string;
}

/** How long a submission held by the shell's form waits before the reader is told the page did not load. */
const STALLED_MS = 45_000;

/**
 * Fills the loading shell of `index.html` (markup and style are in the file itself) with a tiny inline
 * script: it picks the reader's language as `src/lib/i18n.ts` does (the choice stored on this browser,
 * else the first of `navigator.languages` the portal speaks, else English), sets `<html lang>`, writes
 * "Loading…" in that language (`common.loading` of each locale file), and in a build asks for that
 * language's strings at once (`modulepreload`) rather than after the entry script has run, and so the
 * code of the public page opened (sign-in, verification: lazy routes the entry does not preload), and on
 * /sign-in shows the shell's own sign-in form in that language (`#boot-sign-in`, taken over by the portal's
 * form: `src/lib/boot-sign-in.ts`). The API
 * allows this script by its sha256 in the CSP, computed from the built file when it starts.
 */
export function bootShell(localesDir: string): Plugin {
  const codes = readdirSync(localesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
  const catalogues = codes.map((code) => {
    const strings = JSON.parse(readFileSync(join(localesDir, `${code}.json`), 'utf8')) as {
      common: { loading: string };
      app: { tagline: string; documentTitle: string };
      errors: { chunk: string };
      signIn: Omit<SignInStrings, 'tagline' | 'documentTitle' | 'stalled'>;
    };
    return { code, strings };
  });
  const loading = Object.fromEntries(catalogues.map(({ code, strings }) => [code, strings.common.loading]));
  const signIn = Object.fromEntries(
    catalogues.map(({ code, strings: { app, errors, signIn: s } }): [string, SignInStrings] => [
      code,
      {
        tagline: app.tagline,
        title: s.title,
        email: s.email,
        password: s.password,
        submit: s.submit,
        submitting: s.submitting,
        documentTitle: app.documentTitle.replace('{{page}}', s.title),
        stalled: errors.chunk,
      },
    ]),
  );
  // On /sign-in (and unless this device kept a signed-in user, when the portal checks the session first),
  // the shell's sign-in form shows in the reader's language and takes the e-mail and password at once; a
  // submission is held (the button says "Signing in…", announced, focus kept on it) until the portal's form
  // takes over and sends it, once. Its submit handler is in place before the form shows (and the form posts,
  // never a GET with the password in the address, should the script ever fail); a submission still held after
  // STALLED_MS says the page did not load.
  const signInForm =
    `var b=document.getElementById('boot-sign-in'),o=null;try{o=localStorage.getItem(${JSON.stringify(KEPT_ME_KEY)})}catch(e){}` +
    `if(b&&g==='sign-in'&&!o){var w=${JSON.stringify(signIn)}[m],n=b.querySelectorAll('[data-boot-text]'),` +
    `f=document.getElementById('boot-sign-in-form'),x=f.querySelector('button'),u=document.getElementById('boot-sign-in-status');` +
    `f.addEventListener('submit',function(v){v.preventDefault();if(f.hasAttribute('data-submitted'))return;` +
    `f.setAttribute('data-submitted','');x.setAttribute('aria-disabled','true');x.textContent=w.submitting;u.textContent=w.submitting;` +
    `setTimeout(function(){if(document.getElementById('boot-sign-in'))u.textContent=w.stalled},${STALLED_MS})});` +
    `for(i=0;i<n.length;i++)n[i].textContent=w[n[i].getAttribute('data-boot-text')];document.title=w.documentTitle;` +
    `document.body.classList.add('boot-signing-in');b.hidden=false;document.getElementById('boot-email').focus()}`;
  const script = (preload: Record<string, string>, pages: Record<string, string[]>) =>
    `(function(){var t=${JSON.stringify(loading)},p=${JSON.stringify(preload)},r=${JSON.stringify(pages)},` +
    `k=Object.keys(t),s=null,m;` +
    `function q(h){var l=document.createElement('link');l.rel='modulepreload';l.href=h;document.head.appendChild(l)}` +
    `try{s=localStorage.getItem(${JSON.stringify(STORAGE_KEY)})}catch(e){}` +
    `var c=[s].concat(navigator.languages||[navigator.language]);` +
    `function f(g){if(!g)return;g=String(g).toLowerCase();var i;` +
    `for(i=0;i<k.length;i++)if(k[i].toLowerCase()===g)return k[i];` +
    `for(i=0;i<k.length;i++)if(k[i].toLowerCase().split('-')[0]===g.split('-')[0])return k[i]}` +
    `for(var i=0;i<c.length&&!m;i++)m=f(c[i]);m=m||'en';document.documentElement.lang=m;` +
    `var e=document.getElementById('boot-text');if(e)e.textContent=t[m];` +
    `if(p[m])q(p[m]);var g=location.pathname.split('/')[1];if(r[g])r[g].forEach(q);` +
    signInForm +
    `})();`;

  return {
    name: 'icspa-boot-shell',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!html.includes(BOOT_SCRIPT_MARK)) throw new Error(`index.html lacks ${BOOT_SCRIPT_MARK}`);
        // In a build, each language's chunk (`src/locales/<code>.json`, loaded on demand) by its hashed name.
        const preload: Record<string, string> = {};
        for (const chunk of Object.values(ctx.bundle ?? {})) {
          if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
          const match = /[\\/]locales[\\/]([\w-]+)\.json$/.exec(chunk.facadeModuleId);
          if (match && match[1] !== 'en') preload[match[1]] = `/${chunk.fileName}`;
        }
        // The public pages' own chunks (route `lazy`, so not among the entry's preloads): by the first segment
        // of the path, so the page's code arrives beside the entry script instead of after it has run.
        const pages: Record<string, string[]> = {};
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const closure = (fileName: string, seen: Set<string>) => {
          const chunk = byName.get(fileName);
          if (!chunk || seen.has(fileName)) return seen;
          seen.add(fileName);
          for (const imported of chunk.type === 'chunk' ? chunk.imports : []) closure(imported, seen);
          return seen;
        };
        const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry);
        const loaded = entry ? closure(entry.fileName, new Set()) : new Set<string>();
        for (const chunk of chunks) {
          if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
          const match = /[\\/]src[\\/]app[\\/]routes[\\/](sign-in|verify)\.tsx$/.exec(chunk.facadeModuleId);
          if (!match) continue;
          pages[match[1]] = [...closure(chunk.fileName, new Set())].filter((f) => !loaded.has(f)).map((f) => `/${f}`);
        }
        // A stylesheet in <head> holds back the first paint until it arrives; at the end of <body> it lets
        // the shell (styled inline) paint, while the deferred module scripts still wait for it.
        const sheets: string[] = [];
        const withoutSheets = html.replace(/\s*<link rel="stylesheet"[^>]*>/g, (tag) => {
          sheets.push(tag.trim());
          return '';
        });
        return withoutSheets
          .replace(BOOT_SCRIPT_MARK, `<script>${script(preload, pages)}</script>`)
          .replace('</body>', `${sheets.map((tag) => `  ${tag}\n`).join('')}  </body>`);
      },
    },
  };
}

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
/** Files smaller than this are sent as they are (the API compresses nothing under 1 KiB either). */
const MIN_BYTES = 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Writes `x.br` (Brotli, quality 11) and `x.gz` (gzip -9) beside every text file of the build over
 * 1 KiB, so the API sends them by content negotiation (`@fastify/static` `preCompressed`) without
 * compressing anything per request. A twin that would not be smaller is not written.
 */
export function precompress(outDir: string): Plugin {
  return {
    name: 'icspa-precompress',
    apply: 'build',
    // After the service worker is written (vite-plugin-pwa, also at closeBundle), so it has its twins too.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        let plain = 0;
        let brotli = 0;
        for (const file of filesUnder(resolve(outDir))) {
          if (!COMPRESSIBLE.test(file)) continue;
          const size = statSync(file).size;
          if (size < MIN_BYTES) continue;
          const body = readFileSync(file);
          const br = brotliCompressSync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: size,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            },
          });
          const gz = gzipSync(body, { level: 9 });
          if (br.length < size) writeFileSync(`${file}.br`, br);
          if (gz.length < size) writeFileSync(`${file}.gz`, gz);
          plain += size;
          brotli += Math.min(br.length, size);
        }
        this.info?.(
          `pre-compressed ${(plain / 1024).toFixed(0)} KiB of text to ${(brotli / 1024).toFixed(0)} KiB (br)`,
        );
      },
    },
  };
}

/**
 * The English strings of pages only a signed-in reader opens (and of the account-link pages), kept out of the
 * entry: see `deferredStrings`. They load with the signed-in app's frame (`AppRoot`) and with the account pages.
 */
export const DEFERRED_KEYS = [
  'people',
  'account',
  'assignment',
  'auditLog',
  'planning',
  'uptake',
  'officerImport',
  'cascade',
  'localTrainers',
  'trainingRecord',
  'unitRoster',
  'trainerPicker',
  'adminHome',
  'courseEditor',
  'assessmentEditor',
  'cohortEditor',
  'privacy',
  'dataRights',
] as const;
const DEFERRED_ID = 'virtual:deferred-strings';

/**
 * Trims the locale files the portal bundles. The e-mails' strings (`email.*`) live there because the API's mail
 * catalogue reads them, but the portal never shows them: every language leaves them out. English ships in the
 * entry (the sign-in page's 170 KB budget), so the strings of the signed-in pages and account pages
 * (`DEFERRED_KEYS`) leave it too and come as `virtual:deferred-strings`, which the signed-in app's frame and the
 * account pages' routes load with their code
 * (`loadDeferredStrings`, src/lib/i18n.ts); the other languages load whole, on demand, as before.
 */
export function deferredStrings(localesDir: string): Plugin {
  return {
    name: 'icspa-deferred-strings',
    enforce: 'pre',
    resolveId(id) {
      return id === DEFERRED_ID ? `\0${DEFERRED_ID}` : null;
    },
    load(id) {
      if (id !== `\0${DEFERRED_ID}`) return null;
      const en = JSON.parse(readFileSync(join(localesDir, 'en.json'), 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(Object.fromEntries(DEFERRED_KEYS.map((k) => [k, en[k]])))};`;
    },
    transform(code, id) {
      const match = /[\\/]src[\\/]locales[\\/]([^\\/]+)\.json$/.exec(id.split('?')[0]);
      if (!match) return null;
      const strings = JSON.parse(code) as Record<string, unknown>;
      delete strings.email;
      if (match[1] === 'en') for (const key of DEFERRED_KEYS) delete strings[key];
      return { code: JSON.stringify(strings), map: null };
    },
  };
}
