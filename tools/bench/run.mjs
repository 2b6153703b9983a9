// `npm run bench`: every benchmark of the project, each beside a baseline measured in the same run.
// Only 127.0.0.1 is targeted; every load is bounded in time. Pass names to run a subset.
import { ensureBuilt } from './lib.mjs';
import { enrolmentBenchmark } from './enrolment.bench.mjs';
import { hostileBenchmark } from './hostile.bench.mjs';
import { hotpathsBenchmark } from './hotpaths.bench.mjs';
import { matcherBenchmark } from './matcher.bench.mjs';
import { portalBenchmark } from './portal.bench.mjs';
import { reportingBenchmark } from './reporting.bench.mjs';
import { peopleSearchBenchmark } from './people-search.bench.mjs';
import { searchBenchmark } from './search.bench.mjs';

const BENCHMARKS = {
  enrolment: enrolmentBenchmark,
  hostile: hostileBenchmark,
  hotpaths: hotpathsBenchmark,
  matcher: matcherBenchmark,
  portal: portalBenchmark,
  reporting: reportingBenchmark,
  // Catalogue search, then people search (issue 16); `people-search` runs the second alone.
  search: async () => {
    await searchBenchmark();
    await peopleSearchBenchmark();
  },
  'people-search': peopleSearchBenchmark,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
ensureBuilt();
for (const [name, bench] of Object.entries(BENCHMARKS)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  await bench();
}
