import { randomBytes } from 'node:crypto';
import { Browser } from 'playwright-core';
import { apiSession } from './support/api';
import { apiResponse, expectOk, launchBrowser, newContext, shot, signIn, t, visible } from './support/browser';
import { appNow } from './support/env';

jest.setTimeout(240_000);

/**
 * Officer privacy (issue 20): a member-firm trainer, the portal in Chinese, opens their cohort's roster, sees the
 * participants by pseudonym ("学员 1 · KZ-3F9") — no officer's name or e-mail anywhere in the page — and grades
 * one of them by pseudonym; the grade is saved (read back through the API). Then the demo coordinator opts another
 * run of the course, reserved for the unit, into named rosters with a reason, and the trainer sees that unit's officer
 * there by name (still no e-mail, no reason).
 */
const TRAINER = 'trainer@icspa.test';
const LANG = 'zh-CN';

type Api = Awaited<ReturnType<typeof apiSession>>;
interface Page_<T> {
  items: T[];
}
interface RosterEntry {
  id: string;
  officerName: string;
  officerEmail: string | null;
  officerPseudonym: { number: number | null; code: string } | null;
}

let browser: Browser;
let admin: Api;
let cohortId: string;
/** The officers in the cohort, as the admin sees them (names and e-mails the trainer must not see). */
let officers: Array<{ name: string; email: string }>;
let courseId: string;
let trainerId: string;
let unitId: string;
/** An officer of the demo unit in no other cohort of the course (for the named roster). */
let spare: { id: string; email: string };
let namedCohortId: string | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await apiSession('admin@icspa.test');
  // Arrange: a new in-person course and a run of it the demo trainer teaches, far after their seeded cohorts, with
  // three officers of the demo coordinator's unit (not the demo accounts other journeys use), then running.
  const suffix = randomBytes(2).toString('hex').toUpperCase();
  const letters = Array.from(randomBytes(3), (b) => String.fromCharCode(65 + (b % 26))).join('');
  const course = await admin.post<{ id: string }>('/api/courses', {
    code: `P${letters}-${100 + (randomBytes(2).readUInt16BE() % 900)}`,
    title: `Covert online investigations ${suffix}`,
    summary: 'Working undercover online: legends, evidence and safety.',
    level: 'foundation',
    topics: ['first-response'],
    languages: ['en'],
    hours: 6,
  });
  const module = await admin.post<{ id: string }>(`/api/courses/${course.id}/modules`, { title: 'Legends' });
  await admin.post(`/api/modules/${module.id}/lessons`, {
    title: 'Building a legend',
    body: '# A legend',
    minutes: 10,
  });
  await admin.put(`/api/courses/${course.id}/assessment`, {
    passMark: 70,
    attemptLimit: 3,
    questionsPerAttempt: 1,
    timeLimitMinutes: null,
  });
  await admin.post(`/api/courses/${course.id}/assessment/questions`, {
    kind: 'single_choice',
    prompt: 'Who may see an undercover officer’s name?',
    options: ['Their unit', 'Everyone'],
    correct: [0],
  });
  await admin.patch(`/api/courses/${course.id}`, { status: 'published' });
  const trainers = await admin.get<Page_<{ id: string; email: string }>>('/api/trainers?pageSize=100');
  courseId = course.id;
  trainerId = trainers.items.find((tr) => tr.email === TRAINER)!.id;
  const start = new Date(appNow().getTime() + 400 * 86400_000);
  const cohort = await admin.post<{ id: string }>('/api/cohorts', {
    courseId: course.id,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 86400_000).toISOString(),
    deliveryMode: 'in_person',
    countryCode: 'UA',
    city: 'Kyiv',
    language: 'en',
    capacity: 10,
    trainerId,
  });
  cohortId = cohort.id;
  await admin.post(`/api/cohorts/${cohortId}/status`, { status: 'open' });
  const coordinator = await apiSession('coordinator@icspa.test');
  unitId = (await coordinator.get<{ policeUnitId: string }>('/api/auth/me')).policeUnitId;
  const unitOfficers = await admin.get<Page_<{ id: string; email: string; role: string }>>(
    `/api/police-units/${unitId}/officers?pageSize=100`,
  );
  const chosen = unitOfficers.items
    .filter((o) => o.role === 'officer' && !/^(officer|coordinator)@icspa\.test$/.test(o.email))
    .slice(0, 3);
  if (chosen.length < 2) throw new Error('the demo unit has too few officers');
  spare = unitOfficers.items.filter(
    (o) => o.role === 'officer' && !/^(officer|coordinator)@icspa\.test$/.test(o.email) && !chosen.includes(o),
  )[0];
  await admin.post(`/api/cohorts/${cohortId}/nominations`, { officerIds: chosen.map((o) => o.id) });
  await admin.post(`/api/cohorts/${cohortId}/status`, { status: 'running' });
  const roster = await admin.get<{ entries: RosterEntry[] }>(`/api/cohorts/${cohortId}/roster`);
  officers = roster.entries.map((e) => ({ name: e.officerName, email: e.officerEmail! }));
});
afterAll(async () => {
  await admin?.post(`/api/cohorts/${cohortId}/status`, { status: 'cancelled' }).catch(() => undefined);
  if (namedCohortId)
    await admin?.post(`/api/cohorts/${namedCohortId}/status`, { status: 'cancelled' }).catch(() => undefined);
  await browser?.close();
});

describe('pseudonyms toward member firms', () => {
  it('zh-CN: a trainer reads the roster by pseudonym and grades a participant by pseudonym', async () => {
    const trainer = await apiSession(TRAINER);
    const asTrainer = await trainer.get<{ entries: RosterEntry[] }>(`/api/cohorts/${cohortId}/roster`);
    const first = asTrainer.entries.find((e) => e.officerPseudonym?.number === 1)!;
    const firstLabel = t(LANG, 'privacy.pseudonym', { number: 1, code: first.officerPseudonym!.code });
    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.clock.setFixedTime(appNow());
      await signIn(page, TRAINER, LANG, 'pseudonyms');
      await page.goto(`/cohorts/${cohortId}/roster`);
      const roster = page.getByRole('table', { name: t(LANG, 'roster.caption') });
      await visible(roster.getByRole('row').filter({ hasText: firstLabel }));
      await visible(page.getByText(t(LANG, 'roster.pseudonymHint')));
      expect(await roster.getByRole('row').count()).toBe(officers.length + 1);
      // No officer's name or e-mail anywhere in the page, and no mail link.
      const text = (await page.locator('body').innerText()).toLowerCase();
      for (const o of officers) {
        expect(text).not.toContain(o.name.toLowerCase());
        expect(text).not.toContain(o.email.toLowerCase());
      }
      expect(await page.locator('a[href^="mailto:"]').count()).toBe(0);
      await shot(page, 'pseudonyms', LANG, '01-roster');

      // Grade participant 1 by pseudonym: attended, passed.
      const form = page.getByRole('form', { name: t(LANG, 'roster.gradeOf', { name: firstLabel }) });
      await form.getByRole('checkbox', { name: t(LANG, 'roster.attended'), exact: true }).check();
      await form.getByRole('radio', { name: t(LANG, 'roster.passed'), exact: true }).check();
      const graded = apiResponse(page, 'PUT', new RegExp(`^/api/enrolments/${first.id}/grade$`));
      await form.getByRole('button', { name: t(LANG, 'forms.save'), exact: true }).click();
      expectOk(await graded);
      await visible(form.getByText(t(LANG, 'forms.saved')));
      await shot(page, 'pseudonyms', LANG, '02-graded');
    } finally {
      await context.close();
    }
    const saved = await admin.get<{ status: string; attended: boolean | null }>(`/api/enrolments/${first.id}`);
    expect(saved.status).toBe('completed');
  });

  it('a coordinator opts a cohort into named rosters with a reason; the trainer then sees the unit’s officer by name', async () => {
    if (!spare) throw new Error('the demo unit has no spare officer');
    // A second run of the course, reserved for the demo unit and still open, with one more of its officers.
    const start = new Date(appNow().getTime() + 420 * 86400_000);
    const cohort = await admin.post<{ id: string }>('/api/cohorts', {
      courseId,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 86400_000).toISOString(),
      deliveryMode: 'in_person',
      countryCode: 'UA',
      city: 'Kyiv',
      language: 'en',
      capacity: 10,
      trainerId,
      policeUnitId: unitId,
    });
    namedCohortId = cohort.id;
    await admin.post(`/api/cohorts/${namedCohortId}/status`, { status: 'open' });
    await admin.post(`/api/cohorts/${namedCohortId}/nominations`, { officerIds: [spare.id] });
    const spareName = (await admin.get<{ entries: RosterEntry[] }>(`/api/cohorts/${namedCohortId}/roster`)).entries[0]
      .officerName;
    const trainer = await apiSession(TRAINER);
    const before = await trainer.get<{ entries: RosterEntry[] }>(`/api/cohorts/${namedCohortId}/roster`);
    expect(before.entries[0].officerPseudonym).not.toBeNull();

    const reason = 'Joint operation: the trainer must know the team';
    const coordinatorContext = await newContext(browser);
    try {
      const page = await coordinatorContext.newPage();
      await page.clock.setFixedTime(appNow());
      await signIn(page, 'coordinator@icspa.test', 'en', 'named-roster');
      await page.goto(`/unit/nominate?cohort=${namedCohortId}`);
      const panel = page.getByRole('region', { name: t('en', 'privacy.namedRoster.title') });
      await visible(panel.getByText(t('en', 'privacy.namedRoster.byPseudonym')));
      await panel.getByLabel(t('en', 'privacy.namedRoster.reasonLabel'), { exact: true }).fill(reason);
      const chosen = apiResponse(page, 'PUT', new RegExp(`^/api/cohorts/${namedCohortId}/named-roster$`));
      await panel.getByRole('button', { name: t('en', 'privacy.namedRoster.optIn'), exact: true }).click();
      expectOk(await chosen);
      await visible(panel.getByText(t('en', 'privacy.namedRoster.byName')));
      await visible(panel.getByText(reason));
      await shot(page, 'named-roster', 'en', '01-opted-in');
    } finally {
      await coordinatorContext.close();
    }

    const context = await newContext(browser);
    try {
      const page = await context.newPage();
      await page.clock.setFixedTime(appNow());
      await signIn(page, TRAINER, LANG, 'named-roster');
      await page.goto(`/cohorts/${namedCohortId}/roster`);
      const roster = page.getByRole('table', { name: t(LANG, 'roster.caption') });
      await visible(roster.getByRole('row').filter({ hasText: spareName }));
      await visible(page.getByText(t(LANG, 'privacy.namedRoster.rosterLine', { units: '' }).split('，')[0]));
      // Still no address, and no reason, for the trainer.
      const text = await page.locator('body').innerText();
      expect(text.toLowerCase()).not.toContain(spare.email.toLowerCase());
      expect(text).not.toContain(reason);
      await shot(page, 'named-roster', LANG, '02-trainer-roster');
    } finally {
      await context.close();
    }
  });
});
