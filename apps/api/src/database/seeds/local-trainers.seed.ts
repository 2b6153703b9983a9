import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { queueCertificationChecks, seedAnchor, seedId } from './learning.seed';

/** The demo local trainer (README "Seeded accounts"): an officer of the demo unit, same password as the others. */
export const LOCAL_TRAINER_ACCOUNT = {
  email: 'local.trainer@icspa.test',
  displayName: 'Iryna Bondarenko',
  role: 'officer',
  unit: 'ua-kyiv-cyber',
  firm: null,
} as const;

const DAY = 86400_000;

/**
 * The train-the-trainer cascade in the demo (issue 19): a train-the-trainer programme for the foundation
 * courses FR-101 and CS-101 (earned by completing FR-101); the demo local trainer completed FR-101 in a cohort
 * taught by the demo trainer (Trend Micro: the cascade's first generation), holds the certification, was
 * confirmed by the demo coordinator and admin (the `local_trainer` grant for both courses and a trainer
 * profile in Ukraine), and has a proposal waiting: a CS-101 request of the demo unit. Written once (natural
 * keys and seeded ids); the proposal's booking is made by bookSeededCommitments, as for every seeded commitment.
 * The certification is written unsigned and signed by the worker's issue-certifications job (queued here, as for
 * every seeded holder), through the same certificate issuer as any other: its credential verifies.
 */
export async function seedLocalTrainer(manager: EntityManager, courses: Map<string, string>): Promise<void> {
  const [trainer] = await manager.query(`SELECT id, police_unit_id FROM app_user WHERE email = $1`, [
    LOCAL_TRAINER_ACCOUNT.email,
  ]);
  const [expert] = await manager.query(`SELECT id FROM app_user WHERE email = 'trainer@icspa.test'`);
  const [coordinator] = await manager.query(`SELECT id FROM app_user WHERE email = 'coordinator@icspa.test'`);
  const [admin] = await manager.query(`SELECT id FROM app_user WHERE email = 'admin@icspa.test'`);
  const fr101 = courses.get('FR-101');
  const cs101 = courses.get('CS-101');
  if (!trainer || !expert || !coordinator || !admin || !fr101 || !cs101) return;
  const anchor = await seedAnchor(manager);

  const programmeId = seedId('programme:first-responder-trainer');
  await manager.query(
    `INSERT INTO certification_programme (id, name, description, course_ids, required_count, validity_months, recertification_window_days, skills, trainer_course_ids)
     VALUES ($1, $2, $3, ARRAY[$4]::uuid[], 1, 24, 90, '{first-response}', ARRAY[$4, $5]::uuid[]) ON CONFLICT (name) DO NOTHING`,
    [
      programmeId,
      'First Responder Trainer (train-the-trainer)',
      'Delivers the foundation courses on first response to digital evidence and on child sexual abuse material awareness to colleagues of their own country, in their language.',
      fr101,
      cs101,
    ],
  );
  // The train-the-trainer cohort, taught by the demo trainer four months ago.
  const cohortId = seedId('cohort:local-trainer-tot');
  const starts = new Date(anchor.getTime() - 120 * DAY);
  const inserted = await manager.query(
    `INSERT INTO cohort (id, course_id, starts_at, ends_at, delivery_mode, language, capacity, seats_taken, trainer_id, status)
     VALUES ($1, $2, $3, $4, 'online', 'uk', 12, 1, $5, 'completed') ON CONFLICT (id) DO NOTHING RETURNING id`,
    [cohortId, fr101, starts, new Date(starts.getTime() + 4 * DAY), expert.id],
  );
  if (inserted.length === 0) return; // seeded before
  await manager.query(
    `INSERT INTO enrolment (cohort_id, course_id, officer_id, status, progress_percent, completed_at)
     VALUES ($1, $2, $3, 'completed', 100, $4)`,
    [cohortId, fr101, trainer.id, new Date(starts.getTime() + 4 * DAY)],
  );
  const code = createHash('md5').update('icspa-seed:local-trainer-certification').digest('hex').slice(0, 16);
  const [certification] = await manager.query(
    `INSERT INTO certification (id, programme_id, holder_id, issued_at, valid_from, expires_at, status, public_code, credential)
     VALUES ($1, $2, $3, $4, $4, $5, 'active', $6, '') RETURNING id`,
    [
      seedId('certification:local-trainer'),
      programmeId,
      trainer.id,
      new Date(starts.getTime() + 5 * DAY),
      new Date(starts.getTime() + 5 * DAY + 730 * DAY),
      code,
    ],
  );
  const confirmed = new Date(starts.getTime() + 12 * DAY);
  await manager.query(
    `INSERT INTO local_trainer_application (officer_id, certification_id, course_ids, languages, load_limit_per_quarter, trained_in_cohort_id, status,
                                            coordinator_confirmed_by, coordinator_confirmed_at, admin_confirmed_by, admin_confirmed_at, created_at)
     VALUES ($1, $2, ARRAY[$3, $4]::uuid[], '{uk,ru}', 3, $5, 'confirmed', $6, $7, $8, $7, $9)`,
    [
      trainer.id,
      certification.id,
      fr101,
      cs101,
      cohortId,
      coordinator.id,
      confirmed,
      admin.id,
      new Date(starts.getTime() + 8 * DAY),
    ],
  );
  for (const course of [fr101, cs101])
    await manager.query(
      `INSERT INTO capability_grant (user_id, capability, scope, granted_by, granted_at) VALUES ($1, 'local_trainer', $2, $3, $4)`,
      [trainer.id, course, admin.id, confirmed],
    );
  await manager.query(
    `INSERT INTO trainer_profile (user_id, languages, skills, course_ids, country_codes, load_limit_per_quarter, local_since, trained_in_cohort_id)
     VALUES ($1, '{uk,ru}', '{first-response}', ARRAY[$2, $3]::uuid[], '{UA}', 3, $4, $5) ON CONFLICT (user_id) DO NOTHING`,
    [trainer.id, fr101, cs101, confirmed, cohortId],
  );
  // A request of the demo unit for CS-101 (a foundation course: local first), proposed to the local trainer.
  const requestId = seedId('training-request:kyiv-cyber-safety');
  const requestStarts = new Date(anchor.getTime() + 45 * DAY);
  const ranking = [
    {
      trainerId: trainer.id,
      trainerName: LOCAL_TRAINER_ACCOUNT.displayName,
      memberFirmId: null,
      pool: 'local',
      score: 100,
      reasons: ['pool: local trainer in UA (policy local_first: ranked before experts)'],
    },
  ];
  await manager.query(
    `INSERT INTO training_request (id, police_unit_id, course_id, language, period, delivery_mode, seats, requested_by_id, status, match_rounds)
     VALUES ($1, $2, $3, 'uk', tstzrange($4, $5, '[)'), 'in_person', 15, $6, 'proposed', $7::jsonb)`,
    [
      requestId,
      trainer.police_unit_id,
      cs101,
      requestStarts,
      new Date(requestStarts.getTime() + 3 * DAY),
      coordinator.id,
      JSON.stringify([{ round: 1, at: anchor.toISOString(), ranking, excluded: {} }]),
    ],
  );
  await manager.query(
    `INSERT INTO assignment (id, training_request_id, trainer_id, period, status, rank, round, proposed_at, expires_at)
     SELECT $1, r.id, $2, r.period, 'proposed', 1, 1, $3, $4 FROM training_request r WHERE r.id = $5`,
    [seedId('assignment:kyiv-cyber-safety'), trainer.id, anchor, new Date(anchor.getTime() + 14 * DAY), requestId],
  );
  // The certification's signed credential: the worker's issue-certifications job signs it with the issuer.
  await queueCertificationChecks(manager);
}
