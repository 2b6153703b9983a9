import { Browser } from 'playwright-core';
import { axeViolations, chooseLanguage, Lang, launchBrowser, newContext, shot, t, visible } from './support/browser';

jest.setTimeout(120_000);

/**
 * axe-core on the signed-out pages: the sign-in page and the public verification form, in two
 * languages. The signed-in pages (catalogue, My learning, a lesson, My certifications, the public
 * verification result, admin lists and forms) are checked inside the journeys, on the state each
 * step leaves. Only `serious` and `critical` violations fail a test.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each<Lang>(['en', 'zh-CN'])('signed-out pages (%s)', (lang) => {
  it('sign-in page has no serious or critical axe violation', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto('/sign-in');
      await visible(page.locator('input[type=email]'));
      await chooseLanguage(page, lang, false);
      await visible(page.getByRole('button', { name: t(lang, 'signIn.submit') }));
      await shot(page, 'a11y', lang, 'sign-in');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('verification form has no serious or critical axe violation', async () => {
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.goto('/verify');
      await chooseLanguage(page, lang, false);
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'certification.verify.title') }));
      await shot(page, 'a11y', lang, 'verify-form');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
