import { matchPath } from 'react-router';
import { isSafeRedirect, paths, redirectAfterSignIn } from './paths';

const ID = '0b7c2f4e-3d4a-4c55-9a71-5d2b8f0e6a11';
const OTHER = '9e1d5a70-8b3c-4f2e-a6d4-1c0f7b2e9d38';

/** Every route with parameters, with a link built to it and the parameters it must carry. */
const OBJECT_LINKS: Array<[string, string, Record<string, string>]> = [
  [paths.app.course.path, paths.app.course.getHref({ courseId: ID }), { courseId: ID }],
  [paths.app.workplan.path, paths.app.workplan.getHref({ workplanId: ID }), { workplanId: ID }],
  [
    paths.app.lesson.path,
    paths.app.lesson.getHref({ enrolmentId: ID, lessonId: OTHER }),
    { enrolmentId: ID, lessonId: OTHER },
  ],
  [paths.app.assessment.path, paths.app.assessment.getHref({ enrolmentId: ID }), { enrolmentId: ID }],
  [
    paths.app.attempt.path,
    paths.app.attempt.getHref({ enrolmentId: ID, attemptId: OTHER }),
    { enrolmentId: ID, attemptId: OTHER },
  ],
  [paths.app.roster.path, paths.app.roster.getHref({ cohortId: ID }), { cohortId: ID }],
  [paths.app.sessionAttendance.path, paths.app.sessionAttendance.getHref({ sessionId: ID }), { sessionId: ID }],
  [paths.app.trainingRequest.path, paths.app.trainingRequest.getHref({ requestId: ID }), { requestId: ID }],
  [paths.app.needsAssessment.path, paths.app.needsAssessment.getHref({ assessmentId: ID }), { assessmentId: ID }],
  [paths.app.trainer.path, paths.app.trainer.getHref({ trainerId: ID }), { trainerId: ID }],
  [paths.app.adminCourse.path, paths.app.adminCourse.getHref({ courseId: ID }), { courseId: ID }],
  [paths.app.adminCohort.path, paths.app.adminCohort.getHref({ cohortId: ID }), { cohortId: ID }],
  [paths.app.adminProgramme.path, paths.app.adminProgramme.getHref({ programmeId: ID }), { programmeId: ID }],
  [paths.app.user.path, paths.app.user.getHref({ userId: ID }), { userId: ID }],
  [paths.app.trainingRecord.path, paths.app.trainingRecord.getHref({ officerId: ID }), { officerId: ID }],
  [
    paths.app.courseTranslations.path,
    paths.app.courseTranslations.getHref({ courseId: ID, locale: 'pt-BR' }),
    { courseId: ID, locale: 'pt-BR' },
  ],
];

describe('paths', () => {
  it('builds every link to a page without parameters from its route pattern', () => {
    for (const route of Object.values(paths.app)) {
      expect(route.path.startsWith('/')).toBe(true);
      if (route.path.includes(':')) continue;
      expect((route.getHref as () => string)()).toBe(route.path);
    }
  });

  it('builds links to one object that its route pattern matches, with the same parameters', () => {
    const withParameters = Object.values(paths.app).filter((route) => route.path.includes(':'));
    expect(OBJECT_LINKS.map(([pattern]) => pattern).sort()).toEqual(withParameters.map((route) => route.path).sort());
    for (const [pattern, href, params] of OBJECT_LINKS) {
      expect(matchPath(pattern, href)?.params).toEqual(params);
    }
  });

  it('keeps an id inside its path segment', () => {
    expect(paths.app.course.getHref({ courseId: '../admin?x=1' })).toBe('/catalogue/..%2Fadmin%3Fx%3D1');
  });

  it('does not let a "new" page be taken for an object id', () => {
    expect(matchPath(paths.app.adminCourseNew.path, paths.app.adminCourseNew.getHref())).not.toBeNull();
    expect(matchPath(paths.app.userNew.path, paths.app.userNew.getHref())).not.toBeNull();
    expect(
      matchPath(paths.app.adminCohortNew.path, paths.app.adminCohortNew.getHref({ courseId: ID }).split('?')[0]),
    ).not.toBeNull();
    expect(
      matchPath(
        paths.app.trainingRequestNew.path,
        paths.app.trainingRequestNew.getHref({ courseId: ID }).split('?')[0],
      ),
    ).not.toBeNull();
  });

  it('keeps the catalogue search and filters in the query string', () => {
    expect(
      paths.app.catalogue.getHref({
        q: '  crypto wallets ',
        level: 'foundation',
        topic: 'osint',
        language: 'uk',
        page: 2,
      }),
    ).toBe('/catalogue?q=crypto+wallets&topic=osint&language=uk&level=foundation&page=2');
    expect(paths.app.catalogue.getHref({ q: '   ' })).toBe('/catalogue');
    expect(paths.app.myLearning.getHref({ status: 'enrolled' })).toBe('/learning?status=enrolled');
    expect(paths.app.adminCohorts.getHref({ courseId: ID, status: 'open', page: 1 })).toBe(
      `/admin/cohorts?courseId=${ID}&status=open`,
    );
    expect(paths.app.nominate.getHref({ cohort: ID })).toBe(`/unit/nominate?cohort=${ID}`);
  });

  it('has no two routes on the same path', () => {
    const all = [
      paths.auth.signIn.path,
      paths.public.verify.path,
      paths.public.programme.path,
      ...Object.values(paths.app).map((r) => r.path),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps the list page and filters in the query string, leaving out defaults', () => {
    expect(paths.app.users.getHref({ page: 1 })).toBe('/people');
    expect(paths.app.users.getHref({ page: 3, role: 'trainer' })).toBe('/people?role=trainer&page=3');
    expect(paths.app.policeUnits.getHref({ region: 'eastern-europe', country: 'UA', page: 2 })).toBe(
      '/admin/police-units?region=eastern-europe&country=UA&page=2',
    );
    expect(paths.app.policeUnits.getHref({ region: undefined, country: '' })).toBe('/admin/police-units');
    expect(paths.app.memberFirms.getHref({ page: 2 })).toBe('/admin/member-firms?page=2');
    expect(paths.app.auditLog.getHref({ page: 0 })).toBe('/admin/audit-log');
  });

  it('keeps the certification filters in the query string', () => {
    expect(
      paths.app.adminCertifications.getHref({ status: 'revoked', programmeId: ID, holderId: ` ${OTHER} `, page: 2 }),
    ).toBe(`/admin/certifications?status=revoked&programmeId=${ID}&holderId=${OTHER}&page=2`);
    expect(paths.app.adminCertifications.getHref({ holderId: '  ' })).toBe('/admin/certifications');
    expect(matchPath(paths.app.adminProgrammeNew.path, paths.app.adminProgrammeNew.getHref())).not.toBeNull();
  });

  it('keeps the regional uptake drill-down, period and filters in the query string', () => {
    expect(
      paths.app.uptake.getHref({
        region: 'europe',
        country: 'UA',
        from: '2025-04',
        to: '2026-03',
        figure: 'completions',
        topic: '',
      }),
    ).toBe('/uptake?from=2025-04&to=2026-03&region=europe&country=UA&figure=completions');
    expect(paths.app.unitUptake.getHref({ from: '2025-01', courseId: ID })).toBe(
      `/unit/uptake?from=2025-01&courseId=${ID}`,
    );
  });

  it('opens the public verification page with a code, or without one for its form', () => {
    const code = 'Zx9_abcDEF-1234567890abcd';
    expect(paths.public.verify.getHref(code)).toBe(`/verify/${code}`);
    expect(matchPath(paths.public.verify.path, paths.public.verify.getHref(code))?.params).toEqual({ code });
    expect(paths.public.verify.getHref()).toBe('/verify');
    expect(matchPath(paths.public.programme.path, paths.public.programme.getHref(ID))?.params).toEqual({ id: ID });
    expect(paths.public.programme.getHref('a/../b')).toBe('/programmes/a%2F..%2Fb');
    expect(matchPath(paths.public.verify.path, paths.public.verify.getHref())).not.toBeNull();
    expect(paths.public.verify.getHref('a/../b')).toBe('/verify/a%2F..%2Fb');
  });

  it('keeps the training request and assignment filters in the query string', () => {
    expect(paths.app.trainingRequests.getHref({ status: 'proposed', page: 2 })).toBe(
      '/training-requests?status=proposed&page=2',
    );
    expect(paths.app.assignments.getHref({ status: 'accepted', page: 1 })).toBe('/assignments?status=accepted');
    expect(paths.app.trainingRequestNew.getHref({ courseId: ID })).toBe(`/training-requests/new?courseId=${ID}`);
  });

  it('carries where the user was going to the sign-in page, encoded', () => {
    expect(paths.auth.signIn.getHref()).toBe('/sign-in');
    expect(paths.auth.signIn.getHref('/')).toBe('/sign-in');
    expect(paths.auth.signIn.getHref('/admin/users?page=2')).toBe('/sign-in?redirectTo=%2Fadmin%2Fusers%3Fpage%3D2');
  });

  it('never carries an off-site redirect', () => {
    expect(paths.auth.signIn.getHref('//evil.example/x')).toBe('/sign-in');
    expect(paths.auth.signIn.getHref('https://evil.example')).toBe('/sign-in');
  });

  describe('after sign-in', () => {
    it('returns to a same-origin path', () => {
      expect(redirectAfterSignIn('/my-unit')).toBe('/my-unit');
      expect(redirectAfterSignIn('/admin/users?page=2')).toBe('/admin/users?page=2');
    });

    it.each([
      null,
      undefined,
      '',
      'admin',
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      '/sign-in',
    ])('goes home instead of %p', (target) => {
      expect(redirectAfterSignIn(target)).toBe(paths.app.home.getHref());
    });

    it('accepts only absolute same-origin paths', () => {
      expect(isSafeRedirect('/')).toBe(true);
      expect(isSafeRedirect('//x')).toBe(false);
    });
  });
});
