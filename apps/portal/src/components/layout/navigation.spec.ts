import { ROLES, type Role } from '@icspa/domain';
import { paths } from '@/config/paths';
import { navigationFor, translatorNavigation } from './navigation';

const keys = (role: Role) => navigationFor(role).map((item) => item.key);

describe('navigationFor', () => {
  it('gives an admin the home page, the admin lists and the catalogue', () => {
    expect(keys('admin')).toEqual([
      'home',
      'users',
      'policeUnits',
      'memberFirms',
      'countries',
      'auditLog',
      'adminCourses',
      'adminCohorts',
      'trainingRequests',
      'workplans',
      'trainers',
      'localTrainers',
      'adminProgrammes',
      'adminCertifications',
      'uptake',
      'cascade',
      'needsAssessments',
      'competencyFramework',
      'translations',
      'catalogue',
      'calendar',
      'profile',
    ]);
  });

  it('adds Translations once for a user holding a translate grant', () => {
    expect(translatorNavigation(navigationFor('trainer')).map((i) => i.key)).toContain('translations');
    expect(translatorNavigation(navigationFor('admin')).filter((i) => i.key === 'translations')).toHaveLength(1);
    expect(keys('trainer')).not.toContain('translations');
  });

  it('gives every role its calendar and its profile, last', () => {
    for (const role of ROLES) expect(keys(role).slice(-2)).toEqual(['calendar', 'profile']);
  });

  it('gives an officer their learning, their certifications, the catalogue, their unit and local trainers', () => {
    expect(keys('officer')).toEqual([
      'myLearning',
      'myCertifications',
      'catalogue',
      'myUnit',
      'localTrainers',
      'calendar',
      'profile',
    ]);
  });

  it('gives a coordinator their learning, their certifications, the catalogue, nominations, the unit’s enrolments and roster, the unit and its uptake', () => {
    expect(keys('coordinator')).toEqual([
      'myLearning',
      'myCertifications',
      'catalogue',
      'nominate',
      'unitEnrolments',
      'unitRoster',
      'trainingRequests',
      'myUnit',
      'unitUptake',
      'needsAssessments',
      'localTrainers',
      'users',
      'calendar',
      'profile',
    ]);
  });

  it('gives a trainer their cohorts, proposals, assignments and availability, the catalogue and their firm', () => {
    expect(keys('trainer')).toEqual([
      'myCohorts',
      'proposals',
      'myAssignments',
      'availability',
      'catalogue',
      'myFirm',
      'calendar',
      'profile',
    ]);
  });

  it('gives a member admin the firm’s trainers and assignments, regional uptake, the catalogue and their firm', () => {
    expect(keys('member_admin')).toEqual([
      'ourTrainers',
      'ourAssignments',
      'uptake',
      'cascade',
      'planDemand',
      'users',
      'catalogue',
      'myFirm',
      'calendar',
      'profile',
    ]);
  });

  it('shows training requests to coordinators and admins, the trainer pages to trainers, and the firm’s trainers to member admins', () => {
    for (const role of ROLES) {
      expect(keys(role).includes('trainingRequests')).toBe(role === 'coordinator' || role === 'admin');
      for (const key of ['proposals', 'myAssignments', 'availability'] as const)
        expect(keys(role).includes(key)).toBe(role === 'trainer');
      for (const key of ['ourTrainers', 'ourAssignments'] as const)
        expect(keys(role).includes(key)).toBe(role === 'member_admin');
      expect(keys(role).includes('trainers')).toBe(role === 'admin');
    }
  });

  it('shows regional uptake to admins and member admins, and the unit’s comparison to coordinators', () => {
    for (const role of ROLES) {
      expect(keys(role).includes('uptake')).toBe(role === 'admin' || role === 'member_admin');
      expect(keys(role).includes('unitUptake')).toBe(role === 'coordinator');
    }
  });

  it('shows People to the roles that manage accounts only', () => {
    for (const role of ROLES)
      expect(keys(role).includes('users')).toBe(role === 'admin' || role === 'coordinator' || role === 'member_admin');
  });

  it('shows every role the catalogue', () => {
    for (const role of ROLES) expect(keys(role)).toContain('catalogue');
  });

  it('matches only home exactly, so an item stays current on the pages below it', () => {
    for (const role of ROLES) {
      for (const item of navigationFor(role)) {
        if (item.key === 'home') expect(item).toEqual({ key: 'home', to: paths.app.home.getHref(), end: true });
        else expect(item.end).toBeUndefined();
      }
    }
  });

  it('links only to paths of the route registry, each once', () => {
    const registered = new Set<string>(Object.values(paths.app).map((route) => route.path));
    for (const role of ROLES) {
      const targets = navigationFor(role).map((item) => item.to);
      for (const to of targets) expect(registered).toContain(to);
      expect(new Set(targets).size).toBe(targets.length);
    }
  });

  it('shows admin pages to admins only', () => {
    const adminOnly = [
      'policeUnits',
      'memberFirms',
      'auditLog',
      'adminCourses',
      'adminCohorts',
      'adminProgrammes',
      'adminCertifications',
      'workplans',
    ];
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(keys(role).filter((k) => adminOnly.includes(k))).toEqual([]);
    }
  });

  it('shows study pages to officers and coordinators, and coordination pages to coordinators only', () => {
    for (const role of ROLES) {
      expect(keys(role).includes('myLearning')).toBe(role === 'officer' || role === 'coordinator');
      expect(keys(role).includes('myCertifications')).toBe(role === 'officer' || role === 'coordinator');
      expect(keys(role).includes('nominate')).toBe(role === 'coordinator');
      expect(keys(role).includes('unitEnrolments')).toBe(role === 'coordinator');
      expect(keys(role).includes('myCohorts')).toBe(role === 'trainer');
    }
  });
});
