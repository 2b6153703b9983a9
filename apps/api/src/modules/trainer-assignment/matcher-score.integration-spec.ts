import { Client } from 'pg';
import { scoreCandidate } from '@icspa/domain';
import { TEST_SERVER_URL } from '../../../test/test-database';
import { candidateScoreSql } from './training-requests.queries';

/**
 * The matcher keeps the first of each pool in SQL (findMatchFacts) and ranks them with scoreCandidate: the SQL
 * score must equal scoreCandidate's for every input, or the database would keep other trainers than the ranking's
 * first. Firm shares are what the matcher divides (assignments of the firm / all recent assignments), as float8,
 * including every fraction whose × 30 lands on .5 (where PostgreSQL's round() would round to even).
 */
describe('the matcher score in SQL (real PostgreSQL)', () => {
  let db: Client;

  beforeAll(async () => {
    db = new Client({ connectionString: TEST_SERVER_URL });
    await db.connect();
  });
  afterAll(() => db.end());

  it('equals scoreCandidate for every count and every firm share n / total up to 240 assignments', async () => {
    const recent: number[] = [];
    const shares: [number, number][] = [];
    const regional: number[] = [];
    for (let total = 1; total <= 240; total++)
      for (let n = 0; n <= total; n++) {
        const i = shares.length;
        shares.push([n, total]);
        recent.push(i % 13);
        regional.push(i % 8);
      }
    const { rows } = await db.query<{ share: number; score: number }>(
      `SELECT f.n::float / greatest(f.total::float, 1) AS share,
              ${candidateScoreSql('f.recent', 'f.n::float / greatest(f.total::float, 1)', 'f.regional')} AS score
         FROM unnest($1::int[], $2::int[], $3::int[], $4::int[]) WITH ORDINALITY AS f(n, total, recent, regional, i)
        ORDER BY f.i`,
      [shares.map((s) => s[0]), shares.map((s) => s[1]), recent, regional],
    );
    expect(rows).toHaveLength(shares.length);
    const differing = rows.filter(
      (row, i) =>
        row.score !==
        scoreCandidate({ recentAssignments: recent[i], firmShare: row.share, regionalExperience: regional[i] }).score,
    );
    expect(differing).toEqual([]);
    // Ties are among them (3/4 × 30 = 22.5: JS rounds up to 23, PostgreSQL's round(float8) to the even 22).
    const { rows: ties } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM unnest($1::float8[]) x WHERE round(x * 30) <> floor(x * 30 + 0.5)`,
      [rows.map((r) => r.share)],
    );
    expect(ties[0].n).toBeGreaterThan(0);
  });
});
