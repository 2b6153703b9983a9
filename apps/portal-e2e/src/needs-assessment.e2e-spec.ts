import { Browser } from 'playwright-core';
import {
  apiResponse,
  axeViolations,
  expectOk,
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
 * From needs to delivery (issue 18), first half: the Bogotá unit's coordinator, reading in Spanish, starts a
 * needs assessment, finds the levels the platform inferred, records officers per competency role, corrects a
 * level and submits it; the admin finds it among the assessments to review and approves it. (The workplan half
 * continues from the approved assessment.) At 360 px the form needs no sideways scrolling.
 */
const COORDINATOR = 'carolina.rodriguez@co-bogota-ccp.police.test';
const NEEDS_ASSESSMENT_UNIT = 'Centro Cibernético Policial (CCP)';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('needs assessment', () => {
  it('a coordinator submits an assessment in Spanish; an admin approves it', async () => {
    const journey = 'needs-assessment';
    const es = 'es' as const;
    const context = await newContext(browser);
    const page = await context.newPage();
    let assessmentPath = '';
    try {
      await signIn(page, COORDINATOR, es, journey);
      await navigate(page, es, 'nav.needsAssessments');
      await visible(page.getByRole('heading', { level: 1, name: t(es, 'planning.list.title') }));
      const created = apiResponse(page, 'POST', /^\/api\/needs-assessments$/);
      await page.getByRole('button', { name: t(es, 'planning.start.submit') }).click();
      expectOk(await created);
      await page.waitForURL((url) => /^\/needs-assessments\/[0-9a-f-]{36}$/.test(url.pathname));
      assessmentPath = new URL(page.url()).pathname;

      // Officers per competency role (the roles are named in Spanish), and one corrected level, at 360 px.
      const desktop = page.viewportSize();
      await page.setViewportSize({ width: 360, height: 800 });
      const firstResponder = page.getByRole('group', { name: 'Primer interviniente' });
      await firstResponder.getByLabel(t(es, 'planning.form.now')).fill('15');
      await firstResponder.getByLabel(t(es, 'planning.form.needed')).fill('30');
      const osint = page.getByLabel('Inteligencia de fuentes abiertas', { exact: true });
      await visible(osint);
      await osint.selectOption('4');
      await visible(page.getByText(t(es, 'planning.form.corrected'), { exact: false }).first());
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await shot(page, journey, es, '01-form');
      expect(await axeViolations(page)).toEqual([]);
      if (desktop) await page.setViewportSize(desktop);

      const saved = apiResponse(page, 'PUT', /^\/api\/needs-assessments\/[0-9a-f-]+$/);
      const submitted = apiResponse(page, 'POST', /^\/api\/needs-assessments\/[0-9a-f-]+\/submit$/);
      await page.getByRole('button', { name: t(es, 'planning.form.submit') }).click();
      expectOk(await saved);
      expectOk(await submitted);
      await visible(page.getByText(t(es, 'planning.status.submitted'), { exact: true }));
      await shot(page, journey, es, '02-submitted');
    } finally {
      await context.close();
    }

    const adminContext = await newContext(browser);
    const admin = await adminContext.newPage();
    try {
      const en = 'en' as const;
      await signIn(admin, 'admin@icspa.test', en, journey);
      await navigate(admin, en, 'nav.needsAssessments');
      await visible(admin.getByRole('heading', { level: 1, name: t(en, 'planning.list.adminTitle') }));
      await visible(admin.getByRole('cell', { name: NEEDS_ASSESSMENT_UNIT }).first());
      await admin.locator(`a[href="${assessmentPath}"]`).click();
      await admin.waitForURL((url) => url.pathname === assessmentPath);
      await visible(admin.getByRole('heading', { level: 2, name: t(en, 'planning.review.title') }));
      await shot(admin, journey, en, '03-review');
      expect(await axeViolations(admin)).toEqual([]);
      const reviewed = apiResponse(admin, 'POST', /^\/api\/needs-assessments\/[0-9a-f-]+\/review$/);
      await admin.getByRole('button', { name: t(en, 'planning.review.approve') }).click();
      expectOk(await reviewed);
      await visible(admin.getByText(t(en, 'planning.status.approved'), { exact: true }));
      await shot(admin, journey, en, '04-approved');
    } finally {
      await adminContext.close();
    }
  });
});
