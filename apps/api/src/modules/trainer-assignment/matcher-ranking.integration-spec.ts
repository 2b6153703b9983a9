import { scoreCandidate } from '@icspa/domain';
import { Clock } from '../../core/clock/clock';
import { TestApp, TestUser } from '../../../test/test-app';
import { createPublishedCourse } from '../../../test/learning-fixtures';
import { createTrainers } from '../../../test/assignment-fixtures';
import type { MatchRound } from './training-request.entity';
import { MatchTrainingRequestUseCase } from './usecases/match-training-request/match-training-request.usecase';

jest.setTimeout(120_000);

const DAY = 86_400_000;

/**
 * The matcher's statement keeps only the first 25 of each pool (findMatchFacts); the round must still be the
 * ranking of every eligible trainer: 60 trainers of four firms with different histories (recent assignments,
 * completed ones in the region, firms holding different shares), many tied on score, ranked as scoreCandidate
 * and rankCandidates rank them all, ties by trainer id; and the exclusion counts as counted from the raw rows.
 */
describe('the matcher ranks every eligible trainer, though it keeps 25 (real PostgreSQL)', () => {
  let t: TestApp;
  let admin: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    const offset = Date.parse('2031-01-03T09:00:00Z') - Date.now();
    t.app.get(Clock).now = () => new Date(Date.now() + offset);
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  it('the round lists the first 25 of all eligible trainers by score, then id, with the raw exclusion counts', async () => {
    const unitId = await t.createUnit('UA');
    const { courseId } = await createPublishedCourse(t, admin);
    const firms = [await t.createFirm(), await t.createFirm(), await t.createFirm(), await t.createFirm()];
    const trainers = await createTrainers(t, 60, { courseId, firms, languages: ['ka'] });
    const others = await createTrainers(t, 5, { courseId, firms, languages: ['hy'] }); // ruled out by language
    // History: an older request in the unit; trainer i has i % 4 recent proposals or completions and i % 3
    // completed assignments in the region (long ago), so scores spread and many tie.
    const [{ id: past }] = await t.db.query(
      `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats, status)
       VALUES ($1, $2, 'ka', tstzrange(now() - interval '400 days', now() - interval '397 days'), 'online', 10, 'cancelled') RETURNING id`,
      [unitId, courseId],
    );
    for (const [i, trainer] of trainers.entries()) {
      const recent = i % 4;
      const regional = i % 3;
      for (let k = 0; k < recent + regional; k++)
        await t.db.query(
          `INSERT INTO assignment (training_request_id, trainer_id, period, status, rank, round, proposed_at, expires_at)
           VALUES ($1, $2, tstzrange(now() - interval '400 days', now() - interval '397 days'), 'completed', 1, 1, $3, $3)`,
          [past, trainer.id, k < recent ? new Date(Date.now() - (10 + k) * DAY) : new Date(Date.now() - 300 * DAY)],
        );
    }
    const [{ id: requestId }] = await t.db.query(
      `INSERT INTO training_request (police_unit_id, course_id, language, period, delivery_mode, seats)
       VALUES ($1, $2, 'ka', tstzrange(now() + interval '60 days', now() + interval '63 days'), 'online', 10) RETURNING id`,
      [unitId, courseId],
    );

    expect(await t.app.get(MatchTrainingRequestUseCase).execute({ requestId, round: 1 })).toBe('proposed');

    // The expected ranking, from the raw rows and the domain's score, over all 60 eligible trainers.
    const facts: { id: string; firm: string; recent: number; regional: number }[] = await t.db.query(
      `SELECT u.id, u.member_firm_id AS firm,
              (SELECT count(*)::int FROM assignment a WHERE a.trainer_id = u.id AND a.training_request_id <> $2
                  AND a.status IN ('proposed', 'accepted', 'completed') AND a.proposed_at > now() - interval '180 days') AS recent,
              (SELECT count(*)::int FROM assignment a WHERE a.trainer_id = u.id AND a.training_request_id <> $2 AND a.status = 'completed') AS regional
         FROM app_user u WHERE u.id = ANY($1::uuid[])`,
      [trainers.map((x) => x.id), requestId],
    );
    const shares: { firm: string; n: number }[] = await t.db.query(
      `SELECT u.member_firm_id AS firm, count(*)::int AS n FROM assignment a JOIN app_user u ON u.id = a.trainer_id
        WHERE a.training_request_id <> $1 AND a.status IN ('proposed', 'accepted', 'completed') AND a.proposed_at > now() - interval '90 days'
        GROUP BY 1`,
      [requestId],
    );
    const total = Math.max(
      shares.reduce((sum, s) => sum + s.n, 0),
      1,
    );
    const expected = facts
      .map((f) => ({
        trainerId: f.id,
        score: scoreCandidate({
          recentAssignments: f.recent,
          firmShare: (shares.find((s) => s.firm === f.firm)?.n ?? 0) / total,
          regionalExperience: f.regional,
        }).score,
      }))
      .sort((a, b) => b.score - a.score || a.trainerId.localeCompare(b.trainerId))
      .slice(0, 25);
    expect(new Set(expected.map((e) => e.score)).size).toBeGreaterThan(1);
    expect(expected.filter((e) => e.score === expected[24].score).length).toBeGreaterThan(1); // ties at the cut

    const [{ match_rounds }] = await t.db.query(`SELECT match_rounds FROM training_request WHERE id = $1`, [requestId]);
    const round = (match_rounds as MatchRound[])[0];
    expect(round.ranking.map((e) => ({ trainerId: e.trainerId, score: e.score }))).toEqual(expected);
    expect(round.excluded).toEqual({
      qualified: trainers.length + others.length,
      language: others.length,
      country: 0,
      excluded_country: 0,
      busy: 0,
      already_asked: 0,
    });
    const [proposal] = await t.db.query(
      `SELECT trainer_id, rank FROM assignment WHERE training_request_id = $1 AND status = 'proposed'`,
      [requestId],
    );
    expect(proposal).toEqual({ trainer_id: expected[0].trainerId, rank: 1 });
  });
});
