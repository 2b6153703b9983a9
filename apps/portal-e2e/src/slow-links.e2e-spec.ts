import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { Client } from 'pg';
import { apiSession, seedId } from './support/api';
import {
  axeViolations,
  baseUrl,
  launchBrowser,
  newContext,
  PASSWORD,
  shot,
  signIn,
  t,
  visible,
} from './support/browser';
import { E2eState, REPO_ROOT, STATE_ENV } from './support/env';

jest.setTimeout(900_000);

/**
 * Usable on a slow link and a phone. Headers: pre-compressed assets by content negotiation, hashed
 * assets immutable, index.html re-validated. The browser: the loading shell paints, in the reader's
 * language, before any script arrives; the sign-in page with an empty cache costs ≤ 170 KB on the wire
 * (encoded bytes counted through the DevTools protocol); a repeat visit takes every asset from the cache;
 * a navigation shows the progress bar at once. Phones: the menu folds away behind an accessible button,
 * and at 360×740 and 390×844 no page of any role is wider than the screen, walking every route of the
 * portal's registry (`apps/portal/src/config/paths.ts`) with each role that may open it; axe stays clean.
 * Read-only for the demo accounts: the learner's pages are walked as a seeded officer of a running
 * online cohort, for whom this file starts an assessment attempt.
 */
const SIGN_IN_BUDGET_BYTES = 170_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A context without request interception (Playwright's routing turns the HTTP cache off). */
async function cachingContext(options: { locale?: string } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: options.locale ?? 'en-GB',
    viewport: { width: 390, height: 844 },
  });
  context.setDefaultTimeout(30_000);
  return context;
}

interface Transfer {
  url: string;
  bytes: number;
  fromCache: boolean;
  status: number;
  encoding?: string;
}

/**
 * Every response of the page as the network saw it: encoded bytes, status, whether a cache answered. The
 * service worker's own requests (its precache, after the page has loaded) are not the page's: they are
 * not counted here (`npm run bench portal` reports them apart).
 */
async function recordTransfers(page: Page): Promise<{ cdp: CDPSession; transfers: Map<string, Transfer> }> {
  const cdp = await page.context().newCDPSession(page);
  const transfers = new Map<string, Transfer>();
  cdp.on('Network.responseReceived', (e) => {
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    transfers.set(e.requestId, {
      url: e.response.url,
      bytes: 0,
      // The service worker's precache answers too once it controls the page (its precache is complete
      // before it does): no more a network fetch than the HTTP cache.
      fromCache: Boolean(e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker),
      status: e.response.status,
      encoding: headers['content-encoding'] as string | undefined,
    });
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const entry = transfers.get(e.requestId);
    if (entry) entry.fromCache = true;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const entry = transfers.get(e.requestId);
    if (entry) entry.bytes = e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  return { cdp, transfers };
}

async function signInFormShown(page: Page) {
  await visible(page.getByRole('button', { name: t('en', 'signIn.submit') }));
  await page.waitForLoadState('networkidle');
}

describe('bytes on the wire', () => {
  it('assets answer Brotli when asked and are immutable; index.html is no-cache and holds the loading shell', async () => {
    const html = await fetch(`${baseUrl()}/sign-in`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const body = await html.text();
    expect(body).toContain('id="boot-text"');
    expect(body).toContain(t('en', 'common.loading'));
    const scripts = [...body.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    const styles = [...body.matchAll(/<link rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);
    for (const asset of [...scripts, ...styles]) {
      const res = await fetch(`${baseUrl()}${asset}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect({ asset, status: res.status, encoding: res.headers.get('content-encoding') }).toEqual({
        asset,
        status: 200,
        encoding: 'br',
      });
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      const gz = await fetch(`${baseUrl()}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers.get('content-encoding')).toBe('gzip');
      await gz.arrayBuffer();
    }
    // The API's own answers keep no-store, compressed or not.
    const courses = await apiSession('officer@icspa.test');
    expect(await courses.get('/api/courses')).toBeDefined();
    const api = await fetch(`${baseUrl()}/api/docs-json`, { headers: { 'accept-encoding': 'br' } });
    expect(api.headers.get('content-encoding')).toBe('br');
    expect(api.headers.get('cache-control')).toBe('no-store');
  });

  it(`the sign-in page with an empty cache costs at most ${SIGN_IN_BUDGET_BYTES / 1000} KB, and a repeat visit takes every asset from the cache`, async () => {
    const context = await cachingContext();
    try {
      const page = await context.newPage();
      const { transfers } = await recordTransfers(page);
      await page.goto('/sign-in');
      await signInFormShown(page);
      const first = [...transfers.values()];
      const total = first.reduce((sum, r) => sum + r.bytes, 0);
      process.stderr.write(
        `[slow-links] sign-in, empty cache: ${total} bytes in ${first.length} responses\n${first
          .map((r) => `  ${r.bytes}\t${r.encoding ?? '-'}\t${new URL(r.url).pathname}`)
          .join('\n')}\n`,
      );
      expect(total).toBeLessThanOrEqual(SIGN_IN_BUDGET_BYTES);
      // Every script and stylesheet over 1 KiB came compressed (smaller ones are not worth it).
      for (const r of first.filter((x) => /\.(js|css)$/.test(new URL(x.url).pathname))) {
        const plain = await fetch(r.url, { headers: { 'accept-encoding': 'identity' } });
        const size = (await plain.arrayBuffer()).byteLength;
        if (size >= 1024) expect({ url: r.url, encoding: r.encoding }).toEqual({ url: r.url, encoding: 'br' });
      }

      // A later visit (a new navigation, as from a bookmark): no asset is fetched. The service worker has
      // installed by then (its precache, started after the page loaded, reads the same HTTP cache and must
      // not race the visit), so it answers; without it, the HTTP cache would (immutable assets).
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      transfers.clear();
      await page.goto('about:blank');
      await page.goto('/sign-in');
      await signInFormShown(page);
      const assets = [...transfers.values()].filter((r) => new URL(r.url).pathname.startsWith('/assets/'));
      expect(assets.length).toBeGreaterThan(0);
      expect(assets.filter((r) => !r.fromCache).map((r) => r.url)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('first paint', () => {
  it.each([
    ['uk-UA', 'uk'],
    ['pt-BR', 'pt-BR'],
    ['de-DE', 'en'],
  ])(
    'the loading shell shows "Loading…" in the browser language (%s → %s) before any script has arrived',
    async (locale, lang) => {
      const context = await cachingContext({ locale });
      try {
        const page = await context.newPage();
        const violations: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
        });
        // Scripts never arrive: what shows is index.html alone.
        await page.route(/\/assets\/.*\.js$/, () => undefined);
        // Module scripts hold back DOMContentLoaded: wait only for the response to start.
        await page.goto('/learning', { waitUntil: 'commit' });
        const text = page.locator('#boot-text');
        await text.waitFor({ state: 'visible' });
        await page.waitForFunction(
          (expected) => document.getElementById('boot-text')?.textContent === expected,
          t(lang as 'en', 'common.loading'),
        );
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        // The shell's sign-in form is for /sign-in only.
        expect(await page.locator('#boot-sign-in').isVisible()).toBe(false);
        // The reader's language file is asked for at once, beside the entry script.
        const preload = await page
          .locator('link[rel="modulepreload"][href*="/assets/"]')
          .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).getAttribute('href') ?? ''));
        if (lang !== 'en') expect(preload.some((href) => href.includes(`/assets/${lang}-`))).toBe(true);
        expect(violations).toEqual([]);
        await shot(page, 'slow-links', lang as 'en', 'loading-shell');
      } finally {
        await context.close();
      }
    },
  );

  it.each([
    ['uk-UA', 'uk'],
    ['zh-CN', 'zh-CN'],
    ['de-DE', 'en'],
  ])(
    'on /sign-in the shell is a sign-in form in the browser language (%s → %s) before any script has arrived',
    async (locale, lang) => {
      const context = await cachingContext({ locale });
      try {
        const page = await context.newPage();
        const violations: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
        });
        await page.route(/\/assets\/.*\.js$/, () => undefined);
        await page.goto('/sign-in', { waitUntil: 'commit' });
        const email = page.getByLabel(t(lang as 'en', 'signIn.email'), { exact: true });
        await email.waitFor({ state: 'visible' });
        await expect(email.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
        await visible(page.getByLabel(t(lang as 'en', 'signIn.password'), { exact: true }));
        await visible(page.getByRole('heading', { level: 1, name: t(lang as 'en', 'signIn.title') }));
        await visible(page.getByRole('button', { name: t(lang as 'en', 'signIn.submit') }));
        expect(await page.locator('#boot-text').isVisible()).toBe(false);
        expect(await page.title()).toBe(
          t(lang as 'en', 'app.documentTitle', { page: t(lang as 'en', 'signIn.title') }),
        );
        // The sign-in page's own chunks (a lazy route) are asked for at once, not only after the entry has run.
        const preload = await page
          .locator('link[rel="modulepreload"][href*="/assets/"]')
          .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).getAttribute('href') ?? ''));
        expect(preload.some((href) => href.includes('/assets/sign-in-'))).toBe(true);
        expect(preload.some((href) => href.includes('/assets/standalone-layout-'))).toBe(true);
        // Pressing "Sign in" with an empty form is stopped by the browser's own validation, and sends nothing.
        let logins = 0;
        page.on('request', (r) => {
          if (new URL(r.url()).pathname === '/api/auth/login') logins += 1;
        });
        await page.getByRole('button', { name: t(lang as 'en', 'signIn.submit') }).click();
        expect(await email.evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(true);
        expect(logins).toBe(0);
        expect(violations).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
        await shot(page, 'slow-links', lang as 'en', 'sign-in-shell');
      } finally {
        await context.close();
      }
    },
  );

  it('what is typed into the shell’s form, and a "Sign in" pressed before the scripts arrive, carry over to the portal’s form', async () => {
    const context = await cachingContext({ locale: 'uk-UA' });
    try {
      const page = await context.newPage();
      // The scripts are held until the reader has typed and pressed "Sign in".
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/.*\.js$/, async (route) => {
        await released;
        await route.continue();
      });
      await page.goto('/sign-in', { waitUntil: 'commit' });
      await page.getByLabel(t('uk', 'signIn.email'), { exact: true }).fill('officer@icspa.test');
      await page.getByLabel(t('uk', 'signIn.password'), { exact: true }).fill(PASSWORD);
      const login = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/login');
      let logins = 0;
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/api/auth/login') logins += 1;
      });
      await page.getByRole('button', { name: t('uk', 'signIn.submit') }).click();
      // Held: the button says so (and a status announces it), focus stays on it, nothing has been sent yet.
      const held = await visible(page.getByRole('button', { name: t('uk', 'signIn.submitting') }));
      await visible(page.getByRole('status').filter({ hasText: t('uk', 'signIn.submitting') }));
      expect(await held.evaluate((el) => el === document.activeElement)).toBe(true);
      // Pressing it again changes nothing: one submission is held.
      await page.keyboard.press('Enter');
      expect(logins).toBe(0);
      release();
      // The portal's form takes over and sends the held submission once: the officer lands on My learning.
      expect((await login).status()).toBe(200);
      await page.waitForURL((url) => url.pathname.startsWith('/learning'));
      await visible(page.getByRole('heading', { level: 1, name: t('uk', 'myLearning.title') }));
      expect(await page.locator('#boot-sign-in').count()).toBe(0);
      expect(logins).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('a wrong password typed into the shell’s form is answered by the portal’s form, in the reader’s language', async () => {
    const context = await cachingContext({ locale: 'es-ES' });
    try {
      const page = await context.newPage();
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/.*\.js$/, async (route) => {
        await released;
        await route.continue();
      });
      await page.goto('/sign-in', { waitUntil: 'commit' });
      await page.getByLabel(t('es', 'signIn.email'), { exact: true }).fill('officer@icspa.test');
      await page.getByLabel(t('es', 'signIn.password'), { exact: true }).fill('not-the-password-1');
      await page.getByRole('button', { name: t('es', 'signIn.submit') }).click();
      release();
      await visible(page.getByRole('alert').filter({ hasText: t('es', 'signIn.failed') }));
      // What was typed is still there, in the portal's form, to correct.
      await expect(page.getByLabel(t('es', 'signIn.email'), { exact: true }).inputValue()).resolves.toBe(
        'officer@icspa.test',
      );
      expect(await page.locator('#boot-sign-in').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a navigation shows the progress bar at once, while the next page’s code is on its way', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await signIn(page, 'officer@icspa.test', 'en', 'slow-links');
      await visible(page.getByRole('heading', { level: 1 }));
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\/assets\/catalogue-[^/]*\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const nav = page.getByRole('navigation', { name: t('en', 'nav.label') });
      const clicked = Date.now();
      await nav.getByRole('link', { name: t('en', 'nav.catalogue'), exact: true }).click();
      await page.locator('.route-progress').waitFor({ state: 'visible', timeout: 2_000 });
      expect(Date.now() - clicked).toBeLessThan(2_000);
      release();
      await visible(page.getByRole('heading', { level: 1, name: t('en', 'nav.catalogue') }));
      await page.locator('.route-progress').waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });
});

// ---- Phones ----

type Role = 'officer' | 'coordinator' | 'trainer' | 'member_admin' | 'admin';
type AppRoute = string;

/**
 * The signed-in routes of the portal's registry (`paths.app` in apps/portal/src/config/paths.ts): key →
 * router pattern, read from the source (a test project may not import the portal's code).
 */
function registry(): Map<AppRoute, string> {
  const source = readFileSync(join(REPO_ROOT, 'apps/portal/src/config/paths.ts'), 'utf8');
  // The public pages (the verifier, `/verify`) and the app's.
  const app = source.slice(source.indexOf('\n  public: {'));
  const routes = new Map<AppRoute, string>();
  for (const m of app.matchAll(/^ {4}(\w+): \{\s*path: '([^']+)'/gm)) routes.set(m[1], m[2]);
  if (routes.size < 30) throw new Error(`read only ${routes.size} routes from paths.ts: has its layout changed?`);
  return routes;
}
const ROUTES = registry();
const ALL: readonly Role[] = ['officer', 'coordinator', 'trainer', 'member_admin', 'admin'];
const UNIT: readonly Role[] = ['officer', 'coordinator'];
const FIRM: readonly Role[] = ['trainer', 'member_admin'];

/**
 * Who may open each route of the registry (as `apps/portal/src/app/router.tsx` declares). Every key of
 * `paths.app` must be listed: a page added later fails the first test below until it is, and is then walked.
 */
const ACCESS: Record<AppRoute, readonly Role[] | undefined> = {
  // Public (no session needed); walked signed in as every role. Opened without a code: the offline verifier.
  verify: ALL,
  // Public too (a credential's achievement page); walked as the admin, who can list programmes to open one.
  programme: ['admin'],
  home: ALL,
  profile: ALL,
  catalogue: ALL,
  course: ALL,
  myUnit: UNIT,
  myLearning: UNIT,
  myCertifications: UNIT,
  lesson: UNIT,
  assessment: UNIT,
  attempt: UNIT,
  nominate: ['coordinator'],
  unitEnrolments: ['coordinator'],
  unitUptake: ['coordinator'],
  importOfficers: ['coordinator', 'admin'],
  unitRoster: ['coordinator', 'admin'],
  trainingRecord: ['officer', 'coordinator', 'admin'],
  trainingRequestNew: ['coordinator'],
  uptake: ['admin', 'member_admin'],
  cascade: ['admin', 'member_admin'],
  myFirm: FIRM,
  myCohorts: ['trainer', 'officer', 'coordinator'],
  proposals: ['trainer', 'officer', 'coordinator'],
  availability: ['trainer'],
  localTrainers: ['officer', 'coordinator', 'admin'],
  assignments: FIRM,
  trainingRequests: ['coordinator', 'admin'],
  trainingRequest: ['coordinator', 'admin'],
  trainers: ['member_admin', 'admin'],
  trainer: ['member_admin', 'admin'],
  roster: ['trainer', 'admin', 'officer', 'coordinator'],
  sessionAttendance: ['trainer', 'admin', 'officer', 'coordinator'],
  calendar: ALL,
  // People: admins every account, member admins their trainers, coordinators their officers (the API scopes them).
  users: ['admin', 'member_admin', 'coordinator'],
  userNew: ['admin', 'member_admin', 'coordinator'],
  user: ['admin', 'member_admin', 'coordinator'],
  // Admins, and holders of a translate grant of any role (the seed gives none): the walk opens them as an admin.
  translations: ['admin'],
  courseTranslations: ['admin'],
  policeUnits: ['admin'],
  memberFirms: ['admin'],
  countries: ['admin'],
  auditLog: ['admin'],
  adminCourses: ['admin'],
  adminCourseNew: ['admin'],
  adminCourse: ['admin'],
  adminCohorts: ['admin'],
  adminCohortNew: ['admin'],
  adminCohort: ['admin'],
  adminProgrammes: ['admin'],
  adminProgrammeNew: ['admin'],
  adminProgramme: ['admin'],
  adminCertifications: ['admin'],
  workplans: ['admin'],
  workplan: ['admin'],
  planDemand: ['member_admin', 'admin'],
  needsAssessments: ['coordinator', 'admin'],
  needsAssessment: ['coordinator', 'admin'],
  competencyFramework: ['admin'],
};

interface Page_<T> {
  items: T[];
}
type Api = Awaited<ReturnType<typeof apiSession>>;

/** The learner of the walk: a seeded officer of the running online cohort, with an attempt started. */
async function seededLearner(): Promise<{ email: string; enrolmentId: string }> {
  const state = JSON.parse(readFileSync(process.env[STATE_ENV] as string, 'utf8')) as E2eState;
  const db = new Client({ connectionString: state.databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ email: string; id: string }>(
      `SELECT u.email, e.id FROM enrolment e JOIN app_user u ON u.id = e.officer_id
        WHERE e.cohort_id = $1 AND e.status = 'enrolled' ORDER BY e.progress_percent, u.email LIMIT 1`,
      [seedId('cohort:fr-101-online-now')],
    );
    if (!rows[0]) throw new Error('the seed has no officer in fr-101-online-now');
    return { email: rows[0].email, enrolmentId: rows[0].id };
  } finally {
    await db.end();
  }
}

/** The route's address for this role, its parameters filled from the seed (none to open: left out). */
async function hrefsFor(role: Role, api: Api, learnerEnrolment?: string): Promise<Map<AppRoute, string>> {
  const first = async (path: string) => (await api.get<Page_<{ id: string }>>(path)).items[0]?.id;
  const params: Record<string, string | undefined> = {
    courseId: await first('/api/courses'),
  };
  const uses = (name: string) =>
    [...ROUTES].some(([key, pattern]) => ACCESS[key]?.includes(role) && pattern.includes(`:${name}`));
  if (uses('enrolmentId')) {
    const enrolments =
      await api.get<Page_<{ id: string; nextLessonId: string | null; status: string }>>('/api/enrolments?mine=true');
    const enrolment =
      enrolments.items.find((e) => e.id === learnerEnrolment) ??
      enrolments.items.find((e) => e.status === 'enrolled' && e.nextLessonId);
    params.enrolmentId = enrolment?.id;
    params.lessonId = enrolment?.nextLessonId ?? undefined;
    if (enrolment)
      params.attemptId = (await api.get<{ id: string }[]>(`/api/enrolments/${enrolment.id}/attempts`))[0]?.id;
  }
  if (uses('userId')) params.userId = await first('/api/users');
  if (uses('officerId'))
    params.officerId =
      role === 'officer' ? (await api.get<{ id: string }>('/api/auth/me')).id : await first('/api/training-records');
  // A course's translation into one of the portal's other languages.
  if (uses('locale')) params.locale = 'es';
  if (uses('requestId')) params.requestId = await first('/api/training-requests');
  if (uses('trainerId')) params.trainerId = await first('/api/trainers');
  if (uses('programmeId')) params.programmeId = await first('/api/certification-programmes');
  if (uses('id')) params.id = await first('/api/certification-programmes');
  if (uses('workplanId')) params.workplanId = await first('/api/workplans');
  if (uses('assessmentId')) params.assessmentId = await first('/api/needs-assessments');
  if (uses('cohortId'))
    params.cohortId =
      role === 'trainer' ? await first('/api/cohorts?mine=true') : seedId('cohort:ee-201-bucharest-running');
  if (uses('sessionId') && params.cohortId)
    params.sessionId = (
      await api.get<Page_<{ id: string; status: string }>>(`/api/cohorts/${params.cohortId}/sessions`)
    ).items.find((s) => s.status === 'scheduled')?.id;

  const hrefs = new Map<AppRoute, string>();
  for (const [key, pattern] of ROUTES) {
    if (!ACCESS[key]?.includes(role)) continue;
    let missing = false;
    const href = pattern.replace(/:(\w+)(\?)?/g, (_, name: string, optional?: string) => {
      const value = params[name];
      if (!value && !optional) missing = true;
      return value ? encodeURIComponent(value) : '';
    });
    if (missing) process.stderr.write(`[slow-links] ${role}: nothing to open at ${pattern}\n`);
    else hrefs.set(key, href.replace(/(.)\/$/, '$1')); // an optional last segment left empty
  }
  return hrefs;
}

/** Waits for a page to settle: its heading, its data (no spinner left), the network quiet. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await visible(page.locator('#main h1'), 60_000);
  await page.waitForFunction(() => !document.querySelector('#main .spinner'), undefined, { timeout: 60_000 });
}

/** Elements wider than the viewport, for the failure message. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const wide = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .filter((el) => !el.closest('.table-wrap, [data-scroll-x]'))
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide };
  });
}

const ACCOUNTS: Record<Role, string> = {
  officer: '', // a seeded officer: see seededLearner
  coordinator: 'coordinator@icspa.test',
  trainer: 'trainer@icspa.test',
  member_admin: 'member@icspa.test',
  admin: 'admin@icspa.test',
};

describe('phones', () => {
  const walked = new Set<AppRoute>();

  it('the walk below lists every route of the registry with the roles that may open it', () => {
    expect([...ROUTES.keys()].filter((key) => !ACCESS[key])).toEqual([]);
  });

  it('the menu folds away behind a button: aria-expanded, Escape closes it and focus returns to the button', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await signIn(page, 'officer@icspa.test', 'en', 'slow-links');
      await page.setViewportSize({ width: 390, height: 844 });
      await settle(page);
      const nav = page.getByRole('navigation', { name: t('en', 'nav.label') });
      const button = page.getByRole('button', { name: t('en', 'layout.menu') });
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.isVisible()).toBe(false);
      const header = await page.locator('.app-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(64);
      const size = await button.boundingBox();
      expect(Math.min(size!.width, size!.height)).toBeGreaterThanOrEqual(44);

      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      await visible(nav);
      await visible(page.getByRole('button', { name: t('en', 'layout.signOut') }));
      for (const link of await nav.getByRole('link').all()) {
        const box = await link.boundingBox();
        expect(box!.height).toBeGreaterThanOrEqual(44);
      }
      await shot(page, 'slow-links', 'en', 'phone-menu-open');
      expect(await axeViolations(page)).toEqual([]);

      await page.keyboard.press('Escape');
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await nav.isVisible()).toBe(false);
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

      // Choosing a page closes the menu.
      await button.click();
      await nav.getByRole('link', { name: t('en', 'nav.catalogue'), exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: t('en', 'nav.catalogue') }));
      expect(await button.getAttribute('aria-expanded')).toBe('false');
    } finally {
      await context.close();
    }
  });

  it.each(['officer', 'coordinator', 'trainer', 'member_admin', 'admin'] as Role[])(
    '%s: no page scrolls sideways at 360×740 or 390×844, and axe stays clean',
    async (role) => {
      let email = ACCOUNTS[role];
      let learnerEnrolment: string | undefined;
      if (role === 'officer') {
        const learner = await seededLearner();
        email = learner.email;
        learnerEnrolment = learner.enrolmentId;
        // Starts an attempt, or answers the open one: the attempt page has something to show.
        await (await apiSession(email)).post(`/api/enrolments/${learnerEnrolment}/attempts`, {});
      }
      const api = await apiSession(email);
      const hrefs = await hrefsFor(role, api, learnerEnrolment);

      const context = await newContext(browser);
      const failures: string[] = [];
      try {
        const login = await context.request.post('/api/auth/login', {
          data: { email, password: PASSWORD },
          headers: { origin: baseUrl() },
        });
        expect(login.status()).toBe(200);
        const page = await context.newPage();
        for (const [key, href] of hrefs) {
          // One load per route: measured at 360 px, then at 390 px after the window is widened.
          await page.setViewportSize({ width: 360, height: 740 });
          await page.goto(href);
          await settle(page);
          for (const [width, height] of [
            [360, 740],
            [390, 844],
          ]) {
            await page.setViewportSize({ width, height });
            const measured = await overflow(page);
            if (measured.scrollWidth > measured.innerWidth)
              failures.push(`${key} ${href} at ${width}: ${JSON.stringify(measured)}`);
          }
          await page.setViewportSize({ width: 360, height: 740 });
          const bad = await axeViolations(page);
          if (bad.length) failures.push(`${key} ${href}: axe ${bad.map((v) => v.id).join(', ')}`);
          process.stderr.write(`[slow-links] ${role} ${key} ${href}: ${failures.length} failures so far\n`);
          walked.add(key);
        }
      } finally {
        await context.close();
      }
      expect(failures).toEqual([]);
    },
  );

  it('every route of the registry was walked by at least one role', () => {
    expect([...ROUTES.keys()].filter((key) => !walked.has(key))).toEqual([]);
  });
});
