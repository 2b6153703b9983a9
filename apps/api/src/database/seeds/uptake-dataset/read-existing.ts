import { select } from './helpers';
import { Country } from './model';
import { DatasetDb, UptakeDatasetOptions } from './options';

export interface FirmRow {
  id: string;
  name: string;
}

export interface UnitRow {
  id: string;
  name: string;
  country_code: string;
  city: string;
}

export interface PublishedCourseRow {
  id: string;
  code: string;
  title: string;
  topics: string[];
  languages: string[];
  level: string;
}

export interface OfficerRow {
  id: string;
  police_unit_id: string;
  role: string;
}

export interface TrainerRow {
  id: string;
  languages: string[];
  course_ids: string[];
}

export interface ProgrammeRow {
  id: string;
  course_ids: string[];
  validity_months: number;
}

/**
 * The rows the history draws from, read before anything is written, each in a stable order (natural keys)
 * so the same database gives the same data set.
 */
export interface ExistingRows {
  countries: Country[];
  userCount: number;
  emails: Set<string>;
  firms: FirmRow[];
  units: UnitRow[];
  courseCodes: Set<string>;
  publishedCourses: PublishedCourseRow[];
  officers: OfficerRow[];
  trainers: TrainerRow[];
  programmes: ProgrammeRow[];
  /** Enrolments that hold or wait for a seat: one per officer and course. */
  liveEnrolments: { officer_id: string; course_id: string }[];
  /** Periods trainers are booked for. */
  bookedPeriods: { trainer_id: string; lo: Date; hi: Date | null }[];
  /** First certifications (per holder and programme); read only when certifications are asked for. */
  firstCertifications: { holder_id: string; programme_id: string }[];
}

export async function readExisting(db: DatasetDb, o: UptakeDatasetOptions): Promise<ExistingRows> {
  const countries = await select<Country>(
    db,
    `SELECT code, name, region_code AS region, hotspot FROM country ORDER BY code COLLATE "C"`,
  );
  if (countries.length === 0)
    throw new Error('uptake dataset: the country table is empty; load the reference data first');
  const [{ users: userCount }] = await select<{ users: number }>(db, `SELECT count(*)::int AS users FROM app_user`);
  const emails = new Set((await select<{ email: string }>(db, `SELECT email FROM app_user`)).map((r) => r.email));
  const firms = await select<FirmRow>(db, `SELECT id, name FROM member_firm ORDER BY name COLLATE "C"`);
  const units = await select<UnitRow>(
    db,
    `SELECT id, name, country_code, city FROM police_unit ORDER BY country_code COLLATE "C", name COLLATE "C"`,
  );
  const courseCodes = new Set((await select<{ code: string }>(db, `SELECT code FROM course`)).map((r) => r.code));
  const publishedCourses = await select<PublishedCourseRow>(
    db,
    `SELECT id, code, title, topics::text[] AS topics, languages::text[] AS languages, level::text AS level FROM course WHERE status = 'published' ORDER BY code COLLATE "C"`,
  );
  const officers = await select<OfficerRow>(
    db,
    `SELECT id, police_unit_id, role::text AS role FROM app_user
      WHERE role IN ('officer', 'coordinator') AND police_unit_id IS NOT NULL AND email <> ALL($1::text[]) ORDER BY email COLLATE "C"`,
    [o.excludeEmails ?? []],
  );
  const trainers = await select<TrainerRow>(
    db,
    `SELECT u.id, coalesce(p.languages::text[], '{en}') AS languages, coalesce(p.course_ids::text[], '{}') AS course_ids
       FROM app_user u LEFT JOIN trainer_profile p ON p.user_id = u.id
      WHERE u.role = 'trainer' AND u.member_firm_id IS NOT NULL AND u.email <> ALL($1::text[]) ORDER BY u.email COLLATE "C"`,
    [o.excludeEmails ?? []],
  );
  const programmes = await select<ProgrammeRow>(
    db,
    `SELECT id, course_ids::text[] AS course_ids, validity_months FROM certification_programme ORDER BY name COLLATE "C"`,
  );
  const liveEnrolments = await select<{ officer_id: string; course_id: string }>(
    db,
    `SELECT officer_id, course_id FROM enrolment WHERE status IN ('pending_approval', 'enrolled', 'waitlisted')`,
  );
  const bookedPeriods = await select<{ trainer_id: string; lo: Date; hi: Date | null }>(
    db,
    `SELECT trainer_id, lower(period) AS lo, upper(period) AS hi FROM trainer_booking`,
  );
  const firstCertifications = o.certifications
    ? await select<{ holder_id: string; programme_id: string }>(
        db,
        `SELECT holder_id, programme_id FROM certification WHERE previous_id IS NULL`,
      )
    : [];
  return {
    countries,
    userCount,
    emails,
    firms,
    units,
    courseCodes,
    publishedCourses,
    officers,
    trainers,
    programmes,
    liveEnrolments,
    bookedPeriods,
    firstCertifications,
  };
}
