import { TestApp, TestUser } from '../../../test/test-app';

describe('organisations: who sees which unit and firm', () => {
  let t: TestApp;
  let admin: TestUser;
  let kyivUnit: string;
  let lagosUnit: string;
  let officer: TestUser;
  let coordinator: TestUser;
  let trendFirm: string;
  let mcafeeFirm: string;
  let trainer: TestUser;
  let member: TestUser;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.signIn('admin');
    kyivUnit = await t.createUnit('UA', 'Cyber Police — Kyiv');
    lagosUnit = await t.createUnit('NG', 'Cybercrime Unit — Lagos');
    officer = await t.signIn('officer', { policeUnitId: kyivUnit });
    coordinator = await t.signIn('coordinator', { policeUnitId: kyivUnit });
    trendFirm = await t.createFirm('Trend Micro Test');
    mcafeeFirm = await t.createFirm('McAfee Test');
    trainer = await t.signIn('trainer', { memberFirmId: trendFirm });
    member = await t.signIn('member_admin', { memberFirmId: mcafeeFirm });
  });
  afterAll(() => t.close());

  it('lets officers and coordinators read their own unit only', async () => {
    for (const user of [officer, coordinator]) {
      const own = await t.inject({ method: 'GET', url: `/api/police-units/${kyivUnit}`, cookie: user.cookie });
      expect(own.statusCode).toBe(200);
      expect(own.json()).toMatchObject({ id: kyivUnit, countryCode: 'UA' });
      const other = await t.inject({ method: 'GET', url: `/api/police-units/${lagosUnit}`, cookie: user.cookie });
      expect(other.statusCode).toBe(404);
      expect(JSON.stringify(other.json())).not.toContain('Lagos');
      const list = await t.inject({ method: 'GET', url: '/api/police-units', cookie: user.cookie });
      expect(list.json().items.map((u: { id: string }) => u.id)).toEqual([kyivUnit]);
      const filtered = await t.inject({ method: 'GET', url: '/api/police-units?country=NG', cookie: user.cookie });
      expect(filtered.json().total).toBe(0);
    }
  });

  it('lets admins list and filter all units', async () => {
    const all = await t.inject({ method: 'GET', url: '/api/police-units?pageSize=100', cookie: admin.cookie });
    expect(all.json().total).toBeGreaterThanOrEqual(2);
    const ng = await t.inject({ method: 'GET', url: '/api/police-units?country=NG', cookie: admin.cookie });
    expect(ng.json().items.map((u: { id: string }) => u.id)).toContain(lagosUnit);
    const region = await t.inject({
      method: 'GET',
      url: '/api/police-units?region=eastern-europe&q=kyiv',
      cookie: admin.cookie,
    });
    expect(region.json().items.map((u: { id: string }) => u.id)).toEqual([kyivUnit]);
  });

  it('lets trainers and member admins read their own firm only', async () => {
    expect(
      (await t.inject({ method: 'GET', url: `/api/member-firms/${trendFirm}`, cookie: trainer.cookie })).statusCode,
    ).toBe(200);
    expect(
      (await t.inject({ method: 'GET', url: `/api/member-firms/${mcafeeFirm}`, cookie: trainer.cookie })).statusCode,
    ).toBe(404);
    expect(
      (await t.inject({ method: 'GET', url: `/api/member-firms/${mcafeeFirm}`, cookie: member.cookie })).statusCode,
    ).toBe(200);
    expect(
      (await t.inject({ method: 'GET', url: `/api/member-firms/${trendFirm}`, cookie: member.cookie })).statusCode,
    ).toBe(404);
    const list = await t.inject({ method: 'GET', url: '/api/member-firms', cookie: member.cookie });
    expect(list.json().items.map((f: { id: string }) => f.id)).toEqual([mcafeeFirm]);
  });

  it('refuses officers, coordinators, trainers and member admins every organisation write', async () => {
    for (const user of [officer, coordinator, trainer, member]) {
      const responses = await Promise.all([
        t.inject({
          method: 'POST',
          url: '/api/police-units',
          cookie: user.cookie,
          payload: { name: 'X unit', agency: 'X', city: 'X', countryCode: 'UA' },
        }),
        t.inject({
          method: 'PATCH',
          url: `/api/police-units/${kyivUnit}`,
          cookie: user.cookie,
          payload: { name: 'Renamed' },
        }),
        t.inject({
          method: 'PATCH',
          url: `/api/member-firms/${user.memberFirmId ?? trendFirm}`,
          cookie: user.cookie,
          payload: { name: 'Renamed' },
        }),
        t.inject({ method: 'PATCH', url: '/api/countries/UA', cookie: user.cookie, payload: { hotspot: false } }),
      ]);
      expect(responses.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
    }
    const [unit] = await t.db.query(`SELECT name FROM police_unit WHERE id = $1`, [kyivUnit]);
    expect(unit.name).toBe('Cyber Police — Kyiv');
  });

  it('records every admin write in the audit log, in the same transaction', async () => {
    const created = await t.inject({
      method: 'POST',
      url: '/api/police-units',
      cookie: admin.cookie,
      payload: {
        name: 'Ciberdelitos — Bogotá',
        agency: 'Policía Nacional de Colombia',
        city: 'Bogotá',
        countryCode: 'CO',
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const renamed = await t.inject({
      method: 'PATCH',
      url: `/api/police-units/${id}`,
      cookie: admin.cookie,
      payload: { city: 'Medellín' },
    });
    expect(renamed.json().city).toBe('Medellín');
    const firm = await t.inject({
      method: 'POST',
      url: '/api/member-firms',
      cookie: admin.cookie,
      payload: { name: 'ESET Test', countryCode: 'SK', website: 'https://www.eset.com' },
    });
    expect(firm.statusCode).toBe(201);
    const hotspot = await t.inject({
      method: 'PATCH',
      url: '/api/countries/MD',
      cookie: admin.cookie,
      payload: { hotspot: true },
    });
    expect(hotspot.json()).toMatchObject({ code: 'MD', hotspot: true });

    const audit = await t.inject({
      method: 'GET',
      url: `/api/audit-events?actorId=${admin.id}&pageSize=100`,
      cookie: admin.cookie,
    });
    const actions = audit
      .json()
      .items.map((e: { action: string; object: { id: string } }) => `${e.action} ${e.object.id}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        `police_unit.create ${id}`,
        `police_unit.update ${id}`,
        `member_firm.create ${firm.json().id}`,
        'country.update MD',
      ]),
    );
    expect(audit.json().items[0].actor.email).toBe(admin.email);

    // A write that fails leaves neither the row nor an audit event.
    const before = Number((await t.db.query(`SELECT count(*) FROM audit_event`))[0].count);
    const duplicate = await t.inject({
      method: 'POST',
      url: '/api/member-firms',
      cookie: admin.cookie,
      payload: { name: 'ESET Test', countryCode: 'SK' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().message).toMatch(/^name:/);
    const unknownCountry = await t.inject({
      method: 'POST',
      url: '/api/police-units',
      cookie: admin.cookie,
      payload: { name: 'Nowhere unit', agency: 'Nowhere Police', city: 'Nowhere', countryCode: 'XX' },
    });
    expect(unknownCountry.statusCode).toBe(400);
    expect(unknownCountry.json().message).toMatch(/^countryCode:/);
    expect(Number((await t.db.query(`SELECT count(*) FROM audit_event`))[0].count)).toBe(before);
  });

  it('keeps the audit log for admins only', async () => {
    for (const user of [officer, coordinator, trainer, member]) {
      expect((await t.inject({ method: 'GET', url: '/api/audit-events', cookie: user.cookie })).statusCode).toBe(403);
    }
  });

  it('serves regions and countries to any signed-in user, with hotspots flagged', async () => {
    const regions = await t.inject({ method: 'GET', url: '/api/regions', cookie: officer.cookie });
    expect(regions.json().length).toBeGreaterThanOrEqual(10);
    const hotspots = await t.inject({
      method: 'GET',
      url: '/api/countries?hotspot=true&pageSize=100',
      cookie: officer.cookie,
    });
    const codes = hotspots.json().items.map((c: { code: string }) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['BR', 'RU', 'UA', 'CN', 'NG', 'IN', 'RO', 'VN', 'ID', 'PH']));
  });
});
