import { Browser, Page } from 'playwright-core';
import { seedId } from './support/api';
import { isoDay } from './support/env';
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

jest.setTimeout(240_000);

/**
 * Coordinator: Nominate (an open cohort, two officers, their statuses) → Training requests (raise one,
 * see it listed with its status). English does both; Spanish walks the same pages read-only.
 * The Cryptocurrency Tracing cohort (São Paulo, 18 free seats) and the two officers are touched by no
 * other journey.
 */
const COHORT_CODE = 'CT-201';
const COHORT_ID = seedId('cohort:ct-201-saopaulo-next');
const OFFICERS = ['Dmytro Bondarenko', 'Iryna Shevchenko'];
const REQUEST_COURSE = 'Digital Forensics Fundamentals';
const REQUEST_STATUSES = ['pending', 'matching', 'proposed', 'assigned', 'unfilled'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function chooseCohort(page: Page, lang: Lang) {
  const select = page.getByRole('main').getByRole('combobox', { name: t(lang, 'nominate.cohort'), exact: true });
  // By the seeded cohort's id: the demo history holds other runs of the course, some of them still open.
  await select.locator(`option[value="${COHORT_ID}"]`).waitFor({ state: 'attached' });
  await select.selectOption(COHORT_ID);
  await visible(page.getByRole('region', { name: new RegExp(`^${COHORT_CODE} `) }));
}

describe('coordinator journey', () => {
  it('en: nominates two officers, then raises a training request', async () => {
    const lang: Lang = 'en';
    const journey = 'coordinator';
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'coordinator@icspa.test', lang, journey);

      await navigate(page, lang, 'nav.nominate');
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'nominate.title') }));
      await chooseCohort(page, lang);
      const officers = page.getByRole('group', { name: t(lang, 'nominate.officers') });
      for (const name of OFFICERS) await officers.getByRole('checkbox', { name: new RegExp(`^${name} `) }).check();
      await shot(page, journey, lang, '01-nominate');
      expect(await axeViolations(page)).toEqual([]);

      const nominated = apiResponse(page, 'POST', /^\/api\/cohorts\/[^/]+\/nominations$/);
      await page.getByRole('button', { name: t(lang, 'nominate.submit', { selected: OFFICERS.length }) }).click();
      expectOk(await nominated);
      const results = page.getByRole('table', { name: t(lang, 'nominate.results') });
      for (const name of OFFICERS) {
        await visible(
          results
            .getByRole('row')
            .filter({ hasText: name })
            .filter({ hasText: t(lang, 'enrolmentStatus.enrolled') }),
        );
      }
      await shot(page, journey, lang, '02-nominated');

      await navigate(page, lang, 'nav.trainingRequests');
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'assignment.requests.title') }));
      await page.getByRole('link', { name: t(lang, 'assignment.requests.raise') }).click();
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'assignment.raise.title') }));
      const course = page
        .getByRole('main')
        .getByRole('combobox', { name: t(lang, 'assignment.raise.course'), exact: true });
      await selectOptionContaining(course, REQUEST_COURSE);
      // In the form (the header's language switcher has the same name).
      const language = page
        .getByRole('main')
        .getByRole('combobox', { name: t(lang, 'assignment.raise.language'), exact: true });
      await language.locator('option[value="en"]').waitFor({ state: 'attached' });
      await language.selectOption('en');
      await page.getByLabel(t(lang, 'assignment.raise.startDate'), { exact: true }).fill(isoDay(200));
      await page.getByLabel(t(lang, 'assignment.raise.endDate'), { exact: true }).fill(isoDay(203));
      await page
        .getByRole('main')
        .getByRole('combobox', { name: t(lang, 'assignment.raise.deliveryMode'), exact: true })
        .selectOption('online');
      await page.getByLabel(t(lang, 'assignment.raise.seats'), { exact: true }).fill('15');
      await shot(page, journey, lang, '03-raise');
      expect(await axeViolations(page)).toEqual([]);

      const raised = apiResponse(page, 'POST', /^\/api\/training-requests$/);
      await page.getByRole('button', { name: t(lang, 'assignment.raise.submit') }).click();
      expectOk(await raised);
      await page.waitForURL(/\/training-requests\/[0-9a-f-]{36}$/);
      await visible(
        page.getByRole('heading', { level: 1 }).filter({ hasText: REQUEST_COURSE }).or(page.getByText(REQUEST_COURSE)),
      );
      await shot(page, journey, lang, '04-request');

      await navigate(page, lang, 'nav.trainingRequests');
      const row = page.getByRole('row').filter({ hasText: REQUEST_COURSE });
      await visible(row);
      const statusLabels = REQUEST_STATUSES.map((s) => t(lang, `assignment.requestStatus.${s}`));
      const rowText = (await row.first().textContent()) ?? '';
      expect(statusLabels.some((label) => rowText.includes(label))).toBe(true);
      await shot(page, journey, lang, '05-requests');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('es: walks the same pages again, read-only', async () => {
    const lang: Lang = 'es';
    const journey = 'coordinator';
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'coordinator@icspa.test', lang, journey);

      await navigate(page, lang, 'nav.nominate');
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'nominate.title') }));
      await chooseCohort(page, lang);
      await visible(
        page
          .getByRole('group', { name: t(lang, 'nominate.officers') })
          .getByRole('checkbox', { name: new RegExp(`^${OFFICERS[0]} `) }),
      );
      await shot(page, journey, lang, '01-nominate');

      await navigate(page, lang, 'nav.trainingRequests');
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'assignment.requests.title') }));
      const row = page.getByRole('row').filter({ hasText: REQUEST_COURSE });
      await visible(row);
      const rowText = (await row.first().textContent()) ?? '';
      expect(
        REQUEST_STATUSES.map((s) => t(lang, `assignment.requestStatus.${s}`)).some((label) => rowText.includes(label)),
      ).toBe(true);
      await shot(page, journey, lang, '05-requests');
    } finally {
      await context.close();
    }
  });
});
