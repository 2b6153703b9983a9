/** At most this many characters of JSON kept in all: every search text a reader types is a key of its own. */
export const CATALOGUE_CACHE_CHARS = 20_000_000;

/** How much one process keeps: answers (0 turns the cache off) and characters of their JSON, together. */
export interface CatalogueCacheLimits {
  entries: number;
  chars: number;
}

interface Kept {
  answer: unknown;
  chars: number;
}

/**
 * The answers of the course list and course page, kept per API process under the catalogue's version (the
 * `catalogue_version` row, which PostgreSQL moves on at the commit of every transaction writing what these
 * answers read, whoever writes it: the API, the seed, SQL by hand).
 *
 * Each request reads the version first, then takes the answer kept under it or computes one (its statements run
 * after the version was read, so the answer is at least as new as the version it is kept under; a newer version
 * simply misses). The first request that reads another version drops everything kept under the one before.
 * So no process serves an answer older than the last catalogue commit, with no message between processes.
 *
 * Keys hold everything an answer depends on (the caller's: the reader's class and content locales, every
 * filter normalised); answers are deep-frozen, as every request that hits shares them. Bounded by entries and
 * by characters of JSON, least recently used out first. Requests that miss on the same key and version at once
 * share one computation.
 */
export class CatalogueCache {
  private version: bigint | null = null;
  private readonly kept = new Map<string, Kept>();
  private readonly loading = new Map<string, Promise<unknown>>();
  private chars = 0;
  private loads = 0;

  constructor(
    private readonly readVersion: () => Promise<string | null>,
    readonly limits: CatalogueCacheLimits,
  ) {}

  /** The answer under `key`: kept for the current catalogue version, else computed by `compute` (and kept). */
  async answer<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.limits.entries === 0) return compute();
    const read = await this.readVersion();
    if (read === null) return this.load(compute);
    const version = BigInt(read);
    // Any other version drops what is kept, a lower one too: after a restore or a fail-over to a replica that
    // lagged, the version goes back, and answers kept under the old higher numbers would come back as the
    // writes count up to them again. (Two requests whose reads crossed a commit may drop each other's work:
    // answers computed again, never a stale one, since each is computed after its version was read.)
    if (this.version !== version) {
      this.kept.clear();
      this.chars = 0;
      this.version = version;
    }
    const hit = this.kept.get(key);
    if (hit) {
      // Most recently used last: Map keeps insertion order, and the first key is the one evicted.
      this.kept.delete(key);
      this.kept.set(key, hit);
      return hit.answer as T;
    }
    const slot = `${version}\u0000${key}`;
    let pending = this.loading.get(slot) as Promise<T> | undefined;
    if (!pending) {
      pending = this.load(compute).then((answer) => this.keep(version, key, deepFreeze(answer)));
      const settled = () => {
        if (this.loading.get(slot) === pending) this.loading.delete(slot);
      };
      pending.then(settled, settled);
      this.loading.set(slot, pending);
    }
    return pending;
  }

  /** Answers computed rather than taken from memory (for tests and measurements). */
  get misses(): number {
    return this.loads;
  }

  /** Answers kept now, and the characters of their JSON. */
  get size(): { entries: number; chars: number } {
    return { entries: this.kept.size, chars: this.chars };
  }

  private load<T>(compute: () => Promise<T>): Promise<T> {
    this.loads++;
    return compute();
  }

  private keep<T>(version: bigint, key: string, answer: T): T {
    // The version moved on while this was computed: a newer request cleared what older ones keep.
    if (version !== this.version) return answer;
    const chars = (JSON.stringify(answer) ?? '').length;
    if (chars > this.limits.chars) return answer; // too big to keep: computed again next time
    const old = this.kept.get(key);
    if (old) this.chars -= old.chars;
    this.kept.delete(key);
    this.kept.set(key, { answer, chars });
    this.chars += chars;
    while (this.kept.size > this.limits.entries || this.chars > this.limits.chars) {
      const [oldest, entry] = this.kept.entries().next().value as [string, Kept];
      this.kept.delete(oldest);
      this.chars -= entry.chars;
    }
    return answer;
  }
}

/** Freezes a JSON-like answer all the way down: callers share it, and none may change it for the others. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
