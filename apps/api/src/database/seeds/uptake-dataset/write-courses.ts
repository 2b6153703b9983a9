import { DatasetProgress, DatasetDb } from './options';
import { iso, pgArray } from './helpers';
import { NewCourse } from './plan-courses';
import { Rng } from './random';

/** New courses with what publishing needs: modules with lessons, an assessment with enough questions. */
export async function writeCourses(
  db: DatasetDb,
  ids: Rng,
  courses: NewCourse[],
  onProgress?: DatasetProgress,
): Promise<void> {
  if (courses.length === 0) return;
  const modules: unknown[][] = [[], [], [], []];
  const lessons: unknown[][] = [[], [], [], [], [], []];
  const assessments: unknown[][] = [[], []];
  const questions: unknown[][] = [[], [], [], [], [], []];
  for (const c of courses) {
    for (let m = 1; m <= 2; m++) {
      const moduleId = ids.uuid();
      modules[0].push(moduleId);
      modules[1].push(c.id);
      modules[2].push(m);
      modules[3].push(m === 1 ? 'Principles' : 'Casework');
      for (let l = 1; l <= 2; l++) {
        lessons[0].push(ids.uuid());
        lessons[1].push(moduleId);
        lessons[2].push(l);
        lessons[3].push(
          m === 1
            ? l === 1
              ? 'What the law asks of you'
              : 'Tools of the trade'
            : l === 1
              ? 'A case, step by step'
              : 'Writing it up for court',
        );
        lessons[4].push(
          `## ${c.title}\n\nThis lesson walks through the ${m === 1 ? 'principles' : 'casework'} of the course with examples from alliance investigations.`,
        );
        lessons[5].push(15);
      }
    }
    const assessmentId = ids.uuid();
    assessments[0].push(assessmentId);
    assessments[1].push(c.id);
    const bank = [
      {
        kind: 'true_false',
        prompt: 'Every step taken on a seized device is recorded in the chain of custody.',
        options: ['True', 'False'],
        correct: 0,
      },
      {
        kind: 'true_false',
        prompt: 'Working on the original evidence is acceptable when time is short.',
        options: ['True', 'False'],
        correct: 1,
      },
      {
        kind: 'single_choice',
        prompt: 'What comes first when digital evidence is found at a scene?',
        options: ['Document and preserve it', 'Switch the device off and on again', 'Copy it to a personal drive'],
        correct: 0,
      },
      {
        kind: 'single_choice',
        prompt: 'Who can ask a foreign provider to preserve data for an investigation?',
        options: ['Any citizen', 'The competent authority, through the agreed channel', 'The suspect'],
        correct: 1,
      },
    ];
    for (const q of bank) {
      const options = q.options.map((text) => ({ id: ids.uuid(), text }));
      questions[0].push(ids.uuid());
      questions[1].push(assessmentId);
      questions[2].push(q.kind);
      questions[3].push(q.prompt);
      questions[4].push(JSON.stringify(options));
      questions[5].push(JSON.stringify([options[q.correct].id]));
    }
  }
  await db.query(
    `INSERT INTO course (id, code, title, summary, level, topics, languages, hours, status, created_at, updated_at)
     SELECT id, code, ti, su, lv::course_level, tp::varchar(40)[], lg::varchar(10)[], h, 'published', t, t
       FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::text[], $5::text[], $6::text[], $7::text[], $8::smallint[], $9::timestamptz[]) AS x(id, code, ti, su, lv, tp, lg, h, t)`,
    [
      courses.map((c) => c.id),
      courses.map((c) => c.code),
      courses.map((c) => c.title),
      courses.map((c) => c.summary),
      courses.map((c) => c.level),
      courses.map((c) => pgArray(c.topics)),
      courses.map((c) => pgArray(c.languages)),
      courses.map((c) => c.hours),
      courses.map((c) => iso(c.created)),
    ],
  );
  await db.query(
    `INSERT INTO course_module (id, course_id, position, title) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::varchar[])`,
    modules,
  );
  await db.query(
    `INSERT INTO lesson (id, module_id, position, title, body, minutes) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::varchar[], $5::text[], $6::smallint[])`,
    lessons,
  );
  await db.query(
    `INSERT INTO assessment (id, course_id, pass_mark, attempt_limit, questions_per_attempt, time_limit_minutes) SELECT id, c, 70, 3, 3, 30 FROM unnest($1::uuid[], $2::uuid[]) AS x(id, c)`,
    assessments,
  );
  await db.query(
    `INSERT INTO question (id, assessment_id, kind, prompt, options, correct) SELECT id, a, k::question_kind, p, op::jsonb, co::jsonb FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(id, a, k, p, op, co)`,
    questions,
  );
  onProgress?.(courses.length, courses.length, 'courses');
}
