import { Browser } from 'playwright-core';
import { apiSession, seedId } from './support/api';
import { apiResponse, expectOk, launchBrowser, newContext, shot, signIn, t, visible } from './support/browser';
import { appNow } from './support/env';

jest.setTimeout(240_000);

/**
 * Training sessions in the portal (issue 17): an officer reads next week's session in their calendar in
 * Brazilian Portuguese, at the venue's time with their own beside it; a trainer keeps a session's sign-in
 * sheet on a phone (390 × 844).
 */
const OFFICER = 'officer@icspa.test';
const TRAINER = 'trainer@icspa.test';
const VIEWER_ZONE = 'America/Sao_Paulo';
const VENUE_ZONE = 'Europe/Kyiv';

type Api = Awaited<ReturnType<typeof apiSession>>;
interface Page_<T> {
  items: T[];
}

const timeIn = (instant: Date, timeZone: string, language: string) =>
  new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone }).format(instant);

/** 09:00 in Kyiv, `days` after the application's today (whichever UTC offset Kyiv has that day). */
function nineInKyiv(days: number): Date {
  const day = new Date(appNow().getTime() + days * 86400_000).toISOString().slice(0, 10);
  for (const hour of [5, 6, 7, 8]) {
    const candidate = new Date(`${day}T0${hour}:00:00Z`);
    if (timeIn(candidate, VENUE_ZONE, 'en-GB') === '09:00') return candidate;
  }
  throw new Error(`no 09:00 in Kyiv on ${day}`);
}

let browser: Browser;
let admin: Api;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await apiSession('admin@icspa.test');
});
afterAll(async () => {
  await browser?.close();
});

describe('training sessions journey', () => {
  it('pt-BR: an officer sees next week’s session in the calendar, at the venue’s time with their own beside it', async () => {
    const officer = await apiSession(OFFICER);
    // Arrange: a course the officer holds no place in, a run of it next week in Kyiv, and the officer in it.
    const courses =
      await admin.get<Page_<{ id: string; title: string; languages: string[] }>>('/api/courses?pageSize=100');
    const mine = await officer.get<Page_<{ courseId: string; status: string }>>(
      '/api/enrolments?mine=true&pageSize=100',
    );
    const taken = new Set(mine.items.filter((e) => !['withdrawn', 'failed'].includes(e.status)).map((e) => e.courseId));
    const course = courses.items.find((c) => !taken.has(c.id) && c.languages.length > 0);
    if (!course) throw new Error('every seeded course has the officer in it');
    const start = nineInKyiv(7);
    const cohort = await admin.post<{ id: string }>('/api/cohorts', {
      courseId: course.id,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 8 * 3600_000).toISOString(),
      deliveryMode: 'in_person',
      countryCode: 'UA',
      city: 'Kyiv',
      language: course.languages[0],
      capacity: 10,
      timeZone: VENUE_ZONE,
    });
    await admin.post(`/api/cohorts/${cohort.id}/status`, { status: 'open' });
    const enrolment = await officer.post<{ id: string }>(`/api/cohorts/${cohort.id}/enrolments`);
    const before = await officer.get<{ timeZone: string | null }>('/api/auth/me');
    await officer.patch('/api/auth/me', { timeZone: VIEWER_ZONE });

    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      // The browser's clock is the servers' (CLOCK_NOW when the run pins it), so "next week" agrees.
      await page.clock.setFixedTime(appNow());
      await signIn(page, OFFICER, 'pt-BR', 'sessions');
      await page.goto('/calendar');
      await visible(page.getByRole('heading', { level: 1, name: t('pt-BR', 'calendar.title') }));
      await page.getByRole('button', { name: t('pt-BR', 'calendar.views.agenda'), exact: true }).click();
      const both = t('pt-BR', 'calendar.bothTimes', {
        day: new Intl.DateTimeFormat('pt-BR', {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          timeZone: VENUE_ZONE,
        }).format(start),
        venueTime: timeIn(start, VENUE_ZONE, 'pt-BR'),
        place: 'Kyiv',
        viewerTime: timeIn(start, VIEWER_ZONE, 'pt-BR'),
      });
      expect(timeIn(start, VENUE_ZONE, 'pt-BR')).toBe('09:00');
      const entry = page.locator('.calendar-entry', { hasText: course.title }).filter({ hasText: both });
      await visible(entry);
      expect(await entry.first().textContent()).toContain(
        `09:00 Kyiv (${timeIn(start, VIEWER_ZONE, 'pt-BR')} no seu horário)`,
      );
      await shot(page, 'sessions', 'pt-BR', '01-calendar');
    } finally {
      await context.close();
      await officer.patch('/api/auth/me', { timeZone: before.timeZone ?? VIEWER_ZONE });
      await officer.post(`/api/enrolments/${enrolment.id}/withdraw`, {}).catch(() => undefined);
      await admin.post(`/api/cohorts/${cohort.id}/status`, { status: 'cancelled' });
    }
  });

  it('en: a trainer marks a session’s attendance on a 390 × 844 phone: all present, then one absent', async () => {
    const trainer = await apiSession(TRAINER);
    const cohortId = seedId('cohort:ee-201-bucharest-running');
    const sessions = await trainer.get<Page_<{ id: string; status: string }>>(`/api/cohorts/${cohortId}/sessions`);
    const session = sessions.items.find((s) => s.status === 'scheduled')!;
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await signIn(page, TRAINER, 'en', 'attendance');
      // Signed in (the navigation checks need the desktop frame), the phone from here on.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`/cohorts/${cohortId}/roster`);
      await page
        .getByRole('link', { name: t('en', 'sessions.attendance') })
        .first()
        .click();
      await page.waitForURL((url) => url.pathname === `/sessions/${session.id}/attendance`);
      const sheetHeading = page.getByRole('heading', { level: 2, name: /^Sign-in sheet/ });
      await visible(sheetHeading);
      await page.getByRole('button', { name: t('en', 'attendance.markAllPresent') }).click();
      const officers = page.locator('.attendance-sheet__officer');
      const first = officers.first();
      const firstName = (await first.locator('legend').textContent())!.trim();
      await first.getByRole('radio', { name: t('en', 'attendance.status.absent') }).check();
      await shot(page, 'attendance', 'en', '01-sheet');
      // The sheet fits the phone: nothing wider than the viewport.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const saved = apiResponse(page, 'PUT', new RegExp(`^/api/training-sessions/${session.id}/attendance$`));
      await page.getByRole('button', { name: /^Save changes/ }).click();
      expectOk(await saved);
      await visible(page.getByRole('status').filter({ hasText: t('en', 'attendance.saved') }));

      const sheet = await trainer.get<{ entries: { officerName: string; status: string | null }[] }>(
        `/api/training-sessions/${session.id}/attendance`,
      );
      expect(sheet.entries.find((e) => e.officerName === firstName)?.status).toBe('absent');
      expect(sheet.entries.filter((e) => e.officerName !== firstName).every((e) => e.status === 'present')).toBe(true);
    } finally {
      await context.close();
    }
  });
});
