import { NAME_POOLS, NamePool, NamePoolKey } from '../data/uptake-names';
import { DatasetDb } from './options';
import { Rng } from './random';

export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

export async function select<T>(db: DatasetDb, sql: string, params?: unknown[]): Promise<T[]> {
  return rowsOf<T>(await db.query(sql, params));
}

export const iso = (ms: number) => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
/** A PostgreSQL array literal of simple tokens (tags, codes, uuids: no commas, quotes or spaces). */
export const pgArray = (items: readonly string[]) => `{${items.join(',')}}`;
export const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Splits `total` over `weights` in whole numbers that add up exactly. */
export function allocate(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map((_, i) => (i === weights.length - 1 ? total : 0));
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - shares.reduce((a, b) => a + b, 0);
  for (let i = shares.length - 1; rest > 0; i = (i - 1 + shares.length) % shares.length, rest--) shares[i]++;
  return shares;
}

export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
}

export function personName(rng: Rng, poolKey: NamePoolKey): { display: string; first: string; last: string } {
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

/** Emails not yet taken: `local.N@domain`, N counting on from the accounts already there. */
export class EmailBook {
  private seq: number;

  constructor(
    userCount: number,
    private readonly taken: Set<string>,
  ) {
    this.seq = userCount;
  }

  unique(local: string, domain: string): string {
    let email: string;
    do email = `${local}.${++this.seq}@${domain}`;
    while (this.taken.has(email));
    this.taken.add(email);
    return email;
  }
}
