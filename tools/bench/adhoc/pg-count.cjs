// Preload (`node -r tools/bench/adhoc/pg-count.cjs dist/api/apps/api/src/main.js`): counts the API's pg queries by
// text and their time in flight; prints them on exit. How the queries per request of issue 21 were counted.
const pg = require('pg');
const stats = new Map();
const orig = pg.Client.prototype.query;
pg.Client.prototype.query = function (config, values, cb) {
  const text = typeof config === 'string' ? config : config && config.text;
  const t0 = process.hrtime.bigint();
  const r = orig.call(this, config, values, cb);
  const done = () => {
    const s = stats.get(text) ?? { n: 0, ms: 0 };
    s.n++;
    s.ms += Number(process.hrtime.bigint() - t0) / 1e6;
    stats.set(text, s);
  };
  if (r && typeof r.then === 'function') r.then(done, done);
  return r;
};
process.on('exit', () => {
  const rows = [...stats].sort((a, b) => b[1].n - a[1].n).slice(0, 30);
  for (const [t, s] of rows)
    process.stderr.write(
      `${String(s.n).padStart(7)} ${(s.ms / s.n).toFixed(2).padStart(8)}ms  ${String(t).replace(/\s+/g, ' ').slice(0, 3000)}\n`,
    );
});
