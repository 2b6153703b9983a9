import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { Client } from 'pg';
import { apiSession, seedId } from './support/api';
import { axeViolations, launchBrowser, PASSWORD as SEED_PASSWORD, shot, t, visible } from './support/browser';
import { e2eState, PrivateApi, startPrivateApi } from './support/server';

jest.setTimeout(600_000);

/**
 * Readable offline. This file talks to a private API of its own (support/server.ts: same build, database
 * and worker, another port, its own copy of the built portal), never to the shared one, which other files
 * use at the same time and which is never stopped. An officer of their own (created here, so no other
 * journey's data is touched) saves two enrolled courses for offline reading; then the private API process
 * is stopped — the server truly unreachable, as `context.setOffline` does not cut a service worker's
 * requests in Chromium — and the portal reloads from its service worker: every lesson of the course reads from the device (its diagrams
 * too), two lessons are marked done, and a third of the other enrolment; all three wait on the device,
 * listed. With the page closed, the API starts again and the other enrolment is withdrawn; when the page
 * opens again the queue is sent: the two completions are on the server exactly once and progress shows
 * them, the withdrawn one is refused with its reason, listed until dismissed.
 * Then the update prompt: a new service worker deployed (into the private API's portal copy only) while
 * a page is open is announced, and "Reload" activates it. (Each test has its own browser context, so the worker never outlives its test.)
 */
const PASSWORD = `Lantern-${randomBytes(4).toString('hex')}-Quartz!`;
const FR101_NOW = seedId('cohort:fr-101-online-now'); // Chain of custody: lessons with diagrams
const OS201_NEXT = seedId('cohort:os-201-online-next');

let browser: Browser;
let api: PrivateApi;
beforeAll(async () => {
  browser = await launchBrowser();
  api = await startPrivateApi();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});

async function database<T>(fn: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: e2eState().databaseUrl });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

/** A context without request interception: Playwright's routing would stand between page and service worker. */
async function workerContext(): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: api.baseUrl,
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/** Waits until the page's service worker is active (its precache complete) and controls the page. */
async function controlledByWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}

async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(t('en', 'signIn.email'), { exact: true }).fill(email);
  await page.getByLabel(t('en', 'signIn.password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t('en', 'signIn.submit') }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await visible(page.getByRole('navigation', { name: t('en', 'nav.label') }));
}

interface Outline {
  id: string;
  title: string;
  modules: { lessons: { id: string; title: string }[] }[];
}

describe('offline', () => {
  it('reads a saved course with the server stopped, queues completions, and syncs them once when it is back', async () => {
    // ---- Arrange: a new officer of the demo officer's unit, in two online runs ----
    const admin = await apiSession('admin@icspa.test', SEED_PASSWORD, api.baseUrl);
    const unitId = await database(async (db) => {
      const { rows } = await db.query<{ police_unit_id: string }>(
        `SELECT police_unit_id FROM app_user WHERE email = 'officer@icspa.test'`,
      );
      return rows[0].police_unit_id;
    });
    const email = `offline-${randomBytes(4).toString('hex')}@icspa.test`;
    const officer = await admin.post<{ id: string }>('/api/users', {
      email,
      displayName: 'Mykola Offline',
      role: 'officer',
      password: PASSWORD,
      policeUnitId: unitId,
    });
    const nominated = await admin.post<{ enrolments: { id: string; status: string }[] }>(
      `/api/cohorts/${FR101_NOW}/nominations`,
      { officerIds: [officer.id], allowAfterStart: true },
    );
    const enrolmentA = nominated.enrolments[0].id;
    expect(nominated.enrolments[0].status).toBe('enrolled');
    const me = await apiSession(email, PASSWORD, api.baseUrl);
    const enrolmentB = (await me.post<{ id: string; status: string }>(`/api/cohorts/${OS201_NEXT}/enrolments`, {})).id;
    const enrolments = await me.get<{ items: { id: string; courseId: string; status: string }[] }>(
      '/api/enrolments?mine=true',
    );
    const courseOf = (id: string) => enrolments.items.find((e) => e.id === id)!.courseId;
    const courseA = await me.get<Outline>(`/api/courses/${courseOf(enrolmentA)}`);
    const courseB = await me.get<Outline>(`/api/courses/${courseOf(enrolmentB)}`);
    const lessonsA = courseA.modules.flatMap((m) => m.lessons);
    const lessonsB = courseB.modules.flatMap((m) => m.lessons);
    expect(lessonsA.length).toBeGreaterThanOrEqual(3);
    const lessonHref = (enrolmentId: string, lessonId: string) => `/learning/${enrolmentId}/lessons/${lessonId}`;

    const context = await workerContext();
    let apiStopped = false;
    try {
      const page = await context.newPage();
      await signInAs(page, email, PASSWORD);
      await controlledByWorker(page);

      // ---- Save both courses for offline reading ----
      for (const course of [courseA, courseB]) {
        await page.goto(`/catalogue/${course.id}`);
        await visible(page.getByRole('heading', { level: 1, name: course.title }));
        const section = page.getByRole('region', { name: t('en', 'offline.sectionTitle') });
        await section.getByRole('button', { name: t('en', 'offline.save'), exact: true }).click();
        await visible(section.locator('[data-saved="true"]'), 60_000);
        const saved = (await section.locator('[data-saved="true"]').textContent()) ?? '';
        expect(saved).toContain(`${lessonsOf(course).length} lessons`);
        expect(saved).toMatch(/\d+(\.\d+)?\s*kB|MB/);
        await shot(page, 'offline', 'en', `01-saved-${course.id.slice(0, 8)}`);
      }
      // Each lesson page opened once online, so the device has each enrolment's progress too.
      for (const [enrolmentId, lessons] of [
        [enrolmentA, lessonsA],
        [enrolmentB, lessonsB],
      ] as const) {
        await page.goto(lessonHref(enrolmentId, lessons[0].id));
        await visible(page.getByText(t('en', 'lesson.lessonsDone', { done: 0, total: lessons.length })));
      }
      expect(await axeViolations(page)).toEqual([]);

      // ---- The server goes away; the page reloads from the service worker ----
      await api.stop();
      apiStopped = true;
      await page.goto(lessonHref(enrolmentA, lessonsA[0].id));
      await visible(page.getByRole('heading', { level: 1, name: lessonsA[0].title }));
      await visible(page.getByText(t('en', 'offline.banner')));
      await shot(page, 'offline', 'en', '02-offline-lesson');

      // Every lesson reads from the device, through the outline; the diagrams come from the device too.
      let images = 0;
      for (const lesson of lessonsA) {
        await page.locator(`.reader__outline a[href="${lessonHref(enrolmentA, lesson.id)}"]`).click();
        await visible(page.getByRole('heading', { level: 1, name: lesson.title }));
        const pictures = page.locator('.reader__main img');
        for (let i = 0; i < (await pictures.count()); i++) {
          await pictures.nth(i).scrollIntoViewIfNeeded();
          await page.waitForFunction(
            (el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0,
            await pictures.nth(i).elementHandle(),
          );
          images++;
        }
      }
      expect(images).toBeGreaterThan(0);

      // Two lessons marked done offline: they wait, listed, and count as done at once.
      await page.goto(lessonHref(enrolmentA, lessonsA[0].id));
      const markDone = page.getByRole('button', { name: t('en', 'lesson.markDone') });
      await markDone.click();
      await visible(page.getByRole('heading', { level: 1, name: lessonsA[1].title }));
      await markDone.click();
      await visible(page.getByRole('heading', { level: 1, name: lessonsA[2].title }));
      await visible(page.getByText(t('en', 'lesson.lessonsDone', { done: 2, total: lessonsA.length })));
      // And one of the other enrolment.
      await page.goto(lessonHref(enrolmentB, lessonsB[0].id));
      await visible(page.getByRole('heading', { level: 1, name: lessonsB[0].title }));
      await markDone.click();
      await visible(page.getByText(t('en', 'offline.pendingTitle', { count: 3 })));
      const pending = page.locator('.pending-sync li[data-state="pending"]');
      expect(await pending.allTextContents()).toEqual([lessonsA[0].title, lessonsA[1].title, lessonsB[0].title]);
      await shot(page, 'offline', 'en', '03-pending');

      // Assessments need the server: the page says so.
      await page.goto(`/learning/${enrolmentA}/assessment`);
      await visible(page.getByText(t('en', 'offline.assessmentOffline')));
      expect(await axeViolations(page)).toEqual([]);

      // ---- With the page closed, the server comes back and enrolment B is withdrawn meanwhile ----
      await page.goto('about:blank');
      await api.start();
      apiStopped = false;
      await me.post(`/api/enrolments/${enrolmentB}/withdraw`, {});

      await page.goto(lessonHref(enrolmentA, lessonsA[0].id));
      const refused = page.locator('.pending-sync li[data-state="refused"]');
      await visible(refused, 30_000);
      expect((await refused.textContent())?.trim()).toContain(
        t('en', 'offline.refused', {
          lesson: lessonsB[0].title,
          reason: t('en', 'errors.enrolment.no_longer_active'),
        }).replace(/\s+$/, ''),
      );
      await page.locator('.pending-sync li[data-state="pending"]').first().waitFor({ state: 'detached' });
      await visible(page.getByText(t('en', 'lesson.lessonsDone', { done: 2, total: lessonsA.length })));
      expect(await page.getByText(t('en', 'offline.banner')).count()).toBe(0);
      await shot(page, 'offline', 'en', '04-synced');

      // On the server exactly once each, with the ids the browser gave them; nothing for the withdrawn enrolment.
      const progress = await me.get<{ completedLessonIds: string[] }>(`/api/enrolments/${enrolmentA}/progress`);
      expect([...progress.completedLessonIds].sort()).toEqual([lessonsA[0].id, lessonsA[1].id].sort());
      const rows = await database(async (db) => {
        const { rows: found } = await db.query<{ enrolment_id: string; lesson_id: string; client_id: string | null }>(
          `SELECT enrolment_id, lesson_id, client_id FROM lesson_completion WHERE enrolment_id = ANY($1)`,
          [[enrolmentA, enrolmentB]],
        );
        return found;
      });
      expect(rows).toHaveLength(2);
      expect(rows.every((r) => r.enrolment_id === enrolmentA && r.client_id)).toBe(true);

      // The refusal stays until dismissed.
      await page.reload();
      await visible(refused);
      await refused.getByRole('button', { name: t('en', 'offline.dismiss') }).click();
      await refused.waitFor({ state: 'detached' });
      expect(await page.locator('.pending-sync').count()).toBe(0);
    } finally {
      if (apiStopped) await api.start();
      await context.close();
    }
  });

  it('announces a new service worker deployed while the page is open, and "Reload" activates it', async () => {
    // The private API's copy: no other file's browser can fetch this worker script.
    const sw = join(api.portalDir, 'sw.js');
    const original = readFileSync(sw);
    const twins = ['br', 'gz'].map((ext) => ({ file: `${sw}.${ext}`, body: readFileSync(`${sw}.${ext}`) }));
    const context = await workerContext();
    try {
      const page = await context.newPage();
      await page.goto('/sign-in');
      await visible(page.getByRole('button', { name: t('en', 'signIn.submit') }));
      await controlledByWorker(page);
      expect(await page.getByText(t('en', 'offline.updateAvailable')).count()).toBe(0);

      // A new release: another worker script (it also answers which release it is).
      const release = Buffer.concat([
        original,
        Buffer.from(
          `\nself.addEventListener('message',(e)=>{if(e.data==='icspa-release?')e.source.postMessage('icspa-release-2')});\n`,
        ),
      ]);
      writeFileSync(sw, release);
      writeFileSync(`${sw}.br`, brotliCompressSync(release));
      writeFileSync(`${sw}.gz`, gzipSync(release));
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });

      const prompt = page.locator('.update-prompt');
      await visible(prompt.getByText(t('en', 'offline.updateAvailable')));
      await shot(page, 'offline', 'en', '05-update-prompt');
      // Not swapped mid-session: the old worker still controls the page until the reader chooses.
      expect(
        await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting))),
      ).toBe(true);
      const reloaded = page.waitForEvent('load');
      await prompt.getByRole('button', { name: t('en', 'offline.reload') }).click();
      await reloaded;
      await visible(page.getByRole('button', { name: t('en', 'signIn.submit') }));
      const answer = await page.evaluate(
        () =>
          new Promise<string>((resolve, reject) => {
            const controller = navigator.serviceWorker.controller;
            if (!controller) return reject(new Error('no controlling service worker'));
            navigator.serviceWorker.addEventListener('message', (e) => resolve(String(e.data)));
            controller.postMessage('icspa-release?');
            setTimeout(() => reject(new Error('the controlling worker did not answer')), 5_000);
          }),
      );
      expect(answer).toBe('icspa-release-2');
      expect(await page.locator('.update-prompt').count()).toBe(0);
    } finally {
      writeFileSync(sw, original);
      for (const twin of twins) writeFileSync(twin.file, twin.body);
      await context.close();
    }
  });
});

function lessonsOf(course: Outline) {
  return course.modules.flatMap((m) => m.lessons);
}
