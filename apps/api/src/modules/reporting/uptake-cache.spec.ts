import { UPTAKE_CACHE_ROWS, UptakeCache } from './uptake-cache';

/** The uptake cache's bounds: memory stays bounded whatever filters readers vary. */
describe('UptakeCache bounds', () => {
  const AS_OF = new Date('2026-04-01T00:00:00.000Z');
  const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ as_of: AS_OF, n: i }));
  const statement = (i: number) => ({ sql: 'SELECT figures', params: [i] });

  it('keeps no statement larger than the row bound, and evicts the oldest past it', async () => {
    const cache = new UptakeCache();
    const asOf = AS_OF.toISOString();
    // Too big to keep: read again every time.
    await cache.rows(asOf, statement(0), async () => rowsOf(UPTAKE_CACHE_ROWS + 1));
    await cache.rows(asOf, statement(0), async () => rowsOf(UPTAKE_CACHE_ROWS + 1));
    expect(cache.misses).toBe(2);
    // Two halves fit; a third evicts the first (least recently used), not the second.
    const half = UPTAKE_CACHE_ROWS / 2;
    await cache.rows(asOf, statement(1), async () => rowsOf(half));
    await cache.rows(asOf, statement(2), async () => rowsOf(half));
    await cache.rows(asOf, statement(3), async () => rowsOf(half));
    const before = cache.misses;
    await cache.rows(asOf, statement(2), async () => rowsOf(half));
    await cache.rows(asOf, statement(3), async () => rowsOf(half));
    expect(cache.misses).toBe(before);
    await cache.rows(asOf, statement(1), async () => rowsOf(half));
    expect(cache.misses).toBe(before + 1);
  });
});
