import { Browser, Page } from 'playwright-core';
import {
  apiResponse,
  axeViolations,
  expectOk,
  Lang,
  launchBrowser,
  navigate,
  newContext,
  shot,
  signIn,
  t,
  visible,
} from './support/browser';
import { atlasCodes, dashboardShown, image } from './support/uptake';

jest.setTimeout(240_000);

/**
 * Regional uptake: the admin's dashboard (map with one shape per atlas country, trend charts, sortable
 * tables, drill-down into a country's police units, CSV download, refresh), the member admin's view of
 * it (regions and countries, their own firm) and the coordinator's unit against its country. Nothing
 * here depends on the figures themselves: the seed's history may be short. Read-only, except that the
 * refresh recomputes the rollup (no other journey reads it) and that signing in saves each user's
 * language, as every journey's sign-in does.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage(fn: (page: Page) => Promise<void>) {
  const context = await newContext(browser);
  try {
    await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('regional uptake', () => {
  it('admin (en): map with one shape per atlas country, charts, sortable tables, drill-down, CSV and refresh', async () => {
    const lang: Lang = 'en';
    const journey = 'uptake';
    await withPage(async (page) => {
      await signIn(page, 'admin@icspa.test', lang, journey);
      await navigate(page, lang, 'nav.uptake');
      await dashboardShown(page, lang);
      const map = image(
        page,
        t(lang, 'uptake.map.title', {
          figure: t(lang, 'uptake.figures.officersEnrolled'),
          place: t(lang, 'uptake.world'),
        }),
      );
      await visible(map);
      await shot(page, journey, lang, '01-dashboard');

      // One shape per atlas feature; every country code once.
      const atlas = atlasCodes();
      expect(await page.locator('svg.world-map path[data-country]').count()).toBe(atlas.features);
      const drawn = await page
        .locator('svg.world-map path[data-country]:not([data-country=""])')
        .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-country')));
      expect(drawn.length).toBe(atlas.codes.length);
      expect(new Set(drawn).size).toBe(drawn.length);
      expect([...drawn].sort()).toEqual([...atlas.codes].sort());
      expect(await axeViolations(page)).toEqual([]);

      // A header sorts its table, and says so.
      const countries = page.getByRole('table', { name: t(lang, 'uptake.areas.countries'), exact: true });
      const header = countries.getByRole('columnheader', { name: t(lang, 'uptake.figures.completions') });
      await header.getByRole('button').click();
      expect(await header.getAttribute('aria-sort')).toBe('descending');
      await header.getByRole('button').click();
      expect(await header.getAttribute('aria-sort')).toBe('ascending');

      // The CSV of a table downloads with the same filters.
      const csvHref = await page
        .getByRole('link', {
          name: new RegExp(`^${t(lang, 'uptake.downloadCsv')}.*${t(lang, 'uptake.areas.countries')}\\)$`),
        })
        .getAttribute('href');
      expect(csvHref).toMatch(
        /^\/api\/reporting\/uptake\/export\?table=areas&level=country&from=\d{4}-\d{2}&to=\d{4}-\d{2}$/,
      );
      const csv = expectOk(await page.request.get(csvHref!));
      expect(csv.headers()['content-type']).toMatch(/^text\/csv/);

      // The hotspot gap's CSV holds every country (the API has no hotspot filter), and its link says so.
      const gapTable = t(lang, 'uptake.gap.caption', { place: t(lang, 'uptake.world') });
      // Once the API has answered its HEAD, the link also says the file's size ("… (12 kB) (table)").
      const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const gapLink = page.getByRole('link', {
        name: new RegExp(`^${literal(t(lang, 'uptake.gap.downloadCsv'))} \\(\\d[^)]*\\) \\(${literal(gapTable)}\\)$`),
      });
      expect(await gapLink.getAttribute('href')).toBe(csvHref);

      // Clicking a country on the map drills into it: an admin sees its police units.
      await page.locator('svg.world-map path[data-country="UA"]').click();
      await page.waitForURL(/[?&]country=UA\b/);
      const ukraine = 'Ukraine';
      await visible(page.getByRole('navigation', { name: t(lang, 'uptake.breadcrumbs') }).getByText(ukraine));
      await visible(page.getByRole('table', { name: t(lang, 'uptake.areas.unitsOf', { place: ukraine }) }));
      await visible(image(page, t(lang, 'uptake.trends.learning', { place: ukraine })));
      await shot(page, journey, lang, '02-country');
      expect(await axeViolations(page)).toEqual([]);

      // Refresh now: the worker recomputes the figures, the page follows its progress to the end.
      const refreshed = apiResponse(page, 'POST', /^\/api\/reporting\/uptake\/refresh$/);
      await page.getByRole('button', { name: t(lang, 'uptake.refresh.button') }).click();
      expectOk(await refreshed);
      const done = t(lang, 'uptake.refresh.done', { time: '' }).split(':')[0];
      await visible(page.getByRole('status').filter({ hasText: done }), 90_000);
      await shot(page, journey, lang, '03-refreshed');
    });
  });

  it('member admin (zh-CN): regions and countries without police units, and their own firm', async () => {
    const lang: Lang = 'zh-CN';
    const journey = 'uptake-member';
    await withPage(async (page) => {
      await signIn(page, 'member@icspa.test', lang, journey);
      await navigate(page, lang, 'nav.uptake');
      await dashboardShown(page, lang);
      await visible(page.getByRole('heading', { level: 2, name: t(lang, 'uptake.firms.ownTitle') }));
      await visible(
        page
          .getByRole('table', { name: t(lang, 'uptake.firms.ownTitle') })
          .getByRole('row')
          .nth(1),
      );
      await visible(page.locator('a.csv-link').filter({ hasText: t(lang, 'uptake.gap.downloadCsv') }));
      await shot(page, journey, lang, '01-dashboard');
      expect(await axeViolations(page)).toEqual([]);

      await page.locator('svg.world-map path[data-country="UA"]').click();
      await page.waitForURL(/[?&]country=UA\b/);
      await visible(page.getByText(t(lang, 'uptake.areas.unitsAdminOnly')));
      // The country's CSV holds the one row its table shows, not every country of the region.
      const countryCsv = page
        .locator('.table-block', { hasText: t(lang, 'uptake.areas.unitsAdminOnly') })
        .locator('a.csv-link');
      expect(await countryCsv.getAttribute('href')).toMatch(
        /^\/api\/reporting\/uptake\/export\?table=areas&level=country&region=eastern-europe&country=UA&from=\d{4}-\d{2}&to=\d{4}-\d{2}$/,
      );
      const countryLines = (await expectOk(await page.request.get((await countryCsv.getAttribute('href'))!)).text())
        .trim()
        .split(/\r?\n/)
        .slice(1);
      // The figures' rows, then the export stamp as the last line (who exported it, and when).
      expect(countryLines.map((line) => line.split(',')[0])).toEqual([
        'UA',
        'total',
        expect.stringContaining('# Exported by'),
      ]);
      await shot(page, journey, lang, '02-country');
    });
  });

  it('coordinator (uk): their unit against the average unit of its country', async () => {
    const lang: Lang = 'uk';
    const journey = 'uptake-coordinator';
    await withPage(async (page) => {
      await signIn(page, 'coordinator@icspa.test', lang, journey);
      await navigate(page, lang, 'nav.unitUptake');
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'uptake.unit.title') }));
      const chart = page.locator('figure.chart svg[role="img"]');
      await visible(chart, 30_000);
      const table = page
        .getByRole('table')
        .filter({ has: page.getByRole('columnheader', { name: t(lang, 'uptake.unit.yourUnit') }) });
      await visible(table.getByRole('row', { name: new RegExp(t(lang, 'uptake.figures.enrolments')) }));
      const csvHref = await page
        .getByRole('link', { name: new RegExp(`^${t(lang, 'uptake.downloadCsv')}`) })
        .getAttribute('href');
      expect(csvHref).toMatch(/^\/api\/reporting\/uptake\/export\?table=my-unit&/);
      await shot(page, journey, lang, '01-unit');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
