/** What the generator is asked for, and what it writes to. */
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

export function validate(o: UptakeDatasetOptions): void {
  for (const key of ['firms', 'units', 'officers', 'trainers', 'courses', 'enrolments', 'requests'] as const) {
    if (!Number.isInteger(o[key]) || o[key] < 0) throw new Error(`uptake dataset: ${key} must be a whole number >= 0`);
  }
  if (!Number.isInteger(o.months) || o.months < 1)
    throw new Error('uptake dataset: months must be a whole number >= 1');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.endMonth)) throw new Error('uptake dataset: endMonth must be YYYY-MM');
  if (!Number.isFinite(o.seed)) throw new Error('uptake dataset: seed must be a number');
}
