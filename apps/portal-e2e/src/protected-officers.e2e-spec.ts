import { Browser } from 'playwright-core';
import { apiSession } from './support/api';
import {
  apiResponse,
  axeViolations,
  expectOk,
  type Lang,
  launchBrowser,
  newContext,
  shot,
  signIn,
  t,
  visible,
} from './support/browser';
import { appNow } from './support/env';

jest.setTimeout(240_000);

/**
 * Protected officers and the access log (issue 20): a coordinator marks one of their officers protected, in
 * Ukrainian (the seeded unit is in Ukraine); an admin then reads that officer's training record from outside the
 * unit; the coordinator sees who accessed it, dated by the application's clock.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface RosterPage {
  items: Array<{ id: string; name: string; role: string }>;
}

describe('protected officers and who accessed their record', () => {
  it('uk: a coordinator marks an officer protected and, after an admin reads the record, sees who accessed it', async () => {
    const lang: Lang = 'uk';
    const journey = 'protected-officer';
    const coordinator = await apiSession('coordinator@icspa.test');
    const admin = await apiSession('admin@icspa.test');
    const me = await coordinator.get<{ id: string }>('/api/auth/me');
    const demoOfficer = await (await apiSession('officer@icspa.test')).get<{ id: string }>('/api/auth/me');
    const adminMe = await admin.get<{ displayName: string }>('/api/auth/me');
    // An officer of the unit no other journey follows by name: never trained, not a demo account.
    const pick = (page: RosterPage) =>
      page.items.find((o) => o.role === 'officer' && o.id !== me.id && o.id !== demoOfficer.id);
    const officer =
      pick(await coordinator.get<RosterPage>('/api/training-records?status=never_trained&pageSize=100')) ??
      pick(await coordinator.get<RosterPage>('/api/training-records?pageSize=100'));
    if (!officer) throw new Error('the seeded unit has no officer to protect');

    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'coordinator@icspa.test', lang, journey);
      const record = apiResponse(page, 'GET', /^\/api\/training-records\/[^/]+$/);
      await page.goto(`/officers/${officer.id}/training-record`);
      expectOk(await record);
      const toggle = await visible(page.getByRole('switch', { name: t(lang, 'trainingRecord.protection.switch') }));
      expect(await toggle.isChecked()).toBe(false);
      await toggle.click();
      const dialog = page.getByRole('dialog', {
        name: t(lang, 'trainingRecord.protection.confirmOn', { name: officer.name }),
      });
      await visible(dialog);
      await dialog
        .getByRole('textbox', { name: t(lang, 'trainingRecord.protection.reason') })
        .fill('Працює під прикриттям в інтернеті (e2e)');
      await shot(page, journey, lang, '01-confirm');
      const saved = apiResponse(page, 'PUT', /^\/api\/users\/[^/]+\/protection$/);
      await dialog.getByRole('button', { name: t(lang, 'trainingRecord.protection.confirm') }).click();
      expectOk(await saved);
      await visible(page.getByText(t(lang, 'trainingRecord.protection.savedOn', { name: officer.name })));
      await visible(page.getByText(t(lang, 'trainingRecord.protection.badge'), { exact: true }));

      // From outside the unit: an admin reads the record.
      await admin.get(`/api/training-records/${officer.id}`);

      const log = apiResponse(page, 'GET', /^\/api\/access-log$/);
      await page.reload();
      expectOk(await log);
      const table = page.getByRole('table', { name: t(lang, 'trainingRecord.accessLog.title') });
      const row = table.getByRole('row').filter({ hasText: adminMe.displayName }).first();
      await visible(row);
      await visible(row.getByText(t(lang, 'trainingRecord.accessLog.purposes.training_record'), { exact: true }));
      await visible(row.getByText(t(lang, 'trainingRecord.accessLog.alliance'), { exact: true }));
      // Dated by the application's clock (CLOCK_NOW when set), within the journey's few minutes.
      const at = Date.parse((await row.locator('time').getAttribute('datetime'))!);
      expect(Math.abs(at - appNow().getTime())).toBeLessThan(10 * 60_000);
      await shot(page, journey, lang, '02-access-log');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
      // Other journeys meet this officer by name: the protection is lifted again.
      await coordinator.put(`/api/users/${officer.id}/protection`, { protected: false, reason: 'End of e2e journey' });
    }
  });
});
