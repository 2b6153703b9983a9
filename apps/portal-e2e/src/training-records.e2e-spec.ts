import { Browser } from 'playwright-core';
import { apiSession, seedId } from './support/api';
import {
  apiResponse,
  axeViolations,
  chooseLanguage,
  expectOk,
  type Lang,
  launchBrowser,
  navigate,
  newContext,
  shot,
  signIn,
  t,
  visible,
} from './support/browser';

jest.setTimeout(240_000);

/**
 * Training records and the readable audit log: a coordinator opens an officer's training record from the unit
 * roster; an admin revokes a certification through the API, and the audit log says so in words, in English and
 * in Spanish.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Page_<T> {
  items: T[];
  total: number;
}

describe('training records and the readable audit log', () => {
  it('en: a coordinator opens an officer’s training record from the unit roster', async () => {
    const lang: Lang = 'en';
    const journey = 'training-record';
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'coordinator@icspa.test', lang, journey);
      const roster = apiResponse(page, 'GET', /^\/api\/training-records$/);
      await navigate(page, lang, 'nav.unitRoster');
      expectOk(await roster);
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'unitRoster.title') }));
      const table = page.getByRole('table', { name: t(lang, 'unitRoster.caption') });
      const first = table.getByRole('link').first();
      const name = ((await first.textContent()) ?? '').trim();
      expect(name).not.toBe('');
      await shot(page, journey, lang, '01-roster');
      expect(await axeViolations(page)).toEqual([]);

      const record = apiResponse(page, 'GET', /^\/api\/training-records\/[^/]+$/);
      await first.click();
      expectOk(await record);
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'trainingRecord.titleOf', { name }) }));
      await visible(page.getByRole('heading', { level: 2, name: t(lang, 'trainingRecord.certifications') }));
      const pdf = page.getByRole('link', { name: t(lang, 'trainingRecord.downloadPdf') });
      const href = await pdf.getAttribute('href');
      const download = await page.request.get(href!);
      expectOk(download);
      expect(download.headers()['content-type']).toBe('application/pdf');
      await shot(page, journey, lang, '02-record');
      expect(await axeViolations(page)).toEqual([]);

      // The roster's filter is kept in the address.
      await page.goBack();
      const filtered = apiResponse(page, 'GET', /^\/api\/training-records$/);
      await page
        .getByRole('combobox', { name: t(lang, 'unitRoster.filters.status'), exact: true })
        .selectOption('never_trained');
      expectOk(await filtered);
      await page.waitForURL((url) => url.searchParams.get('status') === 'never_trained');
    } finally {
      await context.close();
    }
  });

  it('en and es: the admin’s audit log says a revocation done through the API in words', async () => {
    const admin = await apiSession('admin@icspa.test');
    const me = await admin.get<{ displayName: string }>('/api/auth/me');
    // An active certification no other journey relies on (not the seeded local trainer's, not the demo accounts').
    const active = await admin.get<Page_<{ id: string; holderName: string; programmeName: string; holderId: string }>>(
      '/api/certifications?status=active&pageSize=100',
    );
    const demo = new Set<string>();
    for (const email of ['officer@icspa.test', 'coordinator@icspa.test'])
      demo.add((await (await apiSession(email)).get<{ id: string }>('/api/auth/me')).id);
    const certification = active.items
      .filter((c) => c.id !== seedId('certification:local-trainer') && !demo.has(c.holderId))
      .at(-1);
    if (!certification) throw new Error('the seed has no active certification to revoke');
    await admin.post(`/api/certifications/${certification.id}/revoke`, { reason: 'Left the police service (e2e)' });

    const context = await newContext(browser);
    const page = await context.newPage();
    const journey = 'audit-log';
    try {
      await signIn(page, 'admin@icspa.test', 'en', journey);
      for (const lang of ['en', 'es'] as const) {
        await chooseLanguage(page, lang, true);
        const events = apiResponse(page, 'GET', /^\/api\/audit-events$/);
        await page.goto(`/admin/audit-log?entityType=certification&entityId=${certification.id}`);
        expectOk(await events);
        const sentence = t(lang, 'auditLog.sentences.certification_revoke', {
          actor: me.displayName,
          subject: certification.holderName,
          object: certification.programmeName,
        });
        await visible(page.getByText(sentence, { exact: true }));
        await shot(page, journey, lang, '01-revocation');
      }
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
