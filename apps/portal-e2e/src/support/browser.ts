import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APIResponse, Browser, BrowserContext, chromium, Locator, Page, Request, Response } from 'playwright-core';
import { ARTIFACTS_DIR, BASE_URL_ENV, REPO_ROOT } from './env';

export const LANGS = ['en', 'uk', 'es', 'pt-BR', 'ru', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];
export const PASSWORD = 'Academy!2024';

export function baseUrl(): string {
  const url = process.env[BASE_URL_ENV];
  if (!url)
    throw new Error(`${BASE_URL_ENV} is not set: run the e2e tests through jest (apps/portal-e2e/jest.config.ts)`);
  return url;
}

/** The system Chromium, headless; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    timeout: 60_000,
  });
}

/**
 * A fresh context (no cookies, no stored language) that may only talk to the test server: the shared one,
 * or the one at `base` (a private API, support/server.ts).
 */
export async function newContext(browser: Browser, base = baseUrl()): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: base,
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  const origin = new URL(base).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

type Tree = { [key: string]: string | Tree };
const locales = new Map<string, Tree>();

/** A translated UI string, read from the portal's own locale files (falls back to English like i18next). */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  // `ns:key`: a namespace of its own, `locales/<ns>/<lang>.json` (the offline verifier's `verifier:`).
  const [ns, path] = key.includes(':') ? key.split(':') : ['', key];
  const lookup = (l: Lang): string | undefined => {
    const file = ns ? `${ns}/${l}` : l;
    if (!locales.has(file))
      locales.set(
        file,
        JSON.parse(readFileSync(join(REPO_ROOT, 'apps/portal/src/locales', `${file}.json`), 'utf8')) as Tree,
      );
    let node: string | Tree | undefined = locales.get(file);
    for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  const text = lookup(lang) ?? lookup('en');
  if (text === undefined) throw new Error(`no translation for ${key}`);
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}

/** An exact, whole-string match for a translated label. */
export function exact(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/** Screenshot of one journey step: test-artifacts/e2e/<journey>-<lang>-<step>.png. */
export async function shot(page: Page, journey: string, lang: Lang, step: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${journey}-${lang}-${step}.png`), fullPage: true });
}

/** Waits until the locator is visible (playwright-core has no `expect`). */
export async function visible(locator: Locator, timeout?: number): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator.first();
}

/**
 * The response of the next matching API request. A request that fails without one (a reset connection, a
 * refused one) rejects at once, naming the browser's reason, rather than after the timeout. A request the
 * page cancelled itself (`net::ERR_ABORTED`: a query superseded by the next, as a filter changes) is not a
 * failure: the wait goes on for the request that replaced it.
 */
export function apiResponse(page: Page, method: string, pathPattern: RegExp, timeout = 20_000): Promise<Response> {
  const matches = (request: Request) =>
    request.method() === method && pathPattern.test(new URL(request.url()).pathname);
  const response = page.waitForResponse((r) => matches(r.request()), { timeout });
  const failedOnItsOwn = (request: Request) => matches(request) && request.failure()?.errorText !== 'net::ERR_ABORTED';
  const failed = page.waitForEvent('requestfailed', { predicate: failedOnItsOwn, timeout }).then(
    (request) =>
      Promise.reject(
        new Error(`${method} ${new URL(request.url()).pathname} got no response: ${request.failure()?.errorText}`),
      ),
    () => new Promise<never>(() => undefined), // no failure: the response (or its timeout) decides
  );
  return Promise.race([response, failed]);
}

/**
 * Switches the UI language. Signed in, the choice is also saved for the user (PATCH /api/auth/me),
 * which this waits for. Returns once `<html lang>` says so.
 */
export async function chooseLanguage(page: Page, lang: Lang, signedIn: boolean): Promise<void> {
  const current = (await page.locator('html').getAttribute('lang')) ?? 'en';
  if (current === lang) return;
  // The header's switcher comes first in the page (the catalogue also has a "Language" filter).
  const select = page.getByRole('combobox', { name: t(current as Lang, 'layout.language'), exact: true }).first();
  const saved = signedIn ? apiResponse(page, 'PATCH', /^\/api\/auth\/me$/) : null;
  await select.selectOption(lang);
  if (saved) expectOk(await saved);
  await page.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
}

export function expectOk<R extends Response | APIResponse>(response: R): R {
  if (!response.ok()) throw new Error(`${response.url()} answered ${response.status()}`);
  return response;
}

/** Signs in through the form, in the given language, and waits for the signed-in shell. */
export async function signIn(page: Page, email: string, lang: Lang, journey: string): Promise<void> {
  await page.goto('/sign-in');
  await visible(page.getByLabel(t('en', 'signIn.email')).or(page.locator('input[type=email]')));
  await chooseLanguage(page, lang, false);
  await page.getByLabel(t(lang, 'signIn.email'), { exact: true }).fill(email);
  await page.getByLabel(t(lang, 'signIn.password'), { exact: true }).fill(PASSWORD);
  await shot(page, journey, lang, '00-sign-in');
  const login = apiResponse(page, 'POST', /^\/api\/auth\/login$/);
  await page.getByRole('button', { name: t(lang, 'signIn.submit') }).click();
  expectOk(await login);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  // Signed in, the portal switches to the user's saved language (an earlier run may have saved another):
  // wait until it has, then make it this run's language again (which saves it).
  const me = await page.request.get('/api/auth/me');
  expectOk(me);
  const saved = ((await me.json()) as { locale?: string | null }).locale;
  const savedLang =
    LANGS.find((l) => l === saved) ?? LANGS.find((l) => saved && l.split('-')[0] === saved.split('-')[0]);
  await page.locator(`html[lang="${savedLang ?? lang}"]`).waitFor({ state: 'attached' });
  await visible(page.getByRole('navigation', { name: t(savedLang ?? lang, 'nav.label') }));
  await chooseLanguage(page, lang, true);
  await visible(page.getByRole('navigation', { name: t(lang, 'nav.label') }));
}

/** Follows a link of the main navigation by its translated name. */
export async function navigate(page: Page, lang: Lang, navKey: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: t(lang, 'nav.label') });
  const link = nav.getByRole('link', { name: t(lang, navKey), exact: true });
  const href = await link.getAttribute('href');
  await link.click();
  // Fails here, naming the link, when the click did not navigate (rather than later on a missing heading).
  if (href) await page.waitForURL((url) => url.pathname === new URL(href, url).pathname);
}

let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Runs axe-core on the page and returns the serious and critical violations, minus the rule ids
 * listed in `exclude` (each exclusion must name a reported portal defect at its call site).
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // The portal's CSP (script-src 'self') refuses inline <script> tags, so `addScriptTag({ content })` is
  // blocked; evaluating the source through the DevTools protocol is not subject to it, and leaves the
  // page's CSP in force for the page itself (no bypassCSP).
  if (!loaded) await page.evaluate(`${axeSource}\n;void 0;`);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  const bad = violations.filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !exclude.includes(v.id));
  if (bad.length) process.stderr.write(`[axe] ${page.url()}\n${JSON.stringify(bad, null, 2)}\n`);
  return bad;
}

/** Selects the first option of a `<select>` whose text contains `text` (labels often add codes or dates). */
export async function selectOptionContaining(select: Locator, text: string): Promise<void> {
  const option = select.locator('option', { hasText: text }).first();
  await option.waitFor({ state: 'attached' });
  const value = await option.getAttribute('value');
  await select.selectOption(value ?? { label: ((await option.textContent()) ?? '').trim() });
}
