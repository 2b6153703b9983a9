import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { apiSession, eventually, seedId } from './support/api';
import {
  apiResponse,
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
import { appNow, E2eState, STATE_ENV } from './support/env';

jest.setTimeout(300_000);

/**
 * The train-the-trainer cascade: an officer of the demo unit who completed the train-the-trainer cohort taught
 * by the demo trainer (Trend Micro) and holds its certification (written here: the journey is what follows)
 * applies to become a local trainer; the coordinator and then the admin confirm; the unit asks for CS-101, a
 * foundation course, and the matcher proposes the new local trainer (local first, and the fewest recent
 * assignments among the local trainers); they accept from Teaching proposals in their menu; the admin sees the
 * cascade grow on the regional dashboard (the unit's country: one more cohort taught by a local trainer in the
 * cohort's month) and Trend Micro's local trainers one more. It changes only rows of its own officer and request
 * (other journeys never read them).
 */
const OFFICER = { email: `cascade.officer.${randomBytes(3).toString('hex')}@icspa.test`, name: 'Mykola Hnatiuk' };
/** The demo unit's country and region (the cohort the local trainer accepts is that country's delivery). */
const UNIT = { country: '', region: '' };
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  const state = JSON.parse(readFileSync(process.env[STATE_ENV] as string, 'utf8')) as E2eState;
  const db = new Client({ connectionString: state.databaseUrl });
  await db.connect();
  try {
    const cohortId = seedId('cohort:local-trainer-tot');
    const [officer] = (
      await db.query(
        `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id)
         SELECT $1, $2, 'officer', password_hash, police_unit_id FROM app_user WHERE email = 'officer@icspa.test' RETURNING id`,
        [OFFICER.email, OFFICER.name],
      )
    ).rows;
    const [place] = (
      await db.query(
        `SELECT pu.country_code::text AS country, c.region_code::text AS region FROM app_user u
           JOIN police_unit pu ON pu.id = u.police_unit_id JOIN country c ON c.code = pu.country_code
          WHERE u.email = 'officer@icspa.test'`,
      )
    ).rows;
    Object.assign(UNIT, place);
    await db.query(`UPDATE cohort SET seats_taken = seats_taken + 1 WHERE id = $1`, [cohortId]);
    await db.query(
      `INSERT INTO enrolment (cohort_id, course_id, officer_id, status, progress_percent, completed_at)
       SELECT id, course_id, $2, 'completed', 100, ends_at FROM cohort WHERE id = $1`,
      [cohortId, officer.id],
    );
    await db.query(
      `INSERT INTO certification (programme_id, holder_id, issued_at, valid_from, expires_at, status, public_code, credential)
       VALUES ($1, $2, $3, $3, $4, 'active', $5, '')`,
      [
        seedId('programme:first-responder-trainer'),
        officer.id,
        new Date(appNow().getTime() - 30 * 86400_000),
        new Date(appNow().getTime() + 700 * 86400_000),
        randomBytes(8).toString('hex'),
      ],
    );
  } finally {
    await db.end();
  }
});
afterAll(async () => {
  await browser?.close();
});

async function withPage(fn: (page: Page) => Promise<void>) {
  const context = await newContext(browser);
  try {
    await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

interface FirmReach {
  name: string;
  localTrainers: number;
}

/**
 * The regional dashboard, drilled down to the unit's country for one month: the cascade view's count of
 * cohorts taught by local trainers that month, as the table beside the chart shows it.
 */
async function dashboardLocalCohorts(page: Page, lang: Lang, month: string): Promise<number> {
  const series = apiResponse(page, 'GET', new RegExp(`^/api/reporting/cascade/countries/${UNIT.country}$`));
  await page.goto(`/uptake?region=${UNIT.region}&country=${UNIT.country}&from=${month}&to=${month}`);
  expectOk(await series);
  const caption = t(lang, 'cascade.delivery.chart', { place: '@@' })
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace('@@', '.+');
  const table = page.getByRole('table', { name: new RegExp(`^${caption}$`) });
  await visible(page.getByRole('img', { name: new RegExp(`^${caption}`) }));
  const row = table.locator('tr', { has: page.locator(`time[datetime="${month}"]`) });
  await visible(row);
  // Columns: month, taught by local trainers, by experts, co-delivered.
  return Number(await row.getByRole('cell').nth(1).textContent());
}

describe('local trainers', () => {
  it('officer applies, coordinator and admin confirm, the local trainer accepts a proposal, the cascade grows (en)', async () => {
    const lang: Lang = 'en';
    const journey = 'local-trainers';
    const admin = await apiSession('admin@icspa.test');
    const trendMicro = async () =>
      (await admin.get<{ items: FirmReach[] }>('/api/reporting/cascade/firms')).items.find(
        (f) => f.name === 'Trend Micro',
      )!.localTrainers;
    const before = await trendMicro();
    // The cohort the local trainer will teach starts in this month (UTC, as the dashboard counts months).
    const starts = new Date(appNow().getTime() + 220 * 86400_000);
    const month = starts.toISOString().slice(0, 7);
    let localBefore = 0;
    await withPage(async (page) => {
      await signIn(page, 'admin@icspa.test', lang, journey);
      localBefore = await dashboardLocalCohorts(page, lang, month);
    });

    // The officer applies.
    await withPage(async (page) => {
      await signIn(page, OFFICER.email, lang, journey);
      await navigate(page, lang, 'nav.localTrainers');
      await visible(page.getByRole('heading', { name: t(lang, 'localTrainers.title'), level: 1 }));
      await selectOptionContaining(
        page.getByLabel(t(lang, 'localTrainers.apply.certification'), { exact: true }),
        'First Responder Trainer',
      );
      await page.getByLabel(t(lang, 'localTrainers.apply.languages'), { exact: true }).fill('uk, en');
      await page.getByLabel(t(lang, 'localTrainers.apply.load'), { exact: true }).fill('3');
      const applied = apiResponse(page, 'POST', /^\/api\/local-trainer-applications$/);
      await page.getByRole('button', { name: t(lang, 'localTrainers.apply.submit') }).click();
      expectOk(await applied);
      const row = page.getByRole('row', { name: new RegExp(OFFICER.name) });
      await visible(row.getByText(t(lang, 'localTrainers.status.pending')));
      await shot(page, journey, lang, '01-applied');
    });

    // The unit's coordinator, then an admin, confirm.
    for (const email of ['coordinator@icspa.test', 'admin@icspa.test'])
      await withPage(async (page) => {
        await signIn(page, email, lang, journey);
        await navigate(page, lang, 'nav.localTrainers');
        const confirmed = apiResponse(page, 'POST', /^\/api\/local-trainer-applications\/[^/]+\/confirm$/);
        await page.getByRole('button', { name: t(lang, 'localTrainers.confirmNamed', { name: OFFICER.name }) }).click();
        expectOk(await confirmed);
      });
    expect(await trendMicro()).toBe(before + 1);

    // The unit asks for a foundation course; the matcher proposes the new local trainer.
    const coordinator = await apiSession('coordinator@icspa.test');
    const courses = await coordinator.get<{ items: { id: string; code: string }[] }>('/api/courses?pageSize=100');
    const request = await coordinator.post<{ id: string }>('/api/training-requests', {
      courseId: courses.items.find((c) => c.code === 'CS-101')!.id,
      language: 'uk',
      startsAt: starts.toISOString(),
      endsAt: new Date(starts.getTime() + 3 * 86400_000).toISOString(),
      deliveryMode: 'in_person',
      seats: 12,
    });
    await eventually(
      'the proposal to the new local trainer',
      async () => {
        const view = await admin.get<{ assignments: { trainerName: string; status: string; trainerPool: string }[] }>(
          `/api/training-requests/${request.id}`,
        );
        return view.assignments.find((a) => a.status === 'proposed' && a.trainerName === OFFICER.name);
      },
      60_000,
    );

    // The local trainer answers from their trainer pages: Local trainers says what they are, and their menu
    // offers Teaching proposals and Cohorts I teach beside their learner pages.
    await withPage(async (page) => {
      await signIn(page, OFFICER.email, lang, journey);
      await navigate(page, lang, 'nav.localTrainers');
      await visible(page.getByText(t(lang, 'localTrainers.youAre')));
      await navigate(page, lang, 'nav.teachingProposals');
      await visible(page.getByRole('heading', { name: t(lang, 'assignment.proposals.title'), level: 1 }));
      const accepted = apiResponse(page, 'POST', /^\/api\/assignments\/[^/]+\/accept$/);
      // The only proposal: CS-101 (Child Sexual Abuse Material Investigation Awareness) for the demo unit.
      await page.getByRole('button', { name: /^Accept Child Sexual Abuse Material/ }).click();
      expectOk(await accepted);
      await shot(page, journey, lang, '02-accepted');
      // The cohort they now teach, under Cohorts I teach, with its roster.
      await navigate(page, lang, 'nav.teachingCohorts');
      await visible(page.getByRole('heading', { name: t(lang, 'nav.teachingCohorts'), level: 1 }));
      await visible(page.getByRole('row', { name: /Child Sexual Abuse Material/ }).getByRole('link'));
    });
    const view = await admin.get<{ status: string }>(`/api/training-requests/${request.id}`);
    expect(view.status).toBe('assigned');

    // The admin sees the cascade grow on the regional dashboard: one more cohort taught locally that month
    // in the unit's country; and Trend Micro's local trainers one more on Trainer cascade.
    await withPage(async (page) => {
      await signIn(page, 'admin@icspa.test', lang, journey);
      expect(await dashboardLocalCohorts(page, lang, month)).toBe(localBefore + 1);
      await shot(page, journey, lang, '03-dashboard-cascade');
      await navigate(page, lang, 'nav.cascade');
      await visible(page.getByRole('heading', { name: t(lang, 'cascade.title'), level: 1 }));
      const row = page.getByRole('row', { name: /Trend Micro/ });
      await visible(row);
      // Columns: firm, reached directly, through the cascade, local trainers, generations.
      expect(await row.getByRole('cell').nth(3).textContent()).toBe(String(before + 1));
      await shot(page, journey, lang, '04-cascade');
    });
  });
});
