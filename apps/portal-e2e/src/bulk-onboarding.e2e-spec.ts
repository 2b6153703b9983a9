import { randomBytes } from 'node:crypto';
import { Browser } from 'playwright-core';
import { apiSession, eventually } from './support/api';
import {
  apiResponse,
  chooseLanguage,
  expectOk,
  launchBrowser,
  newContext,
  shot,
  signIn,
  t,
  visible,
  type Lang,
} from './support/browser';

jest.setTimeout(240_000);

/**
 * Bulk onboarding (issue 16), on a phone (360 px wide): the demo coordinator imports a small CSV of new
 * officers — one Ukrainian, one Chinese name, one bad row — checks it, applies it, watches it finish, and the
 * officers are in the unit's roster, where she finds one by name and opens that officer's training record. The
 * admin's audit log then says the import in words, in English and Ukrainian.
 */
const COORDINATOR = 'coordinator@icspa.test';
const LANG: Lang = 'uk';

interface UnitOfficer {
  id: string;
  displayName: string;
  email: string;
}

type Api = Awaited<ReturnType<typeof apiSession>>;

/** Every officer of the unit, page by page (the demo unit has hundreds with the generated history). */
async function rosterOf(api: Api, unitId: string): Promise<UnitOfficer[]> {
  const all: UnitOfficer[] = [];
  for (let page = 1; ; page++) {
    const found = await api.get<{ items: UnitOfficer[]; total: number }>(
      `/api/police-units/${unitId}/officers?page=${page}&pageSize=100`,
    );
    all.push(...found.items);
    if (found.items.length < 100 || all.length >= found.total) return all;
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('bulk onboarding journey', () => {
  it('uk: a coordinator imports a CSV of officers on a phone and finds them in the unit', async () => {
    const run = randomBytes(3).toString('hex');
    const officers = [
      { email: `olena.${run}@unit.example`, name: `Олена Ткаченко ${run}` },
      { email: `li.${run}@unit.example`, name: `李静 ${run}` },
    ];
    const csv = [
      'email;name;language',
      `${officers[0].email};${officers[0].name};uk`,
      `${officers[1].email};${officers[1].name};zh-CN`,
      `not-an-address;Nobody ${run};`,
    ].join('\r\n');
    const coordinator = await apiSession(COORDINATOR);
    const me = await coordinator.get<{ policeUnitId: string }>('/api/auth/me');

    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await signIn(page, COORDINATOR, LANG, 'bulk-onboarding');
      // A phone from here on (signing in waits for the desktop navigation).
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto('/my-unit');
      await page.getByRole('link', { name: t(LANG, 'myUnit.importLink') }).click();
      await visible(page.getByRole('heading', { level: 1, name: t(LANG, 'officerImport.title') }));

      await page.getByLabel(t(LANG, 'officerImport.file')).setInputFiles({
        name: 'officers.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${csv}\r\n`, 'utf8'),
      });
      const previewed = apiResponse(page, 'POST', /^\/api\/officer-imports\/preview$/);
      await page.getByRole('button', { name: t(LANG, 'officerImport.preview') }).click();
      expectOk(await previewed);
      await visible(
        page.getByText(t(LANG, 'officerImport.summary', { total: 3, new: 2, update: 0, unchanged: 0, error: 1 })),
      );
      // The bad row is shown first, with its column and reason in Ukrainian.
      const table = page.getByRole('table', { name: t(LANG, 'officerImport.caption') });
      await visible(
        table.getByText(
          t(LANG, 'officerImport.problem', {
            column: t(LANG, 'officerImport.columns.email'),
            problem: t(LANG, 'officerImport.problems.email_invalid'),
          }),
        ),
      );
      await page
        .getByRole('button', {
          name: t(LANG, 'officerImport.filterStatus', { status: t(LANG, 'officerImport.status.new'), total: 2 }),
        })
        .click();
      await visible(table.getByText(officers[1].name));
      // Nothing is written by the check.
      expect((await rosterOf(coordinator, me.policeUnitId)).filter((o) => o.email.includes(run))).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await shot(page, 'bulk-onboarding', LANG, '01-preview');

      const started = apiResponse(page, 'POST', /^\/api\/officer-imports$/);
      await page.getByRole('button', { name: t(LANG, 'officerImport.apply', { total: 2 }) }).click();
      expectOk(await started);
      await visible(
        page.getByText(t(LANG, 'officerImport.applied', { new: 2, update: 0, unchanged: 0, error: 1 })),
        60_000,
      );
      await visible(page.getByRole('link', { name: t(LANG, 'officerImport.errorReport') }));
      await visible(page.getByRole('button', { name: t(LANG, 'officerImport.invitations') }));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await shot(page, 'bulk-onboarding', LANG, '02-applied');

      // The unit roster finds the new officer by name (the people search) and opens her training record.
      await page.goto('/unit/roster');
      await visible(page.getByRole('heading', { level: 1, name: t(LANG, 'unitRoster.title') }));
      // The answer to this search, not the roster's first page loading beside it.
      const searched = page.waitForResponse(
        (r) => {
          const url = new URL(r.url());
          return url.pathname === '/api/training-records' && url.searchParams.get('q') === officers[0].name;
        },
        { timeout: 20_000 },
      );
      await page.getByRole('searchbox', { name: t(LANG, 'unitRoster.filters.search') }).fill(officers[0].name);
      expectOk(await searched);
      const rosterTable = page.getByRole('table', { name: t(LANG, 'unitRoster.caption') });
      const link = rosterTable.getByRole('link', { name: officers[0].name, exact: true });
      await visible(link);
      await page.waitForURL((url) => url.searchParams.get('q') === officers[0].name);
      const record = apiResponse(page, 'GET', /^\/api\/training-records\/[^/]+$/);
      await link.click();
      expectOk(await record);
      await visible(
        page.getByRole('heading', { level: 1, name: t(LANG, 'trainingRecord.titleOf', { name: officers[0].name }) }),
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await shot(page, 'bulk-onboarding', LANG, '03-training-record');
    } finally {
      await context.close();
    }

    // The admin's audit log says the import in words, in two languages.
    const coordinatorMe = await coordinator.get<{ displayName: string }>('/api/auth/me');
    const admin = await apiSession('admin@icspa.test');
    const unit = await admin.get<{ name: string }>(`/api/police-units/${me.policeUnitId}`);
    const adminContext = await newContext(browser);
    try {
      const page = await adminContext.newPage();
      await signIn(page, 'admin@icspa.test', 'en', 'bulk-onboarding');
      for (const lang of ['en', LANG] as const) {
        await chooseLanguage(page, lang, true);
        const events = apiResponse(page, 'GET', /^\/api\/audit-events$/);
        await page.goto(
          `/admin/audit-log?entityType=police_unit&entityId=${me.policeUnitId}&action=officer_import.apply`,
        );
        expectOk(await events);
        const sentence = t(lang, 'auditLog.sentences.officer_import_apply', {
          actor: coordinatorMe.displayName,
          object: unit.name,
        });
        await visible(page.getByText(sentence, { exact: true }).first());
        // The action and the object by their names, not their code and id.
        // (The note ends with its "show all" button.)
        await visible(page.getByText(t(lang, 'auditLog.filters.onObject', { name: unit.name })));
        await visible(
          page.getByRole('cell', { name: t(lang, 'auditLog.actions.officer_import_apply'), exact: true }).first(),
        );
        await shot(page, 'bulk-onboarding', lang, '04-audit-log');
      }
    } finally {
      await adminContext.close();
    }

    // The unit's roster holds both officers, their names as written.
    const roster = await eventually('the imported officers in the roster', async () => {
      const found = (await rosterOf(coordinator, me.policeUnitId)).filter((o) => o.email.includes(run));
      return found.length === 2 ? found : undefined;
    });
    expect(roster.map((o) => o.displayName).sort()).toEqual(officers.map((o) => o.name).sort());
  });
});
