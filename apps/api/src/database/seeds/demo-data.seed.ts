import { selectRows } from '../../core/database/sql';
import { refreshCoursesSearch } from '../../modules/catalogue/course-search.queries';
import { appNow } from '../../core/clock/clock';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../modules/identity/password-hasher';
import { MEMBER_FIRMS } from './data/member-firms';
import { OFFICERS } from './data/officers';
import { POLICE_UNITS } from './data/police-units';
import { TRAINERS } from './data/trainers';
import { bookSeededCommitments } from '../../modules/trainer-assignment/trainer-bookings.queries';
import { seedReferenceData } from './reference-data.seed';
import { seedTranslations } from './translations.seed';
import { seedCompetencyFramework, seedNeedsAssessments } from './planning.seed';
import { generateUptakeDataset } from './uptake-dataset';
import { refreshUptake } from '../../modules/reporting/uptake-rollup';
import {
  queueCertificationChecks,
  seedCatalogue,
  seedCohorts,
  seedProgrammes,
  seedTrainerProfiles,
  seedTrainingRequests,
} from './learning.seed';
import { LOCAL_TRAINER_ACCOUNT, seedLocalTrainer } from './local-trainers.seed';

/** The password of every seeded account (documented in README). */
export const DEMO_PASSWORD = 'Academy!2024';

/** The five demo accounts of DESIGN.md. */
export const DEMO_ACCOUNTS = [
  { email: 'admin@icspa.test', displayName: 'Alliance Administrator', role: 'admin', unit: null, firm: null },
  { email: 'officer@icspa.test', displayName: 'Olena Kovalenko', role: 'officer', unit: 'ua-kyiv-cyber', firm: null },
  {
    email: 'coordinator@icspa.test',
    displayName: 'Taras Shevchuk',
    role: 'coordinator',
    unit: 'ua-kyiv-cyber',
    firm: null,
  },
  { email: 'trainer@icspa.test', displayName: 'Kenji Watanabe', role: 'trainer', unit: null, firm: 'trend-micro' },
  { email: 'member@icspa.test', displayName: 'Sarah Mitchell', role: 'member_admin', unit: null, firm: 'mcafee' },
] as const;

interface UserRow {
  email: string;
  displayName: string;
  role: string;
  unitKey: string | null;
  firmKey: string | null;
}

/**
 * Demo data: reference data, member firms, police units, the demo accounts, trainers and officers.
 * Every insert is keyed on a natural key and skips rows that exist, so a second run changes nothing
 * (and keeps whatever users changed in between).
 */
export async function seedDemoData(ds: DataSource): Promise<Record<string, number>> {
  // One hash for every seeded account: they share the documented demo password, and hashing
  // a hundred passwords at 19 MiB each would make start-up slow for nothing.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const summary = await ds.transaction(async (manager) => {
    await seedReferenceData(manager);
    const firms = await upsertFirms(manager);
    const units = await upsertUnits(manager);
    const users: UserRow[] = [
      ...DEMO_ACCOUNTS.map((a) => ({
        email: a.email,
        displayName: a.displayName,
        role: a.role,
        unitKey: a.unit,
        firmKey: a.firm,
      })),
      ...TRAINERS.map((t) => ({
        email: t.email,
        displayName: t.displayName,
        role: 'trainer',
        unitKey: null,
        firmKey: t.firm,
      })),
      {
        email: LOCAL_TRAINER_ACCOUNT.email,
        displayName: LOCAL_TRAINER_ACCOUNT.displayName,
        role: LOCAL_TRAINER_ACCOUNT.role,
        unitKey: LOCAL_TRAINER_ACCOUNT.unit,
        firmKey: LOCAL_TRAINER_ACCOUNT.firm,
      },
      ...OFFICERS.map((o) => ({
        email: o.email,
        displayName: o.displayName,
        role: o.role,
        unitKey: o.unit,
        firmKey: null,
      })),
    ];
    const inserted = await insertUsers(manager, users, units, firms, passwordHash);
    const courses = await seedCatalogue(manager);
    const enrolments = await seedCohorts(
      manager,
      courses,
      OFFICERS.map((o) => o.email),
    );
    await seedTrainerProfiles(
      manager,
      TRAINERS.map((t) => ({
        email: t.email,
        languages: t.languages,
        skills: t.skills,
        countries: t.countries,
        loadLimitPerQuarter: t.loadLimitPerQuarter,
      })),
    );
    await seedTrainingRequests(manager, courses);
    await seedLocalTrainer(manager, courses);
    // Seeds write cohorts directly: their trainers' time is booked here, as the API would.
    const released = await bookSeededCommitments(manager);
    if (released > 0) throw new Error(`seed: ${released} demo cohorts overlap another cohort of their trainer`);
    await seedProgrammes(manager, courses);
    const translations = await seedTranslations(manager, courses);
    await seedCompetencyFramework(manager);
    return {
      memberFirms: firms.size,
      policeUnits: units.size,
      usersInserted: inserted,
      courses: courses.size,
      enrolmentsInserted: enrolments,
      translationsInserted: translations,
    };
  });
  const history = await seedUptakeHistory(ds, passwordHash);
  // Seeds write courses and translations directly: their search text is built here, as the API would.
  await ds.transaction(async (manager) => {
    const courses = await selectRows<{ id: string }>(manager, `SELECT id FROM course`);
    await refreshCoursesSearch(
      manager,
      courses.map((c) => c.id),
    );
  });
  // After the history: the seeded needs assessments infer their levels from it.
  const units = await ds.transaction((manager) => upsertUnits(manager));
  const needsAssessments = await seedNeedsAssessments(ds, units);
  return { ...summary, historyOfficersInserted: history, needsAssessmentsInserted: needsAssessments };
}

/** Generated officers' addresses: first.last.N@<country code>.police.test (the named ones carry their unit). */
const GENERATED_OFFICER = '@[a-z]{2}\\.police\\.test$';
const HISTORY_OFFICERS = 1500;

/**
 * Two years of training history across the seeded units (generated, deterministic), so the regional-uptake
 * dashboard has something to show, then the first rollup. Once: skipped when generated officers exist. The
 * demo accounts are left out of it (their journeys start clean), and it ends last month: nothing of it is
 * open for enrolment and every generated request is settled, so nothing waits for the matcher. Certifications come from the worker, as for every completion (the generator's own would not verify).
 */
async function seedUptakeHistory(ds: DataSource, passwordHash: string): Promise<number> {
  const [{ done }] = await ds.query(`SELECT EXISTS (SELECT 1 FROM app_user WHERE email ~ $1) AS done`, [
    GENERATED_OFFICER,
  ]);
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    if (!done) {
      await runner.startTransaction();
      // History up to last month: this month belongs to the demo's own cohorts.
      const now = appNow();
      const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
      await generateUptakeDataset(runner, {
        seed: 2024,
        firms: 0,
        units: 0,
        officers: HISTORY_OFFICERS,
        trainers: 0,
        courses: 0,
        enrolments: 12_000,
        requests: 450,
        months: 24,
        endMonth: last.toISOString().slice(0, 7),
        certifications: false,
        passwordHash,
        excludeEmails: DEMO_ACCOUNTS.map((a) => a.email),
        future: false,
      });
      // The generator books what it writes (around the demo's bookings); anything left unbooked is a bug.
      const unbooked = await bookSeededCommitments(runner.manager);
      if (unbooked > 0)
        throw new Error(`seed: ${unbooked} generated cohorts overlap another commitment of their trainer`);
      // The worker certifies the history's holders as it certifies everyone: signed, verifiable credentials.
      await queueCertificationChecks(runner.manager);
      await runner.commitTransaction();
    }
    await refreshUptake(runner);
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
  return done ? 0 : HISTORY_OFFICERS;
}

async function upsertFirms(manager: EntityManager): Promise<Map<string, string>> {
  await manager.query(
    `INSERT INTO member_firm (name, country_code, website)
     SELECT * FROM unnest($1::varchar[], $2::char(2)[], $3::varchar[]) ON CONFLICT (name) DO NOTHING`,
    [MEMBER_FIRMS.map((f) => f.name), MEMBER_FIRMS.map((f) => f.country), MEMBER_FIRMS.map((f) => f.website)],
  );
  const rows: { id: string; name: string }[] = await manager.query(
    `SELECT id, name FROM member_firm WHERE name = ANY($1)`,
    [MEMBER_FIRMS.map((f) => f.name)],
  );
  const idByName = new Map(rows.map((r) => [r.name, r.id]));
  return new Map(MEMBER_FIRMS.map((f) => [f.key, idByName.get(f.name)!]));
}

async function upsertUnits(manager: EntityManager): Promise<Map<string, string>> {
  await manager.query(
    `INSERT INTO police_unit (name, agency, city, country_code)
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::char(2)[]) ON CONFLICT (country_code, name) DO NOTHING`,
    [
      POLICE_UNITS.map((u) => u.name),
      POLICE_UNITS.map((u) => u.agency),
      POLICE_UNITS.map((u) => u.city),
      POLICE_UNITS.map((u) => u.country),
    ],
  );
  const rows: { id: string; name: string; country_code: string }[] = await manager.query(
    `SELECT id, name, country_code FROM police_unit WHERE name = ANY($1)`,
    [POLICE_UNITS.map((u) => u.name)],
  );
  const idByKey = new Map(rows.map((r) => [`${r.country_code}|${r.name}`, r.id]));
  return new Map(POLICE_UNITS.map((u) => [u.key, idByKey.get(`${u.country}|${u.name}`)!]));
}

async function insertUsers(
  manager: EntityManager,
  users: UserRow[],
  units: Map<string, string>,
  firms: Map<string, string>,
  passwordHash: string,
): Promise<number> {
  const unitOf = (u: UserRow) => (u.unitKey ? required(units, u.unitKey, 'police unit') : null);
  const firmOf = (u: UserRow) => (u.firmKey ? required(firms, u.firmKey, 'member firm') : null);
  const result: { email: string }[] = await manager.query(
    `INSERT INTO app_user (email, display_name, role, password_hash, police_unit_id, member_firm_id)
     SELECT e, d, r::user_role, $4, u, f FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $5::uuid[], $6::uuid[]) AS t(e, d, r, u, f)
     ON CONFLICT (email) DO NOTHING RETURNING email`,
    [
      users.map((u) => u.email),
      users.map((u) => u.displayName),
      users.map((u) => u.role),
      passwordHash,
      users.map(unitOf),
      users.map(firmOf),
    ],
  );
  return result.length;
}

function required(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`seed data refers to unknown ${what} "${key}"`);
  return id;
}
