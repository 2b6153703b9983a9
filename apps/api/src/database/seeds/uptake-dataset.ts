/**
 * A deterministic, realistic-looking history for the regional-uptake reports, at any scale: member firms,
 * police units, officers, trainers and courses (as many NEW ones as asked), then months of cohorts,
 * enrolments, training requests with their assignments, and certifications drawn from ALL the units,
 * officers, trainers and published courses in the database (so it runs on the bare reference data of the
 * integration tests as well as on top of the demo seed).
 *
 * - Deterministic: every choice and every id comes from a seeded PRNG, and the rows it draws from are
 *   read in a stable order (natural keys), so the same options on the same starting database give the
 *   same rows. Timestamps are relative to the middle of `endMonth`, never to the clock.
 * - Fast: the whole history is planned in memory (typed arrays), then written with multi-row
 *   `INSERT … SELECT FROM unnest(…)` statements of 10,000 rows.
 * - Valid: it keeps every constraint of the migrations (seats within capacity and equal to the
 *   seat-holding enrolments, one live enrolment per officer and course, no trainer booked twice for
 *   overlapping periods, one first certification per holder and programme, in-person cohorts placed).
 *
 * The history is for reports, not for the learning flows: no lesson completions or assessment attempts
 * are written, and certifications carry a placeholder credential (they do not verify offline).
 */
import { TOPICS } from './data/trainers';
import {
  CAPITALS,
  COUNTRY_LOCALES,
  FIRM_COUNTRIES,
  FIRM_WORDS,
  NAME_POOLS,
  NamePool,
  NamePoolKey,
  REGION_NAMES,
  TOPIC_TITLES,
  TRAINER_NAME_POOLS,
} from './data/uptake-names';

export interface UptakeDatasetOptions {
  seed: number;
  /** NEW rows to create; the history then draws from every row of the kind in the database. */
  firms: number;
  units: number;
  officers: number;
  trainers: number;
  courses: number;
  /** Rows of history. */
  enrolments: number;
  requests: number;
  /** Months of history, ending with `endMonth` ('YYYY-MM'); a few future months get cohorts too. */
  months: number;
  endMonth: string;
  certifications: boolean;
  /** The password hash every created account gets. */
  passwordHash: string;
  /** Accounts the history must leave alone (the demo's sign-in accounts, whose journeys start clean). */
  excludeEmails?: string[];
  /**
   * false: history only. No cohort or training request starts after the data set's "now" (mid-`endMonth`),
   * so nothing is open for enrolment and every request is settled (requests that would start later are left
   * out). Default true: a few months of future cohorts and live requests.
   */
  future?: boolean;
}

/** One connection or a pool: a pg Client, a TypeORM DataSource, EntityManager or QueryRunner. */
export interface DatasetDb {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export type DatasetProgress = (done: number, total: number, label: string) => void;

const BATCH = 10_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FUTURE_MONTHS = 3;
/** Share of the enrolments that go to cohorts starting after `endMonth`. */
const FUTURE_SHARE = 0.03;
/**
 * Hotspots whose police the alliance does not train (no cooperation, sanctions): no units there,
 * as in the demo seed.
 */
const NO_UNITS = new Set(['KP', 'IR', 'AQ']);
const MODES = ['online', 'in_person', 'blended'] as const;
const ONLINE = 0;
const IN_PERSON = 1;
const EXTRA_LANGUAGES = ['uk', 'ru', 'pt-BR', 'es', 'zh-CN', 'vi', 'id', 'tr', 'ro', 'fr'];
const DECLINE_REASONS = [
  'Already committed to a client engagement in that period',
  'Cannot travel to that country at the moment',
  'Not confident delivering in that language',
  'Load limit reached this quarter',
  'Family commitments',
];
const REVOKE_REASONS = ['Left the police service', 'Issued in error', 'Assessment integrity breach'];
const SEASON = [0.85, 1, 1.05, 1, 1.05, 1, 0.85, 0.7, 1.05, 1.1, 1.05, 0.65];

// Enrolment statuses as stored in the plan (Uint8Array).
const E_STATUS = ['enrolled', 'waitlisted', 'withdrawn', 'completed', 'failed'] as const;
const E_ENROLLED = 0;
const E_WAITLISTED = 1;
const E_WITHDRAWN = 2;
const E_COMPLETED = 3;
const E_FAILED = 4;

type CohortStatus = 'planned' | 'open' | 'running' | 'completed' | 'cancelled';
type RequestStatus = 'pending' | 'matching' | 'proposed' | 'assigned' | 'unfilled' | 'cancelled';
type AssignmentStatus = 'proposed' | 'accepted' | 'declined' | 'expired' | 'cancelled' | 'completed';

// ───────────────────────────── randomness ─────────────────────────────

/**
 * xoshiro128** seeded through splitmix32: 2^128 period, so 128-bit ids drawn from it do not collide
 * (a 32-bit generator such as mulberry32 would repeat its state long before a billion ids).
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: number) {
    let x = (Math.floor(seed) ^ Math.imul(stream + 1, 0x9e3779b9) ^ Math.floor(seed / 0x1_0000_0000)) >>> 0;
    const next = () => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next() || 1;
  }

  u32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** [0, 1) */
  next(): number {
    return this.u32() / 0x1_0000_0000;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const n = Math.min(count, items.length);
    if (n * 4 < items.length) {
      // Few out of many: rejection, without copying the list.
      const seen = new Set<number>();
      const out: T[] = [];
      while (out.length < n) {
        const i = Math.floor(this.next() * items.length);
        if (seen.has(i)) continue;
        seen.add(i);
        out.push(items[i]);
      }
      return out;
    }
    const copy = [...items];
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** A version-4-shaped UUID from 122 random bits. */
  uuid(): string {
    const w0 = this.u32();
    const w1 = (this.u32() & 0xffff0fff) | 0x00004000;
    const w2 = ((this.u32() & 0x3fffffff) | 0x80000000) >>> 0;
    const w3 = this.u32();
    const h = hex8(w0) + hex8(w1 >>> 0) + hex8(w2) + hex8(w3);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** 128 random bits, base64url (22 characters): a certification's public code. */
  code(): string {
    const bytes = Buffer.alloc(16);
    for (let i = 0; i < 4; i++) bytes.writeUInt32BE(this.u32(), i * 4);
    return bytes.toString('base64url');
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** Picks indexes with probability proportional to their weight (cumulative sums, binary search). */
class Weighted {
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    for (let i = 0; i < weights.length; i++) {
      sum += Math.max(0, weights[i]);
      this.cumulative[i] = sum;
    }
    this.total = sum;
  }

  pick(rng: Rng): number {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

// ───────────────────────────── helpers ─────────────────────────────

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

async function select<T>(db: DatasetDb, sql: string, params?: unknown[]): Promise<T[]> {
  return rowsOf<T>(await db.query(sql, params));
}

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
/** A PostgreSQL array literal of simple tokens (tags, codes, uuids: no commas, quotes or spaces). */
const pgArray = (items: readonly string[]) => `{${items.join(',')}}`;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Splits `total` over `weights` in whole numbers that add up exactly. */
function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map((_, i) => (i === weights.length - 1 ? total : 0));
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - shares.reduce((a, b) => a + b, 0);
  for (let i = shares.length - 1; rest > 0; i = (i - 1 + shares.length) % shares.length, rest--) shares[i]++;
  return shares;
}

function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
}

/** Collects rows column by column and writes them `BATCH` at a time with one unnest statement. */
class BatchInsert {
  private columns: unknown[][];
  private count = 0;
  private done = 0;

  constructor(
    private readonly db: DatasetDb,
    private readonly sql: string,
    width: number,
    private readonly label: string,
    private readonly total: number,
    private readonly onProgress?: DatasetProgress,
    private readonly constants: unknown[] = [],
  ) {
    this.columns = Array.from({ length: width }, () => []);
  }

  add(values: unknown[]): void {
    for (let i = 0; i < values.length; i++) this.columns[i].push(values[i]);
    this.count++;
  }

  get full(): boolean {
    return this.count >= BATCH;
  }

  async flush(): Promise<void> {
    if (this.count === 0) return;
    await this.db.query(this.sql, [...this.columns, ...this.constants]);
    this.done += this.count;
    this.count = 0;
    this.columns = this.columns.map(() => []);
    this.onProgress?.(this.done, this.total, this.label);
  }
}

function personName(rng: Rng, poolKey: NamePoolKey): { display: string; first: string; last: string } {
  const pool: NamePool = NAME_POOLS[poolKey];
  const [firstDisplay, first] = rng.pick(pool.first);
  const [lastDisplay, last] = rng.pick(pool.last);
  // Russian family names agree with a woman's first name (Новиков → Новикова).
  if (poolKey === 'russian' && /[ая]$/.test(firstDisplay) && /(ов|ев|ёв|ин)$/.test(lastDisplay))
    return personParts(pool, firstDisplay, `${lastDisplay}а`, first, `${last}a`, poolKey);
  return personParts(pool, firstDisplay, lastDisplay, first, last, poolKey);
}

function personParts(
  pool: NamePool,
  firstDisplay: string,
  lastDisplay: string,
  first: string,
  last: string,
  poolKey: NamePoolKey,
) {
  const display =
    poolKey === 'chinese'
      ? `${lastDisplay}${firstDisplay}`
      : pool.familyFirst
        ? `${lastDisplay} ${firstDisplay}`
        : `${firstDisplay} ${lastDisplay}`;
  return { display, first, last };
}

// ───────────────────────────── the model ─────────────────────────────

interface Country {
  code: string;
  name: string;
  region: string;
  hotspot: boolean;
}

interface Course {
  id: string;
  code: string;
  title: string;
  topics: string[];
  languages: string[];
  weight: number;
}

interface CohortPlan {
  id: string;
  course: number;
  start: number;
  end: number;
  mode: number;
  language: string;
  country: string | null;
  city: string | null;
  capacity: number;
  trainer: number;
  unit: number;
  status: CohortStatus;
  created: number;
  /** Seat-holding enrolments wanted, and others (withdrawn or waitlisted). */
  seatTarget: number;
  extraTarget: number;
  seats: number;
}

interface RequestPlan {
  id: string;
  unit: number;
  course: number;
  language: string;
  start: number;
  end: number;
  mode: number;
  seats: number;
  status: RequestStatus;
  round: number;
  requestedBy: string | null;
  cohort: number;
  assignedAt: number | null;
  created: number;
  updated: number;
}

interface AssignmentPlan {
  id: string;
  request: number;
  trainer: number;
  start: number;
  end: number;
  status: AssignmentStatus;
  rank: number;
  round: number;
  proposedAt: number;
  expiresAt: number;
  answeredAt: number | null;
  reason: string | null;
}

export async function generateUptakeDataset(
  db: DatasetDb,
  o: UptakeDatasetOptions,
  onProgress?: DatasetProgress,
): Promise<void> {
  validate(o);
  const rng = new Rng(o.seed, 1);
  const ids = new Rng(o.seed, 2);
  const [endYear, endMonth] = o.endMonth.split('-').map(Number);
  /** The data set's "now": the middle of its last month of history. */
  const now = Date.UTC(endYear, endMonth - 1, 15, 12);
  const monthStart = (i: number) => Date.UTC(endYear, endMonth - 1 - (o.months - 1) + i, 1);
  const firstMonth = monthStart(0);

  // ── what is there ──
  const countries = await select<Country>(
    db,
    `SELECT code, name, region_code AS region, hotspot FROM country ORDER BY code COLLATE "C"`,
  );
  if (countries.length === 0)
    throw new Error('uptake dataset: the country table is empty; load the reference data first');
  const countryByCode = new Map(countries.map((c) => [c.code, c]));
  const [{ users: userCount }] = await select<{ users: number }>(db, `SELECT count(*)::int AS users FROM app_user`);
  const emails = new Set((await select<{ email: string }>(db, `SELECT email FROM app_user`)).map((r) => r.email));
  let userSeq = userCount;
  const uniqueEmail = (local: string, domain: string) => {
    let email: string;
    do email = `${local}.${++userSeq}@${domain}`;
    while (emails.has(email));
    emails.add(email);
    return email;
  };

  // ── member firms ──
  const firms = await select<{ id: string; name: string }>(
    db,
    `SELECT id, name FROM member_firm ORDER BY name COLLATE "C"`,
  );
  const firmNames = new Set(firms.map((f) => f.name));
  const firmCountries = FIRM_COUNTRIES.filter((c) => countryByCode.has(c));
  const newFirms: { id: string; name: string; country: string; created: number }[] = [];
  for (let i = 0; i < o.firms; i++) {
    const base = `${rng.pick(FIRM_WORDS.first)} ${rng.pick(FIRM_WORDS.second)}`;
    let name = base;
    for (let n = 2; firmNames.has(name); n++) name = `${base} ${n}`;
    firmNames.add(name);
    const firm = {
      id: ids.uuid(),
      name,
      country: firmCountries.length ? rng.pick(firmCountries) : rng.pick(countries).code,
      created: firstMonth - rng.int(30, 720) * DAY,
    };
    newFirms.push(firm);
    firms.push({ id: firm.id, name });
  }
  if (o.trainers > 0 && firms.length === 0)
    throw new Error('uptake dataset: trainers need a member firm; ask for firms >= 1');

  // ── police units ──
  const units = await select<{ id: string; name: string; country_code: string; city: string }>(
    db,
    `SELECT id, name, country_code, city FROM police_unit ORDER BY country_code COLLATE "C", name COLLATE "C"`,
  );
  const unitNames = new Set(units.map((u) => `${u.country_code}|${u.name}`));
  const unitCountries = countries.filter((c) => !NO_UNITS.has(c.code));
  const unitCountryPicker = new Weighted(
    unitCountries.map((c) => (c.hotspot ? 10 : COUNTRY_LOCALES[c.code] ? 1.5 : CAPITALS[c.code] ? 0.6 : 0.05)),
  );
  const newUnits: { id: string; name: string; agency: string; city: string; country: string; created: number }[] = [];
  let unitSeq = units.length;
  for (let i = 0; i < o.units; i++) {
    const country = unitCountries[unitCountryPicker.pick(rng)];
    const locale = COUNTRY_LOCALES[country.code];
    const template = rng.pick(locale?.unit ?? ['Cybercrime Unit {n}', 'Cyber Investigations Unit {n}']);
    let name: string;
    do name = template.replace('{n}', pad(++unitSeq, 4));
    while (unitNames.has(`${country.code}|${name}`));
    unitNames.add(`${country.code}|${name}`);
    const unit = {
      id: ids.uuid(),
      name,
      agency: locale ? rng.pick(locale.agencies) : `${country.name} National Police`,
      city: locale ? rng.pick(locale.cities) : (CAPITALS[country.code] ?? country.name),
      country: country.code,
      created: firstMonth - rng.int(30, 720) * DAY,
    };
    newUnits.push(unit);
    units.push({ id: unit.id, name, country_code: unit.country, city: unit.city });
  }
  const unitSize = units.map(
    (u) => Math.exp(rng.normal() * 0.8) * (countryByCode.get(u.country_code)?.hotspot ? 1.5 : 1),
  );

  // ── courses ──
  const courseCodes = new Set((await select<{ code: string }>(db, `SELECT code FROM course`)).map((r) => r.code));
  const newCourses = planCourses(rng, ids, o.courses, courseCodes, firstMonth);
  const courses: Course[] = (
    await select<{ id: string; code: string; title: string; topics: string[]; languages: string[]; level: string }>(
      db,
      `SELECT id, code, title, topics::text[] AS topics, languages::text[] AS languages, level::text AS level FROM course WHERE status = 'published' ORDER BY code COLLATE "C"`,
    )
  ).map((c) => ({
    id: c.id,
    code: c.code,
    title: c.title,
    topics: c.topics,
    languages: c.languages,
    weight: courseWeight(rng, c.level),
  }));
  for (const c of newCourses)
    courses.push({
      id: c.id,
      code: c.code,
      title: c.title,
      topics: c.topics,
      languages: c.languages,
      weight: courseWeight(rng, c.level),
    });
  const courseIndex = new Map(courses.map((c, i) => [c.id, i]));

  // ── officers ──
  const officers = await select<{ id: string; police_unit_id: string; role: string }>(
    db,
    `SELECT id, police_unit_id, role::text AS role FROM app_user
      WHERE role IN ('officer', 'coordinator') AND police_unit_id IS NOT NULL AND email <> ALL($1::text[]) ORDER BY email COLLATE "C"`,
    [o.excludeEmails ?? []],
  );
  const unitIndex = new Map(units.map((u, i) => [u.id, i]));
  if (o.officers > 0 && units.length === 0)
    throw new Error('uptake dataset: officers need a police unit; ask for units >= 1');
  const officerUnitPicker = new Weighted(unitSize);
  const newOfficers: { id: string; email: string; display: string; role: string; unit: string; created: number }[] = [];
  for (let i = 0; i < o.officers; i++) {
    const unit = units[officerUnitPicker.pick(rng)];
    const country = countryByCode.get(unit.country_code)!;
    const poolKey = COUNTRY_LOCALES[country.code]?.names ?? REGION_NAMES[country.region] ?? 'english';
    const person = personName(rng, poolKey);
    const officer = {
      id: ids.uuid(),
      email: uniqueEmail(`${person.first}.${person.last}`, `${country.code.toLowerCase()}.police.test`),
      display: person.display,
      role: rng.chance(0.04) ? 'coordinator' : 'officer',
      unit: unit.id,
      created: firstMonth - rng.int(30, 1000) * DAY,
    };
    newOfficers.push(officer);
    officers.push({ id: officer.id, police_unit_id: unit.id, role: officer.role });
  }
  const officerCount = officers.length;
  const officerUnit = Int32Array.from(officers, (x) => unitIndex.get(x.police_unit_id) ?? -1);
  const officersByUnit: number[][] = units.map(() => []);
  const officersByCountry = new Map<string, number[]>();
  for (let i = 0; i < officerCount; i++) {
    const u = officerUnit[i];
    if (u < 0) continue;
    officersByUnit[u].push(i);
    const cc = units[u].country_code;
    if (!officersByCountry.has(cc)) officersByCountry.set(cc, []);
    officersByCountry.get(cc)!.push(i);
  }
  const allOfficers = Array.from({ length: officerCount }, (_, i) => i);
  const coordinatorOf = new Map<number, string>();
  for (const x of officers)
    if (x.role === 'coordinator' && !coordinatorOf.has(unitIndex.get(x.police_unit_id)!))
      coordinatorOf.set(unitIndex.get(x.police_unit_id)!, x.id);

  // ── trainers ──
  const trainers = await select<{ id: string; languages: string[]; course_ids: string[] }>(
    db,
    `SELECT u.id, coalesce(p.languages::text[], '{en}') AS languages, coalesce(p.course_ids::text[], '{}') AS course_ids
       FROM app_user u LEFT JOIN trainer_profile p ON p.user_id = u.id
      WHERE u.role = 'trainer' AND u.member_firm_id IS NOT NULL AND u.email <> ALL($1::text[]) ORDER BY u.email COLLATE "C"`,
    [o.excludeEmails ?? []],
  );
  const hotspotCodes = unitCountries.filter((c) => c.hotspot).map((c) => c.code);
  const firmSize = firms.map(() => rng.between(0.3, 2));
  const firmPicker = new Weighted(firmSize);
  const newTrainers: {
    id: string;
    email: string;
    display: string;
    firm: string;
    languages: string[];
    skills: string[];
    courseIds: string[];
    countries: string[];
    onlineOnly: boolean;
    load: number;
    created: number;
  }[] = [];
  for (let i = 0; i < o.trainers; i++) {
    const firm = firms[firmPicker.pick(rng)];
    const person = personName(rng, rng.pick(TRAINER_NAME_POOLS));
    const skills = rng.sample(TOPICS, rng.int(2, 4));
    const trainer = {
      id: ids.uuid(),
      email: uniqueEmail(`${person.first}.${person.last}`, `${slug(firm.name)}.test`),
      display: person.display,
      firm: firm.id,
      languages: ['en', ...rng.sample(EXTRA_LANGUAGES, rng.int(0, 2))],
      skills,
      courseIds: courses
        .filter((c) => c.topics.some((t) => skills.includes(t as (typeof TOPICS)[number])))
        .map((c) => c.id),
      countries: [
        ...new Set([
          ...rng.sample(hotspotCodes, rng.int(1, 4)),
          ...rng.sample(
            unitCountries.map((c) => c.code),
            rng.int(0, 2),
          ),
        ]),
      ].sort(),
      onlineOnly: rng.chance(0.08),
      load: rng.int(2, 8),
      created: firstMonth - rng.int(0, 365) * DAY,
    };
    newTrainers.push(trainer);
    trainers.push({ id: trainer.id, languages: trainer.languages, course_ids: trainer.courseIds });
  }
  const trainersByCourse: number[][] = courses.map(() => []);
  trainers.forEach((t, i) => {
    for (const courseId of t.course_ids) {
      const c = courseIndex.get(courseId);
      if (c !== undefined) trainersByCourse[c].push(i);
    }
  });
  const allTrainers = trainers.map((_, i) => i);
  const trainerIndex = new Map(trainers.map((t, i) => [t.id, i]));
  const pickTrainer = (course: number, language: string): number => {
    const candidates = trainersByCourse[course].length ? trainersByCourse[course] : allTrainers;
    if (candidates.length === 0) return -1;
    let chosen = rng.pick(candidates);
    for (let k = 0; k < 4 && !trainers[chosen].languages.includes(language); k++) chosen = rng.pick(candidates);
    return chosen;
  };

  // ── certification programmes ──
  let programmes = await select<{ id: string; course_ids: string[]; validity_months: number }>(
    db,
    `SELECT id, course_ids::text[] AS course_ids, validity_months FROM certification_programme ORDER BY name COLLATE "C"`,
  );
  const newProgrammes: {
    id: string;
    name: string;
    description: string;
    courseId: string;
    months: number;
    skills: string[];
  }[] = [];
  if (o.certifications) {
    // One programme per course when there are none; otherwise only the courses made here get one, so an
    // existing catalogue of programmes (the demo's) is left as it is.
    const newCourseIds = new Set(newCourses.map((c) => c.id));
    for (const c of programmes.length === 0 ? courses : courses.filter((x) => newCourseIds.has(x.id))) {
      const name = `Certified Practitioner — ${c.title}`.slice(0, 180);
      newProgrammes.push({
        id: ids.uuid(),
        name: `${name} (${c.code})`,
        description: `Awarded on completing ${c.code} ${c.title}.`,
        courseId: c.id,
        months: rng.pick([12, 24, 24, 36]),
        skills: c.topics,
      });
    }
    programmes = [
      ...programmes,
      ...newProgrammes.map((p) => ({ id: p.id, course_ids: [p.courseId], validity_months: p.months })),
    ];
  }

  // ── what must not be repeated ──
  const courseCount = courses.length;
  const liveEnrolments = new Set<number>();
  const officerIndex = new Map(officers.map((x, i) => [x.id, i]));
  for (const r of await select<{ officer_id: string; course_id: string }>(
    db,
    `SELECT officer_id, course_id FROM enrolment WHERE status IN ('pending_approval', 'enrolled', 'waitlisted')`,
  )) {
    const off = officerIndex.get(r.officer_id);
    const c = courseIndex.get(r.course_id);
    if (off !== undefined && c !== undefined) liveEnrolments.add(off * courseCount + c);
  }
  // Whether an officer already took a course: preferred against, so that histories look like careers.
  const taken = officerCount * courseCount <= 50_000_000 ? new Uint8Array(officerCount * courseCount) : null;
  const busy = new Map<number, number[]>();
  for (const r of await select<{ trainer_id: string; lo: Date; hi: Date }>(
    db,
    `SELECT trainer_id, lower(period) AS lo, upper(period) AS hi FROM assignment WHERE status IN ('proposed', 'accepted')`,
  )) {
    const t = trainerIndex.get(r.trainer_id);
    if (t === undefined) continue;
    if (!busy.has(t)) busy.set(t, []);
    busy.get(t)!.push(new Date(r.lo).getTime(), r.hi ? new Date(r.hi).getTime() : Number.MAX_SAFE_INTEGER);
  }
  const isFree = (t: number, start: number, end: number) => {
    const periods = busy.get(t);
    if (!periods) return true;
    for (let i = 0; i < periods.length; i += 2) if (start < periods[i + 1] && periods[i] < end) return false;
    return true;
  };
  const book = (t: number, start: number, end: number) => {
    if (!busy.has(t)) busy.set(t, []);
    busy.get(t)!.push(start, end);
  };

  if ((o.enrolments > 0 || o.requests > 0) && courses.length === 0)
    throw new Error('uptake dataset: no published course to build a history on; ask for courses >= 1');
  if (o.enrolments > 0 && officerCount === 0)
    throw new Error('uptake dataset: no officers to enrol; ask for officers >= 1');
  if (o.requests > 0 && units.length === 0)
    throw new Error('uptake dataset: no police unit to raise requests; ask for units >= 1');

  const coursePicker = new Weighted(courses.map((c) => c.weight));
  const languageFor = (course: number, country: string | null): string => {
    const offered = courses[course].languages;
    const local = country ? (COUNTRY_LOCALES[country]?.languages ?? []) : [];
    for (const l of local) if (offered.includes(l) && rng.chance(0.85)) return l;
    return offered.includes('en') || offered.length === 0 ? 'en' : offered[0];
  };
  const cohorts: CohortPlan[] = [];
  const monthOf = (ms: number) => {
    const d = new Date(ms);
    return (
      (d.getUTCFullYear() - new Date(firstMonth).getUTCFullYear()) * 12 +
      d.getUTCMonth() -
      new Date(firstMonth).getUTCMonth()
    );
  };

  // ── training requests and their assignments ──
  const monthWeights = Array.from(
    { length: o.months },
    (_, i) => (0.55 + (0.9 * i) / Math.max(1, o.months - 1)) * SEASON[new Date(monthStart(i)).getUTCMonth()],
  );
  const requestUnitPicker = new Weighted(
    units.map(
      (u, i) =>
        (officersByUnit[i].length ? Math.sqrt(officersByUnit[i].length) : 0.05) *
        (countryByCode.get(u.country_code)?.hotspot ? 3 : 1),
    ),
  );
  const requests: RequestPlan[] = [];
  const assignments: AssignmentPlan[] = [];
  const requestsPerMonth = allocate(o.requests, monthWeights);
  for (let m = 0; m < o.months; m++) {
    const from = monthStart(m);
    const to = Math.min(monthStart(m + 1), now);
    for (let k = 0; k < requestsPerMonth[m]; k++) {
      const created = from + Math.floor(rng.next() * ((to - from) / 60_000)) * 60_000;
      const unit = requestUnitPicker.pick(rng);
      const course = coursePicker.pick(rng);
      const mode = rng.chance(0.5) ? IN_PERSON : rng.chance(0.4) ? 2 : ONLINE;
      const start = Math.floor((created + rng.int(21, 120) * DAY) / DAY) * DAY + rng.int(7, 10) * HOUR;
      const end =
        start + (mode === IN_PERSON ? rng.int(2, 5) : mode === ONLINE ? rng.int(14, 42) : rng.int(5, 15)) * DAY;
      const r = rng.next();
      let status: RequestStatus;
      if (o.future === false && end > now) continue;
      if (start <= now) status = r < 0.68 ? 'assigned' : r < 0.88 ? 'unfilled' : 'cancelled';
      else if (now - created < 2 * DAY) status = r < 0.6 ? 'pending' : 'matching';
      else
        status = r < 0.5 ? 'assigned' : r < 0.7 ? 'proposed' : r < 0.8 ? 'unfilled' : r < 0.9 ? 'cancelled' : 'pending';
      const request: RequestPlan = {
        id: ids.uuid(),
        unit,
        course,
        language: languageFor(course, units[unit].country_code),
        start,
        end,
        mode,
        seats: mode === ONLINE ? rng.int(8, 60) : rng.int(6, 30),
        status,
        round: 1,
        requestedBy: coordinatorOf.get(unit) ?? null,
        cohort: -1,
        assignedAt: null,
        created,
        updated: created,
      };
      requests.push(request);
      planAssignments(request, requests.length - 1);
    }
  }

  /** The matcher's story for one request: declined or expired proposals, then the outcome. */
  function planAssignments(req: RequestPlan, index: number) {
    const candidates = trainersByCourse[req.course].length ? trainersByCourse[req.course] : allTrainers;
    if (candidates.length === 0 && (req.status === 'assigned' || req.status === 'proposed')) req.status = 'unfilled';
    if (candidates.length === 0 || req.status === 'pending' || req.status === 'matching') return;
    const r = rng.next();
    let declines =
      req.status === 'unfilled'
        ? rng.int(1, 4)
        : req.status === 'cancelled'
          ? 0
          : r < 0.5
            ? 0
            : r < 0.8
              ? 1
              : r < 0.95
                ? 2
                : 3;
    const finalLive = req.status === 'assigned' || req.status === 'proposed';
    const order = rng.sample(candidates, Math.min(candidates.length, declines + (finalLive ? 12 : 0) + 1));
    declines = Math.min(declines, order.length - (finalLive ? 1 : 0));
    // Offsets from `created`, in ms; scaled down when the story would end after its deadline.
    const steps: {
      trainer: number;
      proposed: number;
      answered: number | null;
      expires: number;
      status: AssignmentStatus;
    }[] = [];
    let t = rng.between(0.05, 2) * HOUR;
    for (let k = 0; k < declines; k++) {
      const declined = rng.chance(0.7);
      const answered = declined ? t + rng.between(1, 40) * HOUR : null;
      steps.push({
        trainer: order[k],
        proposed: t,
        answered,
        expires: t + 48 * HOUR,
        status: declined ? 'declined' : 'expired',
      });
      t = (answered ?? t + 48 * HOUR) + rng.between(0.02, 0.5) * HOUR;
    }
    if (req.status === 'assigned') {
      const answered = t + rng.between(0.5, 40) * HOUR;
      const deadline = Math.min(now, req.start - DAY) - req.created;
      const scale = answered > deadline ? Math.max(0.01, deadline / answered) : 1;
      for (const s of steps) {
        s.proposed *= scale;
        s.expires = s.proposed + 48 * HOUR;
        if (s.answered !== null) s.answered *= scale;
      }
      const liveUntilEnd = req.end > now;
      const trainer = order.slice(declines).find((c) => !liveUntilEnd || isFree(c, req.start, req.end));
      if (trainer === undefined) {
        req.status = 'unfilled';
      } else {
        if (liveUntilEnd) book(trainer, req.start, req.end);
        steps.push({
          trainer,
          proposed: t * scale,
          answered: answered * scale,
          expires: t * scale + 48 * HOUR,
          status: liveUntilEnd ? 'accepted' : 'completed',
        });
        req.assignedAt = req.created + answered * scale;
        req.cohort = planRequestCohort(req, trainer);
      }
    } else if (req.status === 'proposed') {
      if (req.created + t > now) steps.length = 0;
      const proposedAt = Math.min(now, Math.max(req.created + (steps.length ? t : 0), now - rng.between(1, 40) * HOUR));
      const trainer = order.slice(steps.length).find((c) => isFree(c, req.start, req.end));
      if (trainer === undefined) req.status = 'pending';
      else {
        book(trainer, req.start, req.end);
        steps.push({
          trainer,
          proposed: proposedAt - req.created,
          answered: null,
          expires: proposedAt - req.created + 48 * HOUR,
          status: 'proposed',
        });
      }
    } else if (req.status === 'cancelled' && rng.chance(0.5)) {
      steps.push({ trainer: order[0], proposed: t, answered: null, expires: t + 48 * HOUR, status: 'cancelled' });
    }
    // Nothing may happen after the data set's "now".
    const limit = now - req.created;
    const kept = steps.filter((s) => s.proposed <= limit);
    for (const s of kept) if (s.answered !== null && s.answered > limit) s.answered = limit;
    kept.forEach((s, k) =>
      assignments.push({
        id: ids.uuid(),
        request: index,
        trainer: s.trainer,
        start: req.start,
        end: req.end,
        status: s.status,
        rank: k + 1,
        round: k + 1,
        proposedAt: req.created + s.proposed,
        expiresAt: req.created + s.expires,
        answeredAt: s.answered === null ? null : req.created + s.answered,
        reason: s.status === 'declined' ? rng.pick(DECLINE_REASONS) : null,
      }),
    );
    req.round = Math.max(1, kept.length);
    const last = kept[kept.length - 1];
    req.updated = Math.min(
      now,
      req.assignedAt ?? (last ? req.created + (last.answered ?? last.proposed) : req.created),
    );
  }

  function statusAt(start: number, end: number): CohortStatus {
    if (end <= now) return 'completed';
    if (start <= now) return 'running';
    return 'open';
  }

  /** The cohort an accepted assignment schedules: reserved for the requesting unit. */
  function planRequestCohort(req: RequestPlan, trainer: number): number {
    const unit = units[req.unit];
    const status = statusAt(req.start, req.end);
    const seatTarget = Math.min(req.seats, Math.round(req.seats * rng.between(0.7, 1)));
    cohorts.push({
      id: ids.uuid(),
      course: req.course,
      start: req.start,
      end: req.end,
      mode: req.mode,
      language: req.language,
      country: unit.country_code,
      city: req.mode === ONLINE ? null : unit.city,
      capacity: req.seats,
      trainer,
      unit: req.unit,
      status,
      created: req.assignedAt!,
      seatTarget,
      extraTarget: status === 'open' ? rng.int(0, 2) : Math.round(seatTarget * rng.between(0, 0.1)),
      seats: 0,
    });
    return cohorts.length - 1;
  }

  // ── cohorts and their enrolments, month by month ──
  const cohortCountries = [...officersByCountry.keys()].sort();
  const countryPicker = new Weighted(
    cohortCountries.map(
      (cc) => Math.pow(officersByCountry.get(cc)!.length, 0.7) * (countryByCode.get(cc)?.hotspot ? 2.5 : 1),
    ),
  );
  const unitsByCountry = new Map<string, number[]>();
  units.forEach((u, i) => {
    if (!unitsByCountry.has(u.country_code)) unitsByCountry.set(u.country_code, []);
    unitsByCountry.get(u.country_code)!.push(i);
  });

  function planOpenCohort(m: number): CohortPlan {
    const course = coursePicker.pick(rng);
    const r = rng.next();
    const mode = r < 0.45 ? IN_PERSON : r < 0.65 ? 2 : ONLINE;
    const from = monthStart(m);
    const days = Math.round((monthStart(m + 1) - from) / DAY);
    const start = from + rng.int(0, days - 1) * DAY + rng.int(6, 10) * HOUR;
    const end = start + (mode === IN_PERSON ? rng.int(2, 5) : mode === ONLINE ? rng.int(14, 42) : rng.int(7, 21)) * DAY;
    let country: string | null = null;
    let city: string | null = null;
    if (cohortCountries.length && (mode !== ONLINE || rng.chance(0.3))) {
      country = cohortCountries[countryPicker.pick(rng)];
      if (mode !== ONLINE) city = units[rng.pick(unitsByCountry.get(country)!)].city;
    }
    const capacity = mode === IN_PERSON ? rng.int(12, 30) : mode === ONLINE ? rng.int(20, 60) : rng.int(15, 30);
    let status = statusAt(start, end);
    if (status === 'completed' && rng.chance(0.07)) status = 'cancelled';
    if (status === 'open' && start - now > 45 * DAY && rng.chance(0.5)) status = 'planned';
    const seatTarget =
      status === 'completed'
        ? Math.round(capacity * rng.between(0.55, 1))
        : status === 'running'
          ? Math.round(capacity * rng.between(0.6, 1))
          : status === 'open'
            ? Math.round(capacity * rng.between(0.2, 1))
            : 0;
    const extraTarget =
      status === 'cancelled'
        ? Math.round(capacity * rng.between(0.2, 0.7))
        : status === 'open'
          ? seatTarget === capacity
            ? rng.int(0, 6)
            : rng.int(0, 2)
          : status === 'planned'
            ? 0
            : Math.round(seatTarget * rng.between(0, 0.15));
    const language = languageFor(course, country);
    return {
      id: ids.uuid(),
      course,
      start,
      end,
      mode,
      language,
      country,
      city,
      capacity,
      trainer: status === 'cancelled' && rng.chance(0.5) ? -1 : pickTrainer(course, language),
      unit: -1,
      status,
      created: Math.min(now - HOUR, start - rng.int(20, 90) * DAY),
      seatTarget,
      extraTarget,
      seats: 0,
    };
  }

  const enrCohort = new Int32Array(o.enrolments);
  const enrOfficer = new Int32Array(o.enrolments);
  const enrStatus = new Uint8Array(o.enrolments);
  let enrCount = 0;

  /** Enrols up to `wanted` distinct officers of the cohort's reach; returns how many. */
  function fillCohort(ci: number, wanted: number): number {
    const c = cohorts[ci];
    const pool =
      c.unit >= 0 ? officersByUnit[c.unit] : c.country ? (officersByCountry.get(c.country) ?? []) : allOfficers;
    if (pool.length === 0 || wanted <= 0) return 0;
    const live = c.status !== 'completed' && c.status !== 'cancelled';
    const chosen = new Set<number>();
    const maxAttempts = wanted * 12 + 20;
    for (let attempt = 0; chosen.size < wanted && attempt < maxAttempts; attempt++) {
      const off = pool[Math.floor(rng.next() * pool.length)];
      if (chosen.has(off)) continue;
      const key = off * courseCount + c.course;
      if (live && liveEnrolments.has(key)) continue;
      if (taken && taken[key] && attempt < maxAttempts / 2) continue;
      chosen.add(off);
    }
    let seatHolders = 0;
    for (const off of chosen) {
      const key = off * courseCount + c.course;
      let status: number;
      if (seatHolders < c.seatTarget && seatHolders < c.capacity) {
        seatHolders++;
        status = c.status === 'completed' ? (rng.chance(0.86) ? E_COMPLETED : E_FAILED) : E_ENROLLED;
      } else {
        status = c.status === 'open' && seatHolders === c.capacity ? E_WAITLISTED : E_WITHDRAWN;
      }
      if (status === E_ENROLLED || status === E_WAITLISTED) liveEnrolments.add(key);
      if (taken && status !== E_WITHDRAWN) taken[key] = 1;
      enrCohort[enrCount] = ci;
      enrOfficer[enrCount] = off;
      enrStatus[enrCount] = status;
      enrCount++;
    }
    c.seats = seatHolders;
    return chosen.size;
  }

  const historyQuota =
    o.enrolments - (o.months > 0 && o.future !== false ? Math.round(o.enrolments * FUTURE_SHARE) : 0);
  const quotas = [
    ...allocate(historyQuota, monthWeights),
    ...allocate(o.enrolments - historyQuota, [3, 2, 1].slice(0, FUTURE_MONTHS)),
  ];
  const requestCohortsByMonth = new Map<number, number[]>();
  cohorts.forEach((c, i) => {
    const m = Math.min(monthOf(c.start), quotas.length - 1);
    if (!requestCohortsByMonth.has(m)) requestCohortsByMonth.set(m, []);
    requestCohortsByMonth.get(m)!.push(i);
  });
  let leftover = 0;
  for (let m = 0; m < quotas.length; m++) {
    let quota = quotas[m];
    const reserved = requestCohortsByMonth.get(m) ?? [];
    const demand = reserved.reduce((sum, ci) => sum + cohorts[ci].seatTarget + cohorts[ci].extraTarget, 0);
    const scale = demand > quota ? quota / demand : 1;
    for (const ci of reserved) {
      const c = cohorts[ci];
      c.seatTarget = Math.floor(c.seatTarget * scale);
      c.extraTarget = Math.floor(c.extraTarget * scale);
      quota -= fillCohort(ci, Math.min(quota, c.seatTarget + c.extraTarget));
    }
    quota = fillMonth(m, quota);
    leftover += quota;
  }
  // Future cohorts can run out of officers free to enrol (one live enrolment per course): the rest of
  // the enrolments go to the first month of history, which is all in the past.
  if (leftover > 0) leftover = fillMonth(0, leftover);
  if (leftover > 0)
    throw new Error(
      `uptake dataset: could not place ${leftover} enrolments; ask for more officers or courses, or more months`,
    );

  function fillMonth(m: number, quota: number): number {
    let idle = 0;
    while (quota > 0 && idle < 2000) {
      cohorts.push(planOpenCohort(m));
      const ci = cohorts.length - 1;
      const c = cohorts[ci];
      const got = fillCohort(ci, Math.min(quota, c.seatTarget + c.extraTarget));
      quota -= got;
      idle = got > 0 ? 0 : idle + 1;
    }
    return quota;
  }

  // ── certifications of completed enrolments ──
  const programmesByCourse: number[][] = courses.map(() => []);
  programmes.forEach((p, i) => {
    for (const courseId of p.course_ids) {
      const c = courseIndex.get(courseId);
      if (c !== undefined) programmesByCourse[c].push(i);
    }
  });
  const certEnrolment: number[] = [];
  const certProgramme: number[] = [];
  if (o.certifications && programmes.length) {
    const held = new Set<number>();
    const programmeIndex = new Map(programmes.map((p, i) => [p.id, i]));
    for (const r of await select<{ holder_id: string; programme_id: string }>(
      db,
      `SELECT holder_id, programme_id FROM certification WHERE previous_id IS NULL`,
    )) {
      const off = officerIndex.get(r.holder_id);
      const p = programmeIndex.get(r.programme_id);
      if (off !== undefined && p !== undefined) held.add(off * programmes.length + p);
    }
    for (let e = 0; e < enrCount; e++) {
      if (enrStatus[e] !== E_COMPLETED) continue;
      const options = programmesByCourse[cohorts[enrCohort[e]].course];
      if (options.length === 0 || !rng.chance(0.55)) continue;
      const p = rng.pick(options);
      const key = enrOfficer[e] * programmes.length + p;
      if (held.has(key)) continue;
      held.add(key);
      certEnrolment.push(e);
      certProgramme.push(p);
    }
  }

  // ───────────────────────────── writing ─────────────────────────────
  const row = new Rng(o.seed, 3);
  const batch = (sql: string, width: number, label: string, total: number, constants: unknown[] = []) =>
    new BatchInsert(db, sql, width, label, total, onProgress, constants);

  await writeRows(
    batch(
      `INSERT INTO member_firm (id, name, country_code, website, created_at, updated_at)
       SELECT id, n, c, w, t, t FROM unnest($1::uuid[], $2::varchar[], $3::char(2)[], $4::varchar[], $5::timestamptz[]) AS x(id, n, c, w, t)`,
      5,
      'member firms',
      newFirms.length,
    ),
    newFirms.length,
    (i) => {
      const f = newFirms[i];
      return [f.id, f.name, f.country, `https://${slug(f.name)}.example`, iso(f.created)];
    },
  );

  await writeRows(
    batch(
      `INSERT INTO police_unit (id, name, agency, city, country_code, created_at, updated_at)
       SELECT id, n, a, c, cc, t, t FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::char(2)[], $6::timestamptz[]) AS x(id, n, a, c, cc, t)`,
      6,
      'police units',
      newUnits.length,
    ),
    newUnits.length,
    (i) => {
      const u = newUnits[i];
      return [u.id, u.name, u.agency, u.city, u.country, iso(u.created)];
    },
  );

  await writeCourses(db, ids, newCourses, onProgress);

  const users = (label: string, total: number) =>
    batch(
      `INSERT INTO app_user (id, email, display_name, role, password_hash, police_unit_id, member_firm_id, created_at, updated_at)
       SELECT id, e, d, r::user_role, $8::varchar, u, f, t, t FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::text[], $5::uuid[], $6::uuid[], $7::timestamptz[]) AS x(id, e, d, r, u, f, t)`,
      7,
      label,
      total,
      [o.passwordHash],
    );
  await writeRows(users('officers', newOfficers.length), newOfficers.length, (i) => {
    const x = newOfficers[i];
    return [x.id, x.email, x.display, x.role, x.unit, null, iso(x.created)];
  });
  await writeRows(users('trainers', newTrainers.length), newTrainers.length, (i) => {
    const x = newTrainers[i];
    return [x.id, x.email, x.display, 'trainer', null, x.firm, iso(x.created)];
  });
  await writeRows(
    batch(
      `INSERT INTO trainer_profile (user_id, languages, skills, course_ids, country_codes, online_only, load_limit_per_quarter, updated_at)
       SELECT id, l::varchar(10)[], s::varchar(40)[], c::uuid[], k::char(2)[], o, n, t
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::boolean[], $7::smallint[], $8::timestamptz[]) AS x(id, l, s, c, k, o, n, t)`,
      8,
      'trainer profiles',
      newTrainers.length,
    ),
    newTrainers.length,
    (i) => {
      const x = newTrainers[i];
      return [
        x.id,
        pgArray(x.languages),
        pgArray(x.skills),
        pgArray(x.courseIds),
        pgArray(x.countries),
        x.onlineOnly,
        x.load,
        iso(x.created),
      ];
    },
  );

  await writeRows(
    batch(
      `INSERT INTO certification_programme (id, name, description, course_ids, required_count, validity_months, recertification_window_days, skills, created_at, updated_at)
       SELECT id, n, d, ARRAY[c], 1, m, 90, s::varchar(40)[], $7::timestamptz, $7::timestamptz
         FROM unnest($1::uuid[], $2::varchar[], $3::text[], $4::uuid[], $5::smallint[], $6::text[]) AS x(id, n, d, c, m, s)`,
      6,
      'certification programmes',
      newProgrammes.length,
      [iso(firstMonth - 400 * DAY)],
    ),
    newProgrammes.length,
    (i) => {
      const p = newProgrammes[i];
      return [p.id, p.name, p.description, p.courseId, p.months, pgArray(p.skills)];
    },
  );

  await writeRows(
    batch(
      `INSERT INTO cohort (id, course_id, starts_at, ends_at, delivery_mode, language, country_code, city, capacity, seats_taken, trainer_id, police_unit_id, status, created_at, updated_at)
       SELECT id, co, s, e, m::delivery_mode, l, cc, ci, cap, st, tr, u, status::cohort_status, cr, up
         FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[], $5::text[], $6::varchar[], $7::char(2)[], $8::varchar[], $9::int[], $10::int[], $11::uuid[], $12::uuid[], $13::text[], $14::timestamptz[], $15::timestamptz[])
           AS x(id, co, s, e, m, l, cc, ci, cap, st, tr, u, status, cr, up)`,
      15,
      'cohorts',
      cohorts.length,
    ),
    cohorts.length,
    (i) => {
      const c = cohorts[i];
      const updated = c.status === 'completed' || c.status === 'cancelled' ? Math.min(now, c.end) : c.created;
      return [
        c.id,
        courses[c.course].id,
        iso(c.start),
        iso(c.end),
        MODES[c.mode],
        c.language,
        c.country,
        c.city,
        c.capacity,
        c.seats,
        c.trainer >= 0 ? trainers[c.trainer].id : null,
        c.unit >= 0 ? units[c.unit].id : null,
        c.status,
        iso(c.created),
        iso(updated),
      ];
    },
  );

  await writeRows(
    batch(
      `INSERT INTO enrolment (id, cohort_id, course_id, officer_id, status, progress_percent, attended, completed_at, created_at, updated_at)
       SELECT id, co, cu, o, s::enrolment_status, p, a, ca, cr, up
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::smallint[], $7::boolean[], $8::timestamptz[], $9::timestamptz[], $10::timestamptz[])
           AS x(id, co, cu, o, s, p, a, ca, cr, up)`,
      10,
      'enrolments',
      enrCount,
    ),
    enrCount,
    (i) => {
      const c = cohorts[enrCohort[i]];
      const status = enrStatus[i];
      const created = c.created + Math.floor(row.next() * Math.max(0, Math.min(c.start, now) - c.created));
      const completedAt = status === E_COMPLETED ? c.end - row.int(0, 8) * HOUR : null;
      const progress =
        status === E_COMPLETED
          ? 100
          : status === E_FAILED
            ? row.int(60, 100)
            : status === E_WITHDRAWN
              ? row.int(0, 40)
              : status === E_ENROLLED
                ? c.status === 'running'
                  ? row.int(0, 90)
                  : row.int(0, 10)
                : 0;
      const attended = status === E_COMPLETED ? true : status === E_FAILED ? row.chance(0.8) : null;
      const updated = completedAt ?? (status === E_FAILED ? c.end : created);
      return [
        ids.uuid(),
        c.id,
        courses[c.course].id,
        officers[enrOfficer[i]].id,
        E_STATUS[status],
        progress,
        attended,
        isoOrNull(completedAt),
        iso(created),
        iso(updated),
      ];
    },
  );

  await writeRows(
    batch(
      `INSERT INTO training_request (id, police_unit_id, course_id, language, period, delivery_mode, seats, status, round, requested_by_id, cohort_id, assigned_at, created_at, updated_at)
       SELECT id, u, co, l, tstzrange(s, e, '[)'), m::delivery_mode, seats, st::training_request_status, r, rb, ch, aa, cr, up
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::varchar[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::smallint[], $9::text[], $10::int[], $11::uuid[], $12::uuid[], $13::timestamptz[], $14::timestamptz[], $15::timestamptz[])
           AS x(id, u, co, l, s, e, m, seats, st, r, rb, ch, aa, cr, up)`,
      15,
      'training requests',
      requests.length,
    ),
    requests.length,
    (i) => {
      const r = requests[i];
      return [
        r.id,
        units[r.unit].id,
        courses[r.course].id,
        r.language,
        iso(r.start),
        iso(r.end),
        MODES[r.mode],
        r.seats,
        r.status,
        r.round,
        r.requestedBy,
        r.cohort >= 0 ? cohorts[r.cohort].id : null,
        isoOrNull(r.assignedAt),
        iso(r.created),
        iso(r.updated),
      ];
    },
  );

  await writeRows(
    batch(
      `INSERT INTO assignment (id, training_request_id, trainer_id, period, status, rank, round, proposed_at, expires_at, answered_at, decline_reason)
       SELECT id, r, t, tstzrange(s, e, '[)'), st::assignment_status, rk, rd, pa, ea, aa, dr
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::smallint[], $8::int[], $9::timestamptz[], $10::timestamptz[], $11::timestamptz[], $12::varchar[])
           AS x(id, r, t, s, e, st, rk, rd, pa, ea, aa, dr)`,
      12,
      'assignments',
      assignments.length,
    ),
    assignments.length,
    (i) => {
      const a = assignments[i];
      return [
        a.id,
        requests[a.request].id,
        trainers[a.trainer].id,
        iso(a.start),
        iso(a.end),
        a.status,
        a.rank,
        a.round,
        iso(a.proposedAt),
        iso(a.expiresAt),
        isoOrNull(a.answeredAt),
        a.reason,
      ];
    },
  );

  await writeRows(
    batch(
      // The credential is a placeholder: generated certifications feed reports; they do not verify.
      `INSERT INTO certification (id, programme_id, holder_id, issued_at, valid_from, expires_at, status, revoked_at, revoked_reason, public_code, credential, created_at)
       SELECT id, p, h, i, i, e, s::certification_status, ra, rr, pc, 'generated-dataset', i
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::timestamptz[], $8::varchar[], $9::varchar[])
           AS x(id, p, h, i, e, s, ra, rr, pc)`,
      9,
      'certifications',
      certEnrolment.length,
    ),
    certEnrolment.length,
    (i) => {
      const e = certEnrolment[i];
      const c = cohorts[enrCohort[e]];
      const p = programmes[certProgramme[i]];
      const issued = Math.min(now, c.end + Math.floor(row.between(1, 72) * HOUR));
      const expires = addMonths(issued, p.validity_months);
      const status = expires <= now ? 'expired' : row.chance(0.03) ? 'revoked' : 'active';
      const revokedAt = status === 'revoked' ? issued + Math.floor(row.next() * (now - issued)) : null;
      return [
        ids.uuid(),
        p.id,
        officers[enrOfficer[e]].id,
        iso(issued),
        iso(expires),
        status,
        isoOrNull(revokedAt),
        revokedAt === null ? null : row.pick(REVOKE_REASONS),
        ids.code(),
      ];
    },
  );

  // Fresh statistics: the reports and the rollup read these tables next.
  await db.query(
    `ANALYZE member_firm, police_unit, app_user, trainer_profile, course, certification_programme, cohort, enrolment, training_request, assignment, certification`,
  );
}

async function writeRows(batch: BatchInsert, count: number, row: (i: number) => unknown[]): Promise<void> {
  for (let i = 0; i < count; i++) {
    batch.add(row(i));
    if (batch.full) await batch.flush();
  }
  await batch.flush();
}

/** New courses with what publishing needs: modules with lessons, an assessment with enough questions. */
async function writeCourses(
  db: DatasetDb,
  ids: Rng,
  courses: NewCourse[],
  onProgress?: DatasetProgress,
): Promise<void> {
  if (courses.length === 0) return;
  const modules: unknown[][] = [[], [], [], []];
  const lessons: unknown[][] = [[], [], [], [], [], []];
  const assessments: unknown[][] = [[], []];
  const questions: unknown[][] = [[], [], [], [], [], []];
  for (const c of courses) {
    for (let m = 1; m <= 2; m++) {
      const moduleId = ids.uuid();
      modules[0].push(moduleId);
      modules[1].push(c.id);
      modules[2].push(m);
      modules[3].push(m === 1 ? 'Principles' : 'Casework');
      for (let l = 1; l <= 2; l++) {
        lessons[0].push(ids.uuid());
        lessons[1].push(moduleId);
        lessons[2].push(l);
        lessons[3].push(
          m === 1
            ? l === 1
              ? 'What the law asks of you'
              : 'Tools of the trade'
            : l === 1
              ? 'A case, step by step'
              : 'Writing it up for court',
        );
        lessons[4].push(
          `## ${c.title}\n\nThis lesson walks through the ${m === 1 ? 'principles' : 'casework'} of the course with examples from alliance investigations.`,
        );
        lessons[5].push(15);
      }
    }
    const assessmentId = ids.uuid();
    assessments[0].push(assessmentId);
    assessments[1].push(c.id);
    const bank = [
      {
        kind: 'true_false',
        prompt: 'Every step taken on a seized device is recorded in the chain of custody.',
        options: ['True', 'False'],
        correct: 0,
      },
      {
        kind: 'true_false',
        prompt: 'Working on the original evidence is acceptable when time is short.',
        options: ['True', 'False'],
        correct: 1,
      },
      {
        kind: 'single_choice',
        prompt: 'What comes first when digital evidence is found at a scene?',
        options: ['Document and preserve it', 'Switch the device off and on again', 'Copy it to a personal drive'],
        correct: 0,
      },
      {
        kind: 'single_choice',
        prompt: 'Who can ask a foreign provider to preserve data for an investigation?',
        options: ['Any citizen', 'The competent authority, through the agreed channel', 'The suspect'],
        correct: 1,
      },
    ];
    for (const q of bank) {
      const options = q.options.map((text) => ({ id: ids.uuid(), text }));
      questions[0].push(ids.uuid());
      questions[1].push(assessmentId);
      questions[2].push(q.kind);
      questions[3].push(q.prompt);
      questions[4].push(JSON.stringify(options));
      questions[5].push(JSON.stringify([options[q.correct].id]));
    }
  }
  await db.query(
    `INSERT INTO course (id, code, title, summary, level, topics, languages, hours, status, created_at, updated_at)
     SELECT id, code, ti, su, lv::course_level, tp::varchar(40)[], lg::varchar(10)[], h, 'published', t, t
       FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::text[], $5::text[], $6::text[], $7::text[], $8::smallint[], $9::timestamptz[]) AS x(id, code, ti, su, lv, tp, lg, h, t)`,
    [
      courses.map((c) => c.id),
      courses.map((c) => c.code),
      courses.map((c) => c.title),
      courses.map((c) => c.summary),
      courses.map((c) => c.level),
      courses.map((c) => pgArray(c.topics)),
      courses.map((c) => pgArray(c.languages)),
      courses.map((c) => c.hours),
      courses.map((c) => iso(c.created)),
    ],
  );
  await db.query(
    `INSERT INTO course_module (id, course_id, position, title) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::varchar[])`,
    modules,
  );
  await db.query(
    `INSERT INTO lesson (id, module_id, position, title, body, minutes) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::varchar[], $5::text[], $6::smallint[])`,
    lessons,
  );
  await db.query(
    `INSERT INTO assessment (id, course_id, pass_mark, attempt_limit, questions_per_attempt, time_limit_minutes) SELECT id, c, 70, 3, 3, 30 FROM unnest($1::uuid[], $2::uuid[]) AS x(id, c)`,
    assessments,
  );
  await db.query(
    `INSERT INTO question (id, assessment_id, kind, prompt, options, correct) SELECT id, a, k::question_kind, p, op::jsonb, co::jsonb FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(id, a, k, p, op, co)`,
    questions,
  );
  onProgress?.(courses.length, courses.length, 'courses');
}

function courseWeight(rng: Rng, level: string): number {
  return rng.between(0.3, 1.5) * (level === 'foundation' ? 1.6 : level === 'intermediate' ? 1 : 0.6);
}

interface NewCourse {
  id: string;
  code: string;
  title: string;
  summary: string;
  level: 'foundation' | 'intermediate' | 'advanced';
  topics: string[];
  languages: string[];
  hours: number;
  created: number;
}

function planCourses(rng: Rng, ids: Rng, count: number, codes: Set<string>, firstMonth: number): NewCourse[] {
  const result: NewCourse[] = [];
  for (let i = 0; i < count; i++) {
    const topics = rng.sample(TOPICS, rng.int(1, 3));
    const main = TOPIC_TITLES[topics[0]];
    const level = rng.pick(['foundation', 'foundation', 'intermediate', 'intermediate', 'advanced'] as const);
    const digit = level === 'foundation' ? 1 : level === 'intermediate' ? 2 : 3;
    let code: string;
    let n = 50;
    do code = `${main.abbr}-${digit}${pad(n++, 2)}`;
    while (codes.has(code));
    codes.add(code);
    const focus = rng.pick(main.focus);
    const title = `${level === 'advanced' ? 'Advanced ' : level === 'foundation' ? 'Foundations of ' : ''}${main.title}: ${focus}`;
    result.push({
      id: ids.uuid(),
      code,
      title,
      summary: `${focus} for cybercrime investigators: hands-on exercises on realistic cases, and what a court needs to see.`,
      level,
      topics,
      languages: ['en', ...rng.sample(EXTRA_LANGUAGES, rng.int(1, 4))],
      hours: rng.pick([8, 12, 16, 20, 24, 32, 40]),
      created: firstMonth - rng.int(30, 400) * DAY,
    });
  }
  return result;
}

function validate(o: UptakeDatasetOptions): void {
  for (const key of ['firms', 'units', 'officers', 'trainers', 'courses', 'enrolments', 'requests'] as const) {
    if (!Number.isInteger(o[key]) || o[key] < 0) throw new Error(`uptake dataset: ${key} must be a whole number >= 0`);
  }
  if (!Number.isInteger(o.months) || o.months < 1)
    throw new Error('uptake dataset: months must be a whole number >= 1');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.endMonth)) throw new Error('uptake dataset: endMonth must be YYYY-MM');
  if (!Number.isFinite(o.seed)) throw new Error('uptake dataset: seed must be a number');
}
