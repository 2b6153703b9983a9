import { Browser, Page } from 'playwright-core';
import {
  apiResponse,
  axeViolations,
  chooseLanguage,
  exact,
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
import { seedId } from './support/api';

jest.setTimeout(240_000);

/**
 * Officer: catalogue → course → enrol → My learning → lesson reader → assessment → My certifications →
 * public verification (signed out). English runs the whole journey (it enrols and completes lessons);
 * Ukrainian walks the same pages again, read-only, on what the English run left behind.
 */
const MALWARE = 'Malware Triage for Investigators'; // MT-201: an open online cohort with free seats (seed)
const OSINT = 'OSINT for Investigators'; // the officer's seeded enrolment: 3 of 6 lessons done
const CERTIFICATION = 'Certified Digital Evidence First Responder'; // issued by the worker at start

/**
 * Course and programme names as the API gives them to the signed-in page: in Ukrainian, the seed's
 * translations (issue 13), else the English original.
 */
async function namesAsRead(page: Page, lang: Lang) {
  // As the portal does, the request says the page's language (the officer may have saved none).
  const headers = { 'Accept-Language': lang };
  const courses = (await expectOk(await page.request.get('/api/courses?pageSize=100', { headers })).json()) as {
    items: { code: string; title: string }[];
  };
  const programmes = (await expectOk(
    await page.request.get('/api/certification-programmes?pageSize=100', { headers }),
  ).json()) as {
    items: { id: string; name: string }[];
  };
  const title = (code: string) => courses.items.find((c) => c.code === code)!.title;
  const programmeId = seedId(`programme:${CERTIFICATION}`);
  return {
    malware: title('MT-201'),
    osint: title('OS-201'),
    certification: programmes.items.find((p) => p.id === programmeId)!.name,
  };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** "Start: …" or "Continue: …" link of an enrolment card (names from the locale file). */
function resumeLink(page: Page, lang: Lang, course: string) {
  const prefixes = [t(lang, 'myLearning.start', { lesson: '' }), t(lang, 'myLearning.continue', { lesson: '' })].map(
    (p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return page
    .getByRole('article', { name: course })
    .getByRole('link', { name: new RegExp(`^(${prefixes.join('|')})`) });
}

async function openVerificationSignedOut(shareUrl: string, lang: Lang, journey: string) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const lookup = apiResponse(page, 'GET', /^\/api\/.*verif/);
    await page.goto(new URL(shareUrl).pathname);
    expectOk(await lookup);
    await chooseLanguage(page, lang, false);
    await visible(page.getByRole('heading', { name: t(lang, 'certification.verify.verdict.active') }));
    await visible(page.getByText(CERTIFICATION).first());
    await shot(page, journey, lang, '09-verify-public');
    expect(await axeViolations(page)).toEqual([]);
    // Signed out: no session cookie in this context.
    expect((await context.cookies()).length).toBe(0);
  } finally {
    await context.close();
  }
}

describe('officer journey', () => {
  it('en: enrols, studies, opens the assessment, and shares a valid certification', async () => {
    const lang: Lang = 'en';
    const journey = 'officer';
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'officer@icspa.test', lang, journey);
      expect(await axeViolations(page)).toEqual([]);

      await navigate(page, lang, 'nav.catalogue');
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'nav.catalogue') }));
      await visible(
        page
          .getByRole('list', { name: t(lang, 'catalogue.listLabel') })
          .getByRole('article')
          .first(),
      );
      await shot(page, journey, lang, '01-catalogue');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: MALWARE, exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: MALWARE }));
      const enrolButton = page.getByRole('button', {
        name: new RegExp(
          `^${t(lang, 'enrol.buttonNamed', { course: MALWARE, dates: '', language: '' }).split(',')[0]}`,
        ),
      });
      await visible(enrolButton);
      await shot(page, journey, lang, '02-course');

      const enrolled = apiResponse(page, 'POST', /^\/api\/cohorts\/[^/]+\/enrolments$/);
      await enrolButton.click();
      expectOk(await enrolled);
      await visible(page.getByText(t(lang, 'enrol.outcome.enrolled')));
      await shot(page, journey, lang, '03-enrolled');

      await navigate(page, lang, 'nav.myLearning');
      const card = page.getByRole('article', { name: MALWARE });
      await visible(card);
      await visible(card.getByRole('progressbar', { name: t(lang, 'myLearning.lessonsDone') }));
      expect(await card.getByText(exact(t(lang, 'enrolmentStatus.enrolled'))).count()).toBeGreaterThan(0);
      await shot(page, journey, lang, '04-my-learning');
      expect(await axeViolations(page)).toEqual([]);

      // Lesson reader: mark the first lesson of the new enrolment done.
      await resumeLink(page, lang, MALWARE).click();
      await page.waitForURL(/\/learning\/[^/]+\/lessons\/[^/]+$/);
      const outline = page.getByRole('navigation', { name: t(lang, 'lesson.outline') });
      await visible(outline.getByText(t(lang, 'lesson.lessonsDone', { done: 0, total: 5 })));
      await shot(page, journey, lang, '05-lesson');
      expect(await axeViolations(page)).toEqual([]);
      const firstLesson = page.url();
      const saved = apiResponse(page, 'PUT', /\/lessons\/[^/]+\/completion$/);
      await page.getByRole('button', { name: t(lang, 'lesson.markDone') }).click();
      expectOk(await saved);
      await page.waitForURL((url) => url.href !== firstLesson);
      await visible(outline.getByText(t(lang, 'lesson.lessonsDone', { done: 1, total: 5 })));
      await shot(page, journey, lang, '06-lesson-done');

      // The seeded OSINT enrolment: finish its last lessons, then the assessment opens.
      await navigate(page, lang, 'nav.myLearning');
      await resumeLink(page, lang, OSINT).click();
      await page.waitForURL(/\/lessons\//);
      for (let i = 0; i < 6 && !/\/assessment$/.test(new URL(page.url()).pathname); i++) {
        const before = page.url();
        // The lesson and its outline have loaded (the count the seed and the previous clicks left): the
        // button clicked is this lesson's, not the last one's on its way out.
        await visible(outline.getByText(t(lang, 'lesson.lessonsDone', { done: 3 + i, total: 6 })));
        const done = apiResponse(page, 'PUT', /\/lessons\/[^/]+\/completion$/, 40_000);
        await page.getByRole('button', { name: t(lang, 'lesson.markDone') }).click();
        expectOk(await done);
        await page.waitForURL((url) => url.href !== before);
      }
      expect(new URL(page.url()).pathname).toMatch(/\/assessment$/);
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'assessment.title') }));
      const start = page.getByRole('button', { name: t(lang, 'assessment.start') });
      await visible(start);
      await shot(page, journey, lang, '07-assessment');
      const started = apiResponse(page, 'POST', /\/attempts$/);
      await start.click();
      expectOk(await started);
      await page.waitForURL(/\/attempts\/[^/]+$/);
      await visible(page.getByRole('button', { name: t(lang, 'assessment.submit') }));
      await visible(page.getByText(t(lang, 'assessment.questionNumber', { number: 1, total: 6 })));
      await shot(page, journey, lang, '07b-attempt');

      await navigate(page, lang, 'nav.myCertifications');
      const cert = page.getByRole('article', { name: CERTIFICATION });
      await visible(cert);
      await visible(cert.getByText(exact(t(lang, 'certification.status.active'))));
      const shareUrl = await cert.getByRole('textbox', { name: t(lang, 'certification.share.label') }).inputValue();
      expect(shareUrl).toMatch(/\/verify\/[\w-]+$/);
      await shot(page, journey, lang, '08-certifications');
      expect(await axeViolations(page)).toEqual([]);

      await openVerificationSignedOut(shareUrl, lang, journey);
    } finally {
      await context.close();
    }
  });

  it('uk: walks the same pages again, read-only, in Ukrainian', async () => {
    const lang: Lang = 'uk';
    const journey = 'officer';
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'officer@icspa.test', lang, journey);
      const names = await namesAsRead(page, lang);
      const [MALWARE_UK, OSINT_UK, CERTIFICATION_UK] = [names.malware, names.osint, names.certification];

      await navigate(page, lang, 'nav.catalogue');
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'nav.catalogue') }));
      await visible(
        page
          .getByRole('list', { name: t(lang, 'catalogue.listLabel') })
          .getByRole('article')
          .first(),
      );
      await shot(page, journey, lang, '01-catalogue');
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: MALWARE_UK, exact: true }).click();
      await visible(page.getByRole('heading', { level: 1, name: MALWARE_UK }));
      await visible(page.getByRole('heading', { level: 2, name: t(lang, 'course.outline') }));
      await shot(page, journey, lang, '02-course');

      await navigate(page, lang, 'nav.myLearning');
      const card = page.getByRole('article', { name: MALWARE_UK });
      await visible(card);
      await visible(card.getByRole('progressbar', { name: t(lang, 'myLearning.lessonsDone') }));
      await shot(page, journey, lang, '04-my-learning');
      expect(await axeViolations(page)).toEqual([]);

      await resumeLink(page, lang, MALWARE_UK).click();
      await page.waitForURL(/\/learning\/[^/]+\/lessons\/[^/]+$/);
      const outline = page.getByRole('navigation', { name: t(lang, 'lesson.outline') });
      await visible(outline.getByText(t(lang, 'lesson.lessonsDone', { done: 1, total: 5 })));
      await visible(page.getByRole('button', { name: t(lang, 'lesson.markDone') }));
      await shot(page, journey, lang, '05-lesson');
      expect(await axeViolations(page)).toEqual([]);

      // The OSINT assessment: every lesson is done and the English run left an attempt open.
      await navigate(page, lang, 'nav.myLearning');
      await page
        .getByRole('article', { name: OSINT_UK })
        .getByRole('link', { name: t(lang, 'myLearning.takeAssessment') })
        .click();
      await page.waitForURL(/\/assessment$/);
      await visible(page.getByRole('heading', { level: 1, name: t(lang, 'assessment.title') }));
      await visible(page.getByRole('button', { name: t(lang, 'assessment.resume') }));
      await shot(page, journey, lang, '07-assessment');

      await navigate(page, lang, 'nav.myCertifications');
      const cert = page.getByRole('article', { name: CERTIFICATION_UK });
      await visible(cert.getByText(exact(t(lang, 'certification.status.active'))));
      const shareUrl = await cert.getByRole('textbox', { name: t(lang, 'certification.share.label') }).inputValue();
      await shot(page, journey, lang, '08-certifications');
      expect(await axeViolations(page)).toEqual([]);

      await openVerificationSignedOut(shareUrl, lang, journey);
    } finally {
      await context.close();
    }
  });
});
