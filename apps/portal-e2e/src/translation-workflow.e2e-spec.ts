import { Browser } from 'playwright-core';
import { apiSession } from './support/api';
import {
  apiResponse,
  axeViolations,
  baseUrl,
  chooseLanguage,
  expectOk,
  launchBrowser,
  navigate,
  PASSWORD,
  newContext,
  shot,
  signIn,
  t,
  visible,
} from './support/browser';
import { appNow } from './support/env';

jest.setTimeout(240_000);

/**
 * The translation workflow (issue 13): the admin grants a user translation into Spanish on the user's page,
 * then translates a lesson into Ukrainian side by side (source left, translation right, Markdown preview)
 * and publishes it; the officer reading in Ukrainian is then shown the lesson in Ukrainian, without the
 * fallback note. The course, its cohort and the officer are made here, so no other journey's data changes.
 */
const OFFICER_PASSWORD = 'Workflow-Translate-2031!';
const SOURCE = {
  title: 'Isolating a seized phone',
  body: '## Before you bag it\n\nSwitch on flight mode and photograph the screen.\n\n- Note the time\n- Note who seized it',
};
const UK_LESSON = {
  title: 'Ізоляція вилученого телефону',
  body: '## Перш ніж пакувати\n\nУвімкніть режим польоту та сфотографуйте екран.\n\n- Зазначте час\n- Зазначте, хто вилучив',
};

interface Arranged {
  courseId: string;
  courseCode: string;
  courseTitle: string;
  lessonId: string;
  enrolmentId: string;
  officerEmail: string;
  translatorId: string;
}

let browser: Browser;
let arranged: Arranged;

async function arrange(): Promise<Arranged> {
  const admin = await apiSession('admin@icspa.test');
  const officer = await apiSession('officer@icspa.test');
  const unitId = (await officer.get<{ policeUnitId: string }>('/api/auth/me')).policeUnitId;
  const suffix = Date.now().toString(36);
  const courseTitle = `Phone seizure workflow ${suffix}`;
  const code = `W${String.fromCharCode(65 + (Date.now() % 26))}-${100 + (Date.now() % 900)}`;
  const course = await admin.post<{ id: string }>('/api/courses', {
    code,
    title: courseTitle,
    summary: 'Seizing and isolating mobile phones at the scene.',
    level: 'foundation',
    topics: ['digital-forensics'],
    languages: ['en', 'uk'],
    hours: 2,
  });
  const module = await admin.post<{ id: string }>(`/api/courses/${course.id}/modules`, { title: 'At the scene' });
  const lesson = await admin.post<{ id: string }>(`/api/modules/${module.id}/lessons`, { ...SOURCE, minutes: 10 });
  await admin.put(`/api/courses/${course.id}/assessment`, {
    passMark: 50,
    attemptLimit: 3,
    questionsPerAttempt: 4,
    timeLimitMinutes: null,
  });
  for (let i = 0; i < 4; i++)
    await admin.post(`/api/courses/${course.id}/assessment/questions`, {
      kind: 'single_choice',
      prompt: `Which comes first, step ${i + 1}?`,
      options: ['Isolate', 'Switch off'],
      correct: [0],
    });
  const adminCall = await sessionWithPassword('admin@icspa.test', PASSWORD);
  await adminCall('PATCH', `/api/courses/${course.id}`, { status: 'published' });

  const officerEmail = `workflow-${suffix}@icspa.test`;
  await admin.post('/api/users', {
    email: officerEmail,
    displayName: 'Мирослава Бондар',
    role: 'officer',
    password: OFFICER_PASSWORD,
    policeUnitId: unitId,
  });
  const translator = await admin.post<{ id: string }>('/api/users', {
    email: `translator-${suffix}@icspa.test`,
    displayName: 'Lucía Fernández',
    role: 'trainer',
    password: OFFICER_PASSWORD,
    memberFirmId: (await admin.get<{ items: { id: string }[] }>('/api/member-firms')).items[0].id,
  });
  const starts = new Date(appNow().getTime() + 30 * 86400_000);
  const cohort = await admin.post<{ id: string }>('/api/cohorts', {
    courseId: course.id,
    startsAt: starts.toISOString(),
    endsAt: new Date(starts.getTime() + 2 * 86400_000).toISOString(),
    deliveryMode: 'online',
    language: 'uk',
    capacity: 5,
  });
  await admin.post(`/api/cohorts/${cohort.id}/status`, { status: 'open' });
  const own = await sessionWithPassword(officerEmail, OFFICER_PASSWORD);
  const enrolment = await own('POST', `/api/cohorts/${cohort.id}/enrolments`);
  await own('PATCH', '/api/auth/me', { locale: 'uk' });
  return {
    courseId: course.id,
    courseCode: code,
    courseTitle,
    lessonId: lesson.id,
    enrolmentId: (enrolment as { id: string }).id,
    officerEmail,
    translatorId: translator.id,
  };
}

/** A session for any verb (`apiSession` offers GET, POST and PUT), with the given password. */
async function sessionWithPassword(email: string, password: string) {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`sign-in of ${email} answered ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
}

beforeAll(async () => {
  browser = await launchBrowser();
  arranged = await arrange();
});
afterAll(async () => {
  await browser?.close();
});

describe('translation workflow', () => {
  it('the admin grants translation, translates a lesson side by side and publishes it; the officer reads it in Ukrainian', async () => {
    const journey = 'translation-workflow';
    const lang = 'en' as const;
    const context = await newContext(browser);
    const page = await context.newPage();
    try {
      await signIn(page, 'admin@icspa.test', lang, journey);

      // The user's page: a Capabilities panel grants translation into Spanish.
      await page.goto(`/people/${arranged.translatorId}`);
      await visible(page.getByRole('heading', { level: 2, name: t(lang, 'capabilities.title') }));
      await page.getByLabel(t(lang, 'capabilities.translateInto')).selectOption('es');
      const granted = apiResponse(page, 'POST', /\/capability-grants$/);
      await page.getByRole('button', { name: t(lang, 'capabilities.grant'), exact: true }).click();
      expectOk(await granted);
      await visible(page.getByRole('button', { name: t(lang, 'capabilities.revokeNamed', { name: 'Español' }) }));
      await shot(page, journey, lang, '01-capabilities');
      expect(await axeViolations(page)).toEqual([]);

      // Progress: a bar per language beside the courses × languages table.
      await navigate(page, lang, 'nav.translations');
      await visible(page.getByRole('img', { name: new RegExp(t(lang, 'translations.chart.title')) }));
      await shot(page, journey, lang, '02-progress');
      expect(await axeViolations(page)).toEqual([]);

      // The course's strings in Ukrainian, side by side.
      await page
        .getByRole('link', {
          name: t(lang, 'translations.openEditor', { course: arranged.courseCode, language: 'Українська' }),
        })
        .click();
      await page.waitForURL((url) => url.pathname === `/translations/${arranged.courseId}/uk`);
      const lessonItem = page.locator('details.string-list__item').filter({ hasText: SOURCE.title });
      await lessonItem.locator('summary').click();
      await visible(lessonItem.getByText(t(lang, 'translations.status.missing'), { exact: true }));
      await lessonItem.getByLabel(`${t(lang, 'translations.field.title')} · Українська`).fill(UK_LESSON.title);
      await lessonItem.getByLabel(`${t(lang, 'translations.field.body')} · Українська`).fill(UK_LESSON.body);
      // The Markdown preview renders the translation as learners will see it.
      const preview = lessonItem.getByRole('region', {
        name: t(lang, 'translations.previewOf', { field: t(lang, 'translations.field.body') }),
      });
      await visible(preview.getByRole('heading', { name: 'Перш ніж пакувати' }));
      await visible(preview.getByRole('listitem').filter({ hasText: 'Зазначте час' }));
      await shot(page, journey, lang, '03-side-by-side');
      expect(await axeViolations(page)).toEqual([]);
      const saved = apiResponse(page, 'PUT', /^\/api\/translations\/lesson\//);
      const published = apiResponse(page, 'POST', /^\/api\/translations\/lesson\/.+\/publish$/);
      await lessonItem.getByRole('button', { name: t(lang, 'translations.publish') }).click();
      expectOk(await saved);
      expectOk(await published);
      await visible(lessonItem.getByRole('status').filter({ hasText: t(lang, 'translations.publishedNow') }));
      await visible(lessonItem.locator('summary').getByText(t(lang, 'translations.status.published'), { exact: true }));
      await shot(page, journey, lang, '04-published');
    } finally {
      await context.close();
    }

    // The learner side: the officer, reading in Ukrainian, is shown the lesson in Ukrainian, without a note.
    const officerContext = await newContext(browser);
    const officer = await officerContext.newPage();
    try {
      await officer.goto('/sign-in');
      await chooseLanguage(officer, 'uk', false);
      await officer.getByLabel(t('uk', 'signIn.email'), { exact: true }).fill(arranged.officerEmail);
      await officer.getByLabel(t('uk', 'signIn.password'), { exact: true }).fill(OFFICER_PASSWORD);
      const login = apiResponse(officer, 'POST', /^\/api\/auth\/login$/);
      await officer.getByRole('button', { name: t('uk', 'signIn.submit') }).click();
      expectOk(await login);
      await officer.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      await officer.goto(`/learning/${arranged.enrolmentId}/lessons/${arranged.lessonId}`);
      await visible(officer.getByRole('heading', { level: 1, name: UK_LESSON.title }));
      await visible(officer.getByText('Увімкніть режим польоту та сфотографуйте екран.'));
      expect(await officer.getByRole('note').count()).toBe(0);
      await shot(officer, journey, 'uk', '05-officer-reads');
    } finally {
      await officerContext.close();
    }
  });
});
