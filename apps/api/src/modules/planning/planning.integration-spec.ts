import { TestApp, TestUser } from '../../../test/test-app';
import { seedDemoData } from '../../database/seeds/demo-data.seed';
import { Clock } from '../../core/clock/clock';
import { IssueCertificationsUseCase } from '../certifications/usecases/issue-certifications/issue-certifications.usecase';

/**
 * Competency framework and needs assessments on the seeded demo data: the framework in six languages, levels
 * inferred from the seeded completions and certifications (expected values computed here from raw rows, not by
 * the feature's SQL), who may see what, the submit/review state machine, bad input and concurrent writes.
 */
describe('planning: competency framework and needs assessments', () => {
  let t: TestApp;
  let admin: TestUser;
  let kyivCoordinator: TestUser;
  let otherCoordinator: TestUser;
  let kyivUnit: string;
  let today: string;

  beforeAll(async () => {
    t = await TestApp.start();
    await seedDemoData(t.db);
    admin = await t.signIn('admin');
    [{ id: kyivUnit }] = await t.db.query(`SELECT id FROM police_unit WHERE name = 'Cyber Police Department — Kyiv'`);
    kyivCoordinator = await t.signIn('coordinator', { policeUnitId: kyivUnit });
    otherCoordinator = await t.signIn('coordinator');
    today = t.app.get(Clock).now().toISOString().slice(0, 10);
    // The worker certifies holders after the seed; here the Kyiv unit's officers are certified directly.
    const holders: { id: string }[] = await t.db.query(
      `SELECT DISTINCT e.officer_id AS id FROM enrolment e JOIN app_user u ON u.id = e.officer_id
        WHERE u.police_unit_id = $1 AND e.status = 'completed'`,
      [kyivUnit],
    );
    for (const h of holders) await t.app.get(IssueCertificationsUseCase).execute({ holderId: h.id });
  }, 600_000);
  afterAll(() => t.close());

  const create = (user: TestUser, payload: object) =>
    t.inject({ method: 'POST', url: '/api/needs-assessments', cookie: user.cookie, payload });
  const put = (user: TestUser, id: string, payload: object) =>
    t.inject({ method: 'PUT', url: `/api/needs-assessments/${id}`, cookie: user.cookie, payload });
  const submit = (user: TestUser, id: string) =>
    t.inject({ method: 'POST', url: `/api/needs-assessments/${id}/submit`, cookie: user.cookie });
  const review = (user: TestUser, id: string, payload: object) =>
    t.inject({ method: 'POST', url: `/api/needs-assessments/${id}/review`, cookie: user.cookie, payload });

  it('seeds ten law-enforcement and two judicial roles and about forty competencies, named in six languages', async () => {
    const officer = await t.signIn('officer');
    const res = await t.inject({
      method: 'GET',
      url: '/api/competency-framework',
      cookie: officer.cookie,
      headers: { 'accept-language': 'es' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.roles.filter((r: { sector: string }) => r.sector === 'law_enforcement')).toHaveLength(10);
    expect(body.roles.filter((r: { sector: string }) => r.sector === 'judicial')).toHaveLength(2);
    expect(body.competencies.length).toBeGreaterThanOrEqual(40);
    expect(new Set(body.competencies.map((c: { category: string }) => c.category))).toEqual(
      new Set(['management', 'technical', 'investigation']),
    );
    const osint = body.competencies.find((c: { key: string }) => c.key === 'osint');
    expect(osint.name).toBe('Inteligencia de fuentes abiertas');
    expect(osint.translation.locale).toBe('es');
    const [{ missing }] = await t.db.query(
      `SELECT count(*)::int AS missing FROM (SELECT k.id::text AS id, 'competency' AS t FROM competency k
                UNION ALL SELECT r.id::text, 'competency_role' FROM competency_role r) e
         CROSS JOIN unnest(ARRAY['es', 'pt-BR', 'ru', 'uk', 'zh-CN']) l
        WHERE NOT EXISTS (SELECT 1 FROM translation tr WHERE tr.entity_type::text = e.t AND tr.entity_id = e.id
                            AND tr.locale = l AND tr.status = 'published')`,
    );
    expect(missing).toBe(0);
    const [{ courses }] = await t.db.query(`SELECT count(DISTINCT course_id)::int AS courses FROM course_competency`);
    expect(courses).toBe(10);
    const [{ programmes }] = await t.db.query(
      `SELECT count(DISTINCT programme_id)::int AS programmes FROM programme_competency`,
    );
    expect(programmes).toBe(2);
    const seeded = await t.db.query(
      `SELECT pu.city, na.status FROM needs_assessment na JOIN police_unit pu ON pu.id = na.police_unit_id ORDER BY pu.city`,
    );
    expect(seeded).toEqual(
      expect.arrayContaining([
        { city: 'Kyiv', status: 'approved' },
        { city: 'São Paulo', status: 'submitted' },
        { city: 'Bogotá', status: 'approved' },
      ]),
    );
  });

  it('infers each level from the unit’s completions and live certifications as the raw rows imply', async () => {
    const [{ certs }] = await t.db.query(
      `SELECT count(*)::int AS certs FROM certification c JOIN app_user u ON u.id = c.holder_id WHERE u.police_unit_id = $1`,
      [kyivUnit],
    );
    expect(certs).toBeGreaterThan(0);
    const res = await create(kyivCoordinator, { assessedOn: today });
    expect(res.statusCode).toBe(201);
    const assessment = res.json();
    expect(assessment.status).toBe('draft');
    expect(assessment.policeUnitId).toBe(kyivUnit);

    // Expected, from raw rows: each officer's best level per competency, then the level at least half reach.
    const end = new Date(`${today}T00:00:00Z`).getTime() + 86_400_000;
    const officers: { id: string }[] = await t.db.query(
      `SELECT id FROM app_user WHERE police_unit_id = $1 AND role IN ('officer', 'coordinator') AND disabled_at IS NULL`,
      [kyivUnit],
    );
    const completions: { officer_id: string; course_id: string; completed_at: Date }[] = await t.db.query(
      `SELECT officer_id, course_id, completed_at FROM enrolment WHERE status = 'completed'`,
    );
    const certifications: {
      holder_id: string;
      programme_id: string;
      valid_from: Date;
      expires_at: Date;
      revoked_at: Date | null;
    }[] = await t.db.query(`SELECT holder_id, programme_id, valid_from, expires_at, revoked_at FROM certification`);
    const courseGives: { course_id: string; competency_id: string; level: number }[] = await t.db.query(
      `SELECT * FROM course_competency`,
    );
    const programmeGives: { programme_id: string; competency_id: string; level: number }[] = await t.db.query(
      `SELECT * FROM programme_competency`,
    );
    const competencies: { id: string }[] = await t.db.query(`SELECT id FROM competency WHERE retired_at IS NULL`);
    const best = new Map<string, number>();
    const hold = (officer: string, competency: string, level: number) =>
      best.set(`${officer}|${competency}`, Math.max(best.get(`${officer}|${competency}`) ?? 0, level));
    const inUnit = new Set(officers.map((o) => o.id));
    for (const c of completions)
      if (inUnit.has(c.officer_id) && new Date(c.completed_at).getTime() < end)
        for (const g of courseGives.filter((g) => g.course_id === c.course_id))
          hold(c.officer_id, g.competency_id, g.level);
    for (const c of certifications)
      if (
        inUnit.has(c.holder_id) &&
        new Date(c.valid_from).getTime() <= end &&
        new Date(c.expires_at).getTime() > end &&
        (!c.revoked_at || new Date(c.revoked_at).getTime() > end)
      )
        for (const g of programmeGives.filter((g) => g.programme_id === c.programme_id))
          hold(c.holder_id, g.competency_id, g.level);
    const expected: Record<string, number> = {};
    for (const k of competencies) {
      const levels = officers.map((o) => best.get(`${o.id}|${k.id}`) ?? 0).sort((a, b) => b - a);
      expected[k.id] = levels.length ? levels[Math.ceil(levels.length / 2) - 1] : 0;
    }
    const inferred = Object.fromEntries(
      assessment.levels.map((l: { competencyId: string; inferredLevel: number }) => [l.competencyId, l.inferredLevel]),
    );
    expect(inferred).toEqual(expected);
    expect(Object.values(expected).some((l) => l > 0)).toBe(true);
    for (const l of assessment.levels) expect([l.currentLevel, l.source]).toEqual([l.inferredLevel, 'inferred']);

    // A correction keeps the inferred value beside it; a second open assessment is refused.
    const k = assessment.levels[0];
    const saved = await put(kyivCoordinator, assessment.id, {
      version: assessment.version,
      levels: [{ competencyId: k.competencyId, currentLevel: (k.inferredLevel + 1) % 6 }],
    });
    expect(saved.statusCode).toBe(200);
    const corrected = saved.json().levels.find((l: { competencyId: string }) => l.competencyId === k.competencyId);
    expect(corrected).toMatchObject({ inferredLevel: k.inferredLevel, source: 'corrected' });
    const again = await create(kyivCoordinator, { assessedOn: today });
    expect([again.statusCode, again.json().code]).toEqual([409, 'needs_assessment.open_exists']);
    // Leave the unit without an open assessment for the other tests.
    expect((await submit(kyivCoordinator, assessment.id)).statusCode).toBe(200);
    expect((await review(admin, assessment.id, { decision: 'approve' })).statusCode).toBe(200);
  });

  it('lets a coordinator see only their own unit’s assessments; trainers, member admins and officers none', async () => {
    const list = await t.inject({ method: 'GET', url: '/api/needs-assessments', cookie: kyivCoordinator.cookie });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThanOrEqual(2);
    expect(list.json().items.every((a: { policeUnitId: string }) => a.policeUnitId === kyivUnit)).toBe(true);
    const kyivId = list.json().items[0].id;

    const other = await t.inject({ method: 'GET', url: '/api/needs-assessments', cookie: otherCoordinator.cookie });
    expect(other.json().items).toEqual([]);
    const peek = await t.inject({
      method: 'GET',
      url: `/api/needs-assessments/${kyivId}`,
      cookie: otherCoordinator.cookie,
    });
    expect([peek.statusCode, peek.json().code]).toEqual([404, 'needs_assessment.not_found']);
    const filtered = await t.inject({
      method: 'GET',
      url: `/api/needs-assessments?policeUnitId=${kyivUnit}`,
      cookie: otherCoordinator.cookie,
    });
    expect(filtered.json().items).toEqual([]);
    const foreign = await create(otherCoordinator, { policeUnitId: kyivUnit, assessedOn: today });
    expect([foreign.statusCode, foreign.json().code]).toEqual([403, 'needs_assessment.other_unit']);
    const submitted = await submit(otherCoordinator, kyivId);
    expect(submitted.statusCode).toBe(404);

    for (const role of ['trainer', 'member_admin', 'officer'] as const) {
      const user = await t.signIn(role);
      const res = await t.inject({ method: 'GET', url: '/api/needs-assessments', cookie: user.cookie });
      expect([role, res.statusCode]).toEqual([role, 403]);
      const one = await t.inject({ method: 'GET', url: `/api/needs-assessments/${kyivId}`, cookie: user.cookie });
      expect([role, one.statusCode]).toEqual([role, 403]);
      expect((await create(user, { assessedOn: today })).statusCode).toBe(403);
    }
    const all = await t.inject({ method: 'GET', url: '/api/needs-assessments?pageSize=100', cookie: admin.cookie });
    expect(new Set(all.json().items.map((a: { policeUnitId: string }) => a.policeUnitId)).size).toBeGreaterThan(2);
    const noUnit = await create(admin, { assessedOn: today });
    expect([noUnit.statusCode, noUnit.json().field]).toEqual([400, 'policeUnitId']);
  });

  it('runs draft → submitted → returned → submitted → approved, and refuses every other step', async () => {
    const a = (await create(otherCoordinator, { assessedOn: today })).json();
    const [role] = (await t.inject({ method: 'GET', url: '/api/competency-framework', cookie: admin.cookie })).json()
      .roles;
    const saved = await put(otherCoordinator, a.id, {
      version: a.version,
      roles: [{ competencyRoleId: role.id, officersNow: 3, officersNeeded: 8 }],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().roles).toEqual([{ competencyRoleId: role.id, officersNow: 3, officersNeeded: 8 }]);
    const stale = await put(otherCoordinator, a.id, { version: a.version, assessedOn: today });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'needs_assessment.version_conflict']);
    const early = await review(admin, a.id, { decision: 'approve' });
    expect([early.statusCode, early.json().code]).toEqual([409, 'needs_assessment.not_submitted']);

    expect((await submit(otherCoordinator, a.id)).json().status).toBe('submitted');
    const twice = await submit(otherCoordinator, a.id);
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'needs_assessment.not_submittable']);
    const locked = await put(otherCoordinator, a.id, { version: saved.json().version + 1 });
    expect([locked.statusCode, locked.json().code]).toEqual([409, 'needs_assessment.not_editable']);
    expect((await review(otherCoordinator, a.id, { decision: 'approve' })).statusCode).toBe(403);
    const noNote = await review(admin, a.id, { decision: 'return', note: '   ' });
    expect([noNote.statusCode, noNote.json().code, noNote.json().field]).toEqual([
      400,
      'needs_assessment.note_required',
      'note',
    ]);
    const returned = await review(admin, a.id, { decision: 'return', note: 'Count the judges too.' });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewNote: 'Count the judges too.' });
    const edited = await put(otherCoordinator, a.id, { version: returned.json().version, assessedOn: today });
    expect(edited.statusCode).toBe(200);
    expect((await submit(otherCoordinator, a.id)).json().status).toBe('submitted');
    const approved = await review(admin, a.id, { decision: 'approve' });
    expect(approved.json().status).toBe('approved');
    expect(approved.json().reviewedAt).not.toBeNull();
    const reapproved = await review(admin, a.id, { decision: 'approve' });
    expect(reapproved.statusCode).toBe(409);
    const history = await t.inject({ method: 'GET', url: '/api/needs-assessments', cookie: otherCoordinator.cookie });
    expect(history.json().items.map((x: { id: string }) => x.id)).toContain(a.id);
  });

  it('answers bad input with 400 naming the field', async () => {
    const cases: [object, string][] = [
      [{ assessedOn: 'yesterday' }, 'assessedOn'],
      [{ assessedOn: '2027-02-30' }, 'assessedOn'],
      [{ assessedOn: today, policeUnitId: 'not-a-uuid' }, 'policeUnitId'],
    ];
    for (const [payload, field] of cases) {
      const res = await create(admin, payload);
      expect([res.statusCode, res.json().errors?.[0]?.field ?? res.json().field]).toEqual([400, field]);
    }
    // A day in the future by the application's clock: tomorrow is allowed (time zones east of UTC), not after.
    const day = (offset: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
    const future = await create(admin, { assessedOn: day(2), policeUnitId: kyivUnit });
    expect([future.statusCode, future.json().code, future.json().field]).toEqual([
      400,
      'needs_assessment.assessed_in_future',
      'assessedOn',
    ]);
    const a = (await create(otherCoordinator, { assessedOn: today })).json();
    const bad: [object, string][] = [
      [
        { version: a.version, levels: [{ competencyId: a.levels[0].competencyId, currentLevel: 7 }] },
        'levels.0.currentLevel',
      ],
      [
        {
          version: a.version,
          roles: [{ competencyRoleId: a.levels[0].competencyId, officersNow: -1, officersNeeded: 1 }],
        },
        'roles.0.officersNow',
      ],
      [{ levels: [] }, 'version'],
    ];
    for (const [payload, field] of bad) {
      const res = await put(otherCoordinator, a.id, payload);
      expect([res.statusCode, res.json().errors?.[0]?.field ?? res.json().field]).toEqual([400, field]);
    }
    const unknownRole = await put(otherCoordinator, a.id, {
      version: a.version,
      roles: [{ competencyRoleId: a.levels[0].competencyId, officersNow: 1, officersNeeded: 1 }],
    });
    expect([unknownRole.statusCode, unknownRole.json().field]).toEqual([400, 'roles']);
    const later = await put(otherCoordinator, a.id, { version: a.version, assessedOn: day(2) });
    expect([later.statusCode, later.json().code, later.json().field]).toEqual([
      400,
      'needs_assessment.assessed_in_future',
      'assessedOn',
    ]);
    const tomorrow = await put(otherCoordinator, a.id, { version: a.version, assessedOn: day(1) });
    expect([tomorrow.statusCode, tomorrow.json().assessedOn]).toEqual([200, day(1)]);
    const review400 = await review(admin, a.id, { decision: 'maybe' });
    expect([review400.statusCode, review400.json().errors?.[0]?.field ?? review400.json().field]).toEqual([
      400,
      'decision',
    ]);
  });

  it('lets exactly one of two concurrent submits, approvals and creations through', async () => {
    const unit = await t.createUnit('CO');
    const coordinator = await t.signIn('coordinator', { policeUnitId: unit });
    const creations = await Promise.all([
      create(coordinator, { assessedOn: today }),
      create(coordinator, { assessedOn: today }),
    ]);
    expect(creations.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const id = creations.find((r) => r.statusCode === 201)!.json().id;
    const submits = await Promise.all([submit(coordinator, id), submit(coordinator, id)]);
    expect(submits.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const reviews = await Promise.all([
      review(admin, id, { decision: 'approve' }),
      review(admin, id, { decision: 'return', note: 'Too late' }),
    ]);
    expect(reviews.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [{ status, n }] = await t.db.query(
      `SELECT max(status::text) AS status, count(*)::int AS n FROM needs_assessment WHERE police_unit_id = $1`,
      [unit],
    );
    expect(n).toBe(1);
    expect(['approved', 'returned']).toContain(status);
  });

  it('keeps a renamed competency’s history; old assessments show the name they were made with', async () => {
    const framework = (
      await t.inject({ method: 'GET', url: '/api/competency-framework', cookie: admin.cookie })
    ).json();
    const osint = framework.competencies.find((c: { key: string }) => c.key === 'osint');
    expect(osint.name).toBe('Open-source intelligence');
    const officer = await t.signIn('officer');
    const forbidden = await t.inject({
      method: 'PATCH',
      url: `/api/competencies/${osint.id}`,
      cookie: officer.cookie,
      payload: { name: 'x' },
    });
    expect(forbidden.statusCode).toBe(403);
    const renamed = await t.inject({
      method: 'PATCH',
      url: `/api/competencies/${osint.id}`,
      cookie: admin.cookie,
      payload: { name: 'Open-source and social-media intelligence' },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ revision: osint.revision + 1, key: 'osint' });
    const revisions = (
      await t.inject({ method: 'GET', url: `/api/competencies/${osint.id}/revisions`, cookie: admin.cookie })
    ).json();
    expect(revisions.map((r: { name: string }) => r.name)).toEqual([
      'Open-source and social-media intelligence',
      'Open-source intelligence',
    ]);
    const [{ outdated }] = await t.db.query(
      `SELECT count(*)::int AS outdated FROM translation WHERE entity_type = 'competency' AND entity_id = $1 AND status = 'outdated'`,
      [osint.id],
    );
    expect(outdated).toBe(5);
    const [seeded] = await t.db.query(
      `SELECT na.id FROM needs_assessment na JOIN police_unit pu ON pu.id = na.police_unit_id WHERE pu.city = 'São Paulo'`,
    );
    const old = (
      await t.inject({ method: 'GET', url: `/api/needs-assessments/${seeded.id}`, cookie: admin.cookie })
    ).json();
    expect(old.levels.find((l: { competencyId: string }) => l.competencyId === osint.id).nameThen).toBe(
      'Open-source intelligence',
    );
    const created = await t.inject({
      method: 'POST',
      url: '/api/competencies',
      cookie: admin.cookie,
      payload: { key: 'osint', category: 'investigation', name: 'Duplicate', description: 'Same key' },
    });
    expect([created.statusCode, created.json().code]).toEqual([409, 'competency.key_taken']);
    const role = framework.roles[0];
    const required = await t.inject({
      method: 'PATCH',
      url: `/api/competency-roles/${role.id}`,
      cookie: admin.cookie,
      payload: { requirements: [{ competencyId: osint.id, level: 2 }] },
    });
    expect(required.json().requirements).toEqual([{ competencyId: osint.id, level: 2 }]);
  });
});
