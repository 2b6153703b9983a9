// Preloaded into the API by the `hostile` benchmark (NODE_OPTIONS=--require): the event loop's delay as
// Node measures it (perf_hooks.monitorEventLoopDelay, 1 ms resolution). On SIGUSR2 it writes what it saw
// since the last signal to BENCH_LOOP_DELAY_FILE (milliseconds) and starts over. Nothing in the API changes.
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { writeFileSync } = require('node:fs');

const histogram = monitorEventLoopDelay({ resolution: 1 });
histogram.enable();
let seq = 0;
process.on('SIGUSR2', () => {
  const ms = (ns) => Math.round((ns / 1e6) * 10) / 10;
  const figures = {
    seq: ++seq,
    p50: ms(histogram.percentile(50)),
    p99: ms(histogram.percentile(99)),
    max: ms(histogram.max),
    mean: ms(histogram.mean),
  };
  histogram.reset();
  writeFileSync(process.env.BENCH_LOOP_DELAY_FILE, JSON.stringify(figures));
});
