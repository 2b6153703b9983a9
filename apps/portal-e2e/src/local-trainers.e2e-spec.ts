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
 * assignments among the local trainers); they accept; the admin sees Trend Micro's cascade grow. It changes
 * only rows of its own officer and request (other journeys never read them).
 */
const OFFICER = { email: `cascade.officer.${randomBytes(3).toString('hex')}@icspa.test`, name: 'Mykola Hnatiuk' };
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
    const starts = new Date(appNow().getTime() + 220 * 86400_000);
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

    // The local trainer answers from their trainer pages, reached from Local trainers.
    await withPage(async (page) => {
      await signIn(page, OFFICER.email, lang, journey);
      await navigate(page, lang, 'nav.localTrainers');
      await visible(page.getByText(t(lang, 'localTrainers.youAre')));
      await page.getByRole('link', { name: t(lang, 'nav.proposals'), exact: true }).click();
      await visible(page.getByRole('heading', { name: t(lang, 'assignment.proposals.title'), level: 1 }));
      const accepted = apiResponse(page, 'POST', /^\/api\/assignments\/[^/]+\/accept$/);
      // The only proposal: CS-101 (Child Sexual Abuse Material Investigation Awareness) for the demo unit.
      await page.getByRole('button', { name: /^Accept Child Sexual Abuse Material/ }).click();
      expectOk(await accepted);
      await shot(page, journey, lang, '02-accepted');
    });
    const view = await admin.get<{ status: string }>(`/api/training-requests/${request.id}`);
    expect(view.status).toBe('assigned');

    // The admin sees Trend Micro's cascade grow.
    await withPage(async (page) => {
      await signIn(page, 'admin@icspa.test', lang, journey);
      await navigate(page, lang, 'nav.cascade');
      await visible(page.getByRole('heading', { name: t(lang, 'cascade.title'), level: 1 }));
      const row = page.getByRole('row', { name: /Trend Micro/ });
      await visible(row);
      // Columns: firm, reached directly, through the cascade, local trainers, generations.
      expect(await row.getByRole('cell').nth(3).textContent()).toBe(String(before + 1));
      await shot(page, journey, lang, '03-cascade');
    });
  });
});
