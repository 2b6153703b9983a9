import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import {
  apiResponse,
  axeViolations,
  expectOk,
  Lang,
  launchBrowser,
  navigate,
  newContext,
  selectOptionContaining,
  shot,
  signIn,
  t,
  visible,
} from './support/browser';
import { appNow, E2eState, STATE_ENV } from './support/env';
import { image } from './support/uptake';

jest.setTimeout(240_000);

/**
 * From needs to delivery, the workplan half: with an approved needs assessment of the coordinator's unit (written here
 * when no earlier journey approved one), an admin proposes Ukraine's workplan, reads each line's reason, edits a
 * line, approves the plan, finds its training requests in the queue, its competency coverage, and — after Refresh
 * now, since the dashboard reads the rollup — the plan on the regional dashboard: the map coloured by plan
 * delivery with its table, and Ukraine's planned, trained and certified officers per quarter (chart and table).
 */
let browser: Browser;
let unitName: string;
let state: E2eState;
beforeAll(async () => {
  browser = await launchBrowser();
  state = JSON.parse(readFileSync(process.env[STATE_ENV] as string, 'utf8')) as E2eState;
  const db = new Client({ connectionString: state.databaseUrl });
  await db.connect();
  try {
    const [unit] = (
      await db.query(
        `SELECT u.id, u.name FROM app_user a JOIN police_unit u ON u.id = a.police_unit_id WHERE a.email = 'coordinator@icspa.test'`,
      )
    ).rows;
    const unitId: string = unit.id;
    unitName = unit.name;
    const approved = await db.query(
      `SELECT 1 FROM needs_assessment WHERE police_unit_id = $1 AND status = 'approved'`,
      [unitId],
    );
    if (!approved.rows.length) {
      const [{ id }] = (
        await db.query(
          `INSERT INTO needs_assessment (police_unit_id, status, assessed_on, submitted_at, reviewed_at)
           VALUES ($1, 'approved', current_date, now(), now()) RETURNING id`,
          [unitId],
        )
      ).rows;
      await db.query(
        `INSERT INTO needs_assessment_role (needs_assessment_id, competency_role_id, officers_now, officers_needed)
         SELECT $1, id, 2, 12 FROM competency_role WHERE retired_at IS NULL ORDER BY position LIMIT 2`,
        [id],
      );
    }
    // Every required competency below its level needs a course that gives it: the seeded courses give some.
    await db.query(
      `INSERT INTO course_competency (course_id, competency_id, level)
       SELECT k.id, rc.competency_id, 5 FROM (SELECT id FROM course WHERE status = 'published' AND level <> 'foundation' ORDER BY code LIMIT 1) k
       CROSS JOIN (SELECT DISTINCT competency_id FROM competency_role_competency) rc
       ON CONFLICT DO NOTHING`,
    );
  } finally {
    await db.end();
  }
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

describe('workplans', () => {
  it('admin (en): proposes Ukraine’s workplan, edits a line, approves it, sees the requests and the plan delivery', async () => {
    const lang: Lang = 'en';
    const journey = 'workplan';
    const year = appNow().getUTCFullYear() + 1;
    await withPage(async (page) => {
      await signIn(page, 'admin@icspa.test', lang, journey);
      await navigate(page, lang, 'nav.workplans');
      await visible(page.getByRole('heading', { name: t(lang, 'planning.workplanList.title'), level: 1 }));
      await selectOptionContaining(page.getByLabel(t(lang, 'planning.list.country'), { exact: true }), 'Ukraine');
      await visible(page.getByLabel(t(lang, 'planning.list.weight')));
      await page.getByLabel(t(lang, 'planning.list.periodStart')).fill(`${year}-Q1`);
      await page.getByLabel(t(lang, 'planning.list.periodEnd')).fill(`${year}-Q4`);
      const created = apiResponse(page, 'POST', /^\/api\/workplans$/);
      await page.getByRole('button', { name: t(lang, 'planning.list.propose') }).click();
      expectOk(await created);

      const lines = page.getByRole('table', { name: t(lang, 'planning.lines.caption') });
      await visible(lines);
      const row = lines.getByRole('row').filter({ hasText: unitName }).first();
      await visible(row);
      // Each proposed line explains itself: gap × priority = score.
      await visible(row.getByText(/× .* = /));
      await shot(page, journey, lang, '01-proposal');

      const officers = row.getByRole('spinbutton');
      await officers.fill('7');
      const saved = apiResponse(page, 'PATCH', /^\/api\/workplans\/[^/]+\/lines\/[^/]+$/);
      await officers.blur();
      expectOk(await saved);
      expect(await axeViolations(page)).toEqual([]);

      const approved = apiResponse(page, 'POST', /^\/api\/workplans\/[^/]+\/approve$/);
      await page.getByRole('button', { name: t(lang, 'planning.plan.approve') }).click();
      expectOk(await approved);
      await visible(page.getByRole('status').filter({ hasText: /\d/ }));
      const requestLink = lines.getByRole('link', { name: t(lang, 'planning.lines.request'), exact: true }).first();
      await visible(requestLink);
      await visible(page.getByRole('table', { name: t(lang, 'planning.progress.caption') }));
      const coverage = page.getByRole('table', { name: t(lang, 'planning.coverage.caption') });
      await visible(coverage.getByRole('row').filter({ hasText: unitName }).first());
      await visible(page.getByRole('img', { name: new RegExp(`^${t(lang, 'planning.coverage.chartTitle')}`) }));
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, journey, lang, '02-approved');

      // The request of the first delivered line: its course on its page, and its unit and course in the queue.
      const delivered = lines
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: t(lang, 'planning.lines.request'), exact: true }) })
        .first();
      const courseTitle = ((await delivered.locator('td, th').nth(1).textContent()) ?? '').trim();
      const deliveredUnit = ((await delivered.locator('td, th').nth(0).textContent()) ?? '').trim();
      await requestLink.click();
      await page.waitForURL(/\/training-requests\/[^/]+$/);
      await visible(page.getByText(courseTitle).first());
      await navigate(page, lang, 'nav.trainingRequests');
      await visible(page.getByRole('row').filter({ hasText: courseTitle }).filter({ hasText: deliveredUnit }));

      await navigate(page, lang, 'nav.uptake');
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'uptake.title') }));
      // The dashboard reads the rollup: Refresh now takes the approved plan into it.
      const refreshed = apiResponse(page, 'POST', /^\/api\/reporting\/uptake\/refresh$/);
      await page.getByRole('button', { name: t(lang, 'uptake.refresh.button') }).click();
      expectOk(await refreshed);
      const done = t(lang, 'uptake.refresh.done', { time: '' }).split(':')[0];
      await visible(page.getByRole('status').filter({ hasText: done }), 90_000);

      // The map coloured by plan delivery, the table beside it: Ukraine's officers planned, as the plan lines hold.
      const db = new Client({ connectionString: state.databaseUrl });
      await db.connect();
      const [{ planned }] = (
        await db
          .query(
            `SELECT sum(l.officers)::int AS planned FROM plan_line l JOIN workplan w ON w.id = l.workplan_id
             WHERE w.status = 'approved' AND w.country_code = 'UA'`,
          )
          .finally(() => db.end())
      ).rows;
      await page.getByLabel(t(lang, 'uptake.map.figure')).selectOption('planDelivery');
      await page.waitForURL(/[?&]figure=planDelivery\b/);
      const byCountry = page.getByRole('table', { name: t(lang, 'uptake.planDelivery.byCountry') });
      const ukraine = byCountry.getByRole('row').filter({ hasText: 'Ukraine' });
      await visible(ukraine);
      await visible(ukraine.getByRole('cell', { name: new Intl.NumberFormat('en').format(planned), exact: true }));
      const shape = page.locator('svg.world-map path[data-country="UA"]');
      await visible(shape, 90_000);
      expect(await shape.getAttribute('fill')).not.toBe('#c3c7cc'); // coloured, not "no figures"
      await shot(page, journey, lang, '03-dashboard-map');

      // Ukraine: planned, trained and certified per quarter, a chart with its table beside it.
      await shape.click();
      await page.waitForURL(/[?&]country=UA\b/);
      await visible(image(page, t(lang, 'uptake.planDelivery.chartTitle', { place: 'Ukraine' })), 90_000);
      const quarters = page.getByRole('table', { name: t(lang, 'uptake.planDelivery.byQuarter') });
      await visible(quarters.getByRole('row').filter({ hasText: `${year}-Q1` }));
      // Every table filled for Ukraine (a table still showing the world's figures is drawn faint while it loads).
      await page.waitForFunction(() => !document.querySelector('.table--busy'), undefined, { timeout: 60_000 });
      expect(await axeViolations(page)).toEqual([]);
      await shot(page, journey, lang, '04-dashboard-country');
    });
  });
});
