import { officerIdentity, officerName, seesOfficerEmail } from './officer-name';

const UNIT = 'unit-a';
const officer = { id: 'o1', displayName: 'Олена Коваль', policeUnitId: UNIT, protected: false };
const seat = { number: 7, code: 'KZ-3F9', named: false };
const trainer = { id: 't1', role: 'trainer' as const, policeUnitId: null };
const memberAdmin = { id: 'm1', role: 'member_admin' as const, policeUnitId: null };
const admin = { id: 'a1', role: 'admin' as const, policeUnitId: null };
const colleague = { id: 'c1', role: 'coordinator' as const, policeUnitId: UNIT };
const otherUnitOfficer = { id: 'x1', role: 'officer' as const, policeUnitId: 'unit-b' };

describe('officerIdentity', () => {
  it('shows member-firm staff the per-cohort pseudonym, never the name', () => {
    for (const viewer of [trainer, memberAdmin]) {
      expect(officerIdentity({ ...officer, participant: seat }, viewer)).toEqual({
        name: 'Participant 7 · KZ-3F9',
        pseudonym: { number: 7, code: 'KZ-3F9' },
      });
    }
  });

  it('shows member-firm staff the name in a cohort the unit opted into named rosters', () => {
    expect(officerName({ ...officer, participant: { ...seat, named: true } }, trainer)).toBe('Олена Коваль');
  });

  it('keeps a protected officer pseudonymous outside the unit and the admins, named roster or not', () => {
    const p = { ...officer, protected: true, participant: { ...seat, named: true } };
    expect(officerName(p, trainer)).toBe('Participant 7 · KZ-3F9');
    expect(officerName(p, otherUnitOfficer)).toBe('Participant 7 · KZ-3F9');
    expect(officerName(p, colleague)).toBe('Олена Коваль');
    expect(officerName(p, admin)).toBe('Олена Коваль');
    expect(officerName(p, { id: 'o1', role: 'officer', policeUnitId: UNIT })).toBe('Олена Коваль');
  });

  it('outside a cohort gives a stable "Officer" code that does not reveal the id', () => {
    const a = officerIdentity({ ...officer, protected: true }, trainer);
    const b = officerIdentity({ ...officer, protected: true }, memberAdmin);
    expect(a.pseudonym?.number).toBeNull();
    expect(a.name).toMatch(/^Officer [0-9A-HJKMNP-TV-Z]{2}-[0-9A-HJKMNP-TV-Z]{3}$/);
    expect(b.name).toBe(a.name);
    expect(officerIdentity({ ...officer, id: 'o2', protected: true }, trainer).name).not.toBe(a.name);
  });

  it('lets officers of other units (local trainers) see an unprotected colleague by name', () => {
    expect(officerName({ ...officer, participant: seat }, otherUnitOfficer)).toBe('Олена Коваль');
  });

  it('names a co-trainer to member-firm staff unless protected', () => {
    expect(officerName({ ...officer, teaching: true }, trainer)).toBe('Олена Коваль');
    expect(officerName({ ...officer, teaching: true, protected: true }, trainer)).toMatch(/^Officer [0-9A-Z]{2}-/);
  });
});

describe('seesOfficerEmail', () => {
  it('never gives member-firm staff an officer’s e-mail, even in a named roster', () => {
    const named = { ...officer, participant: { ...seat, named: true } };
    expect(seesOfficerEmail(named, trainer)).toBe(false);
    expect(seesOfficerEmail(named, memberAdmin)).toBe(false);
    expect(seesOfficerEmail(named, admin)).toBe(true);
    expect(seesOfficerEmail(named, colleague)).toBe(true);
    expect(seesOfficerEmail(named, otherUnitOfficer)).toBe(true);
    expect(seesOfficerEmail({ ...named, protected: true }, otherUnitOfficer)).toBe(false);
    expect(seesOfficerEmail({ ...officer, policeUnitId: null }, trainer)).toBe(true);
  });
});
