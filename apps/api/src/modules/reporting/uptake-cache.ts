import { Injectable } from '@nestjs/common';

/** How many figure sets one API process keeps for the current snapshot (views × scopes × periods × filters). */
export const UPTAKE_CACHE_ENTRIES = 500;
/** And at most this many rows in all (a unit-level statement holds a row per unit): memory stays bounded. */
export const UPTAKE_CACHE_ROWS = 200_000;

/**
 * The uptake figures read from the rollups, kept per API process for the rollup's current snapshot (its
 * `as_of`, which every request reads anyway, in the statement that checks its filters): a refresh gives a new
 * `as_of`, and the first request that reads it drops everything kept for the old one. So several API
 * processes each keep their own, and none serves figures of a snapshot older than the one it just read.
 *
 * What is kept is the rows of one figures statement, keyed by that statement's text and parameters (the
 * level, the period, the place, the courses, a member admin's firm: whatever it selects by): raw counts,
 * the same for every viewer. Suppression, withheld areas and the area names are applied per request, from
 * live rows, so one viewer's answer is never served to another. Rows are kept only when they carry the
 * snapshot they were keyed by (a refresh committing between the two statements is not kept).
 */
/** What the kept figures were read under: the refresh's "as of" and which region each country is in. */
export interface UptakeSnapshot {
  asOf: string | null;
  /** `AREAS_FINGERPRINT_SQL` now: a country moved to another region changes what a region's figures hold. */
  areas: string;
}

@Injectable()
export class UptakeCache {
  private asOf: string | null = null;
  private areas = '';
  private readonly entries = new Map<string, readonly unknown[]>();
  private loads = 0;
  private rowsKept = 0;

  /**
   * The rows of `statement` for the snapshot `asOf` (ISO time, or null before the first refresh) with the
   * regions' countries `areas`, loaded with `load` unless kept.
   */
  async rows<T extends { as_of: Date | null }>(
    asOf: string | null,
    statement: { sql: string; params: unknown[] },
    load: () => Promise<T[]>,
    areas = '',
  ): Promise<T[]> {
    const snapshot = asOf ?? 'none';
    if (snapshot !== this.asOf || areas !== this.areas) {
      this.entries.clear();
      this.rowsKept = 0;
      this.asOf = snapshot;
      this.areas = areas;
    }
    const key = `${statement.sql}\u0000${JSON.stringify(statement.params)}`;
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used last: the first key is the one evicted.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept as T[];
    }
    this.loads++;
    const rows = await load();
    const rowsAsOf = rows.length ? rows[0].as_of : undefined;
    const current = (rowsAsOf ? new Date(rowsAsOf).toISOString() : 'none') === this.asOf && areas === this.areas;
    if (rowsAsOf !== undefined && current) {
      if (rows.length > UPTAKE_CACHE_ROWS) return rows; // too big to keep: read again next time
      // Two requests missing at once both load; the second replaces the first.
      this.rowsKept -= this.entries.get(key)?.length ?? 0;
      this.entries.delete(key);
      this.entries.set(key, Object.freeze(rows));
      this.rowsKept += rows.length;
      // Least recently used out first, until both bounds hold.
      while (this.entries.size > UPTAKE_CACHE_ENTRIES || this.rowsKept > UPTAKE_CACHE_ROWS) {
        const oldest = this.entries.keys().next().value as string;
        this.rowsKept -= this.entries.get(oldest)!.length;
        this.entries.delete(oldest);
      }
    }
    return rows;
  }

  /** How many times figures were read from the database (for tests and measurements). */
  get misses(): number {
    return this.loads;
  }
}
