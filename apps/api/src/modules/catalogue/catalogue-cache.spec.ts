import { CatalogueCache } from './catalogue-cache';

/** The catalogue cache on its own: a version given by the test, tiny limits, answers counted. */
describe('CatalogueCache', () => {
  let version: string | null;
  const make = (entries: number, chars = 1_000_000) => new CatalogueCache(async () => version, { entries, chars });
  /** An answer whose JSON is `size` characters long. */
  const answerOf = (label: string, size = 20) => ({ label, pad: 'x'.repeat(Math.max(0, size - label.length - 21)) });
  const ask = (cache: CatalogueCache, key: string, size = 20) =>
    cache.answer(key, async () => answerOf(`${key}@${version}`, size));

  beforeEach(() => {
    version = '1';
  });

  it('keeps an answer under the version it read, and drops everything when the version moves on', async () => {
    const cache = make(10);
    expect((await ask(cache, 'a')).label).toBe('a@1');
    expect((await ask(cache, 'a')).label).toBe('a@1');
    expect(cache.misses).toBe(1);
    version = '2';
    expect((await ask(cache, 'a')).label).toBe('a@2');
    expect(cache.misses).toBe(2);
    expect(cache.size.entries).toBe(1);
    // Versions compare as numbers, not text ("10" > "9").
    version = '9';
    await ask(cache, 'a');
    version = '10';
    expect((await ask(cache, 'a')).label).toBe('a@10');
    expect(cache.misses).toBe(4);
  });

  it('drops what it keeps when the version goes back (a restore, a fail-over), so old answers never return', async () => {
    const cache = make(10);
    let computed = 0;
    const read = async () => (await cache.answer('a', async () => ({ label: `a@${version}#${++computed}` }))).label;
    version = '5';
    expect(await read()).toBe('a@5#1');
    // Restored to an earlier state: other writes will count up to 5 again, with other data.
    version = '4';
    expect(await read()).toBe('a@4#2');
    expect(await read()).toBe('a@4#2');
    version = '5';
    expect(await read()).toBe('a@5#3'); // not the answer kept under the first 5
    expect(cache.size.entries).toBe(1);
  });

  it('does not keep what was computed under a version that moved on meanwhile', async () => {
    const cache = make(10);
    let finish!: () => void;
    const slow = cache.answer(
      'a',
      () => new Promise<{ label: string }>((done) => (finish = () => done({ label: 'old' }))),
    );
    await new Promise((resolve) => setImmediate(resolve));
    version = '2';
    expect((await ask(cache, 'b')).label).toBe('b@2');
    finish();
    expect((await slow).label).toBe('old');
    expect((await ask(cache, 'a')).label).toBe('a@2');
    expect(cache.misses).toBe(3);
  });

  it('evicts the least recently used past the entry bound', async () => {
    const cache = make(2);
    await ask(cache, 'a');
    await ask(cache, 'b');
    await ask(cache, 'a'); // a is now the most recently used
    await ask(cache, 'c'); // evicts b
    expect(cache.size.entries).toBe(2);
    const before = cache.misses;
    await ask(cache, 'a');
    await ask(cache, 'c');
    expect(cache.misses).toBe(before);
    await ask(cache, 'b');
    expect(cache.misses).toBe(before + 1);
  });

  it('evicts the oldest past the size bound, and keeps no answer bigger than it', async () => {
    const cache = make(100, 250);
    await ask(cache, 'a', 100);
    await ask(cache, 'b', 100);
    expect(cache.size).toEqual({ entries: 2, chars: 200 });
    await ask(cache, 'c', 100); // 300 > 250: a goes
    expect(cache.size).toEqual({ entries: 2, chars: 200 });
    const before = cache.misses;
    await ask(cache, 'b', 100);
    await ask(cache, 'c', 100);
    expect(cache.misses).toBe(before);
    await ask(cache, 'a', 100);
    expect(cache.misses).toBe(before + 1);
    // Too big to keep: computed every time, and nothing else is pushed out for it.
    const kept = cache.size;
    await ask(cache, 'huge', 300);
    await ask(cache, 'huge', 300);
    expect(cache.misses).toBe(before + 3);
    expect(cache.size).toEqual(kept);
  });

  it('answers frozen objects, so that no caller changes what the next one gets', async () => {
    const cache = make(10);
    type Answer = { items: Array<{ title: string; tags: string[] }>; total: number };
    const answer = await cache.answer<Answer>('a', async () => ({ items: [{ title: 'T', tags: ['x'] }], total: 1 }));
    expect(Object.isFrozen(answer)).toBe(true);
    expect(Object.isFrozen(answer.items[0].tags)).toBe(true);
    expect(() => {
      answer.items[0].title = 'changed';
    }).toThrow(TypeError);
    expect((await cache.answer<Answer>('a', async () => ({ items: [], total: 0 }))).items[0].title).toBe('T');
  });

  it('shares one computation between requests that miss together, and keeps no failure', async () => {
    const cache = make(10);
    let calls = 0;
    const compute = async () => {
      calls++;
      await new Promise((resolve) => setImmediate(resolve));
      return { n: calls };
    };
    const [first, second] = await Promise.all([cache.answer('a', compute), cache.answer('a', compute)]);
    expect(calls).toBe(1);
    expect(second).toBe(first);
    const failing = () => Promise.reject(new Error('not found'));
    await expect(cache.answer('missing', failing)).rejects.toThrow('not found');
    await expect(cache.answer('missing', failing)).rejects.toThrow('not found');
    expect(cache.size.entries).toBe(1);
  });

  it('is off with 0 entries (the version is not even read), and bypassed without a version row', async () => {
    let reads = 0;
    const off = new CatalogueCache(
      async () => {
        reads++;
        return '1';
      },
      { entries: 0, chars: 1000 },
    );
    await off.answer('a', async () => ({}));
    await off.answer('a', async () => ({}));
    expect(reads).toBe(0);
    expect(off.size.entries).toBe(0);
    const cache = make(10);
    version = null;
    await ask(cache, 'a');
    await ask(cache, 'a');
    expect(cache.misses).toBe(2);
    expect(cache.size.entries).toBe(0);
  });
});
