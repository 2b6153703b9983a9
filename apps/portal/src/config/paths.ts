/**
 * The one route registry: every route and every link is built from here, never from a string literal.
 * `path` is the router pattern, `getHref` builds a link to it.
 */

/** Query-string helper that drops empty values, so links stay short and stable. */
function withQuery(pathname: string, query: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

export interface ListQuery {
  page?: number;
}

export interface CatalogueQuery extends ListQuery {
  /** Full-text search */
  q?: string;
  topic?: string;
  language?: string;
  level?: string;
  /** Only courses readable whole in this content locale ("available in my language"). */
  availableIn?: string;
}

/** The admin cohort list's filters and order, all kept in the address. */
export interface AdminCohortsQuery {
  courseId?: string;
  status?: string;
  /** YYYY-MM-DD: cohorts running at some time from this day … */
  from?: string;
  /** … to this one */
  to?: string;
  countryCode?: string;
  trainerId?: string;
  /** `true`: only cohorts with no trainer yet */
  withoutTrainer?: string;
  /** `upcoming` (the default, left out), `starts`, `-starts` */
  sort?: string;
}

/** The regional uptake filters: whole months (YYYY-MM) and what was taught. */
export interface UptakePeriodQuery {
  from?: string;
  to?: string;
  topic?: string;
  courseId?: string;
}

/** The dashboard's place in the drill-down (region → country) and the figure the map shows. */
export interface UptakeQuery extends UptakePeriodQuery {
  region?: string;
  country?: string;
  figure?: string;
}

/** The audit log's filters: who acted (user id), on what (kind and id), which action, which days (YYYY-MM-DD). */
export interface AuditLogQuery extends ListQuery {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
}

/** The unit roster's filters. */
export interface RosterQuery extends ListQuery {
  /** Police unit id (admins). */
  unit?: string;
  /** `expiring` or `never_trained`. */
  status?: string;
  /** Holds a certification in force of this programme (id). */
  programme?: string;
  /** Days ahead "expiring" looks (default 60). */
  within?: number;
  /** The people search: name (typos forgiven) or start of the e-mail. */
  q?: string;
}

/** One path segment from an id, escaped (ids are UUIDs, but a link must never break out of its segment). */
const seg = (value: string) => encodeURIComponent(value);

export const paths = {
  auth: {
    signIn: {
      path: '/sign-in',
      getHref: (redirectTo?: string | null) =>
        withQuery('/sign-in', {
          redirectTo: redirectTo && isSafeRedirect(redirectTo) && redirectTo !== '/' ? redirectTo : undefined,
        }),
    },
  },
  /** Where a reader who forgot their password asks for a link, and where a one-time link leads. */
  account: {
    forgotPassword: { path: '/forgot-password', getHref: () => '/forgot-password' },
    /** The token rides in the fragment (`#token=…`), which browsers send to no server. */
    setPassword: {
      path: '/account/set-password',
      getHref: (token?: string) =>
        token ? `/account/set-password#token=${encodeURIComponent(token)}` : '/account/set-password',
    },
  },
  /** Pages anyone may open, signed in or not. */
  public: {
    /** The public verification page: the code is what certificates and share links carry; without one, a form asks for it. */
    verify: {
      path: '/verify/:code?',
      getHref: (code?: string) => (code ? `/verify/${seg(code)}` : '/verify'),
    },
    /** A certification programme's public page: what the achievement of a credential is (its `achievement.id`). */
    programme: {
      path: '/programmes/:id',
      getHref: (id: string) => `/programmes/${seg(id)}`,
    },
  },
  app: {
    home: { path: '/', getHref: () => '/' },
    profile: { path: '/profile', getHref: () => '/profile' },
    myUnit: { path: '/my-unit', getHref: () => '/my-unit' },
    /** The coordinator's unit roster (admins: any unit, `unit`), filters in the address. */
    unitRoster: {
      path: '/unit/roster',
      getHref: (query: RosterQuery = {}) =>
        withQuery('/unit/roster', {
          unit: query.unit,
          status: query.status,
          programme: query.programme,
          within: query.within,
          q: query.q,
          page: pageParam(query.page),
        }),
    },
    /** One officer's training record (the officer, their unit's coordinator, admins). */
    trainingRecord: {
      path: '/officers/:officerId/training-record',
      getHref: ({ officerId }: { officerId: string }) => `/officers/${seg(officerId)}/training-record`,
    },
    myFirm: { path: '/my-firm', getHref: () => '/my-firm' },
    /** People: the accounts the reader manages (admins all, member admins their trainers, coordinators their officers). */
    users: {
      path: '/people',
      getHref: (query: ListQuery & { role?: string; q?: string } = {}) =>
        withQuery('/people', { q: query.q?.trim(), role: query.role, page: pageParam(query.page) }),
    },
    userNew: { path: '/people/new', getHref: () => '/people/new' },
    user: {
      path: '/people/:userId',
      getHref: ({ userId }: { userId: string }) => `/people/${seg(userId)}`,
    },
    /** Translation progress per course and locale (admins, and holders of a translate grant). */
    translations: { path: '/translations', getHref: () => '/translations' },
    /** A course's strings side by side in one locale. */
    courseTranslations: {
      path: '/translations/:courseId/:locale',
      getHref: ({ courseId, locale }: { courseId: string; locale: string }) =>
        `/translations/${seg(courseId)}/${seg(locale)}`,
    },
    policeUnits: {
      path: '/admin/police-units',
      getHref: (query: ListQuery & { region?: string; country?: string } = {}) =>
        withQuery('/admin/police-units', { region: query.region, country: query.country, page: pageParam(query.page) }),
    },
    /** Admins: each country's retention of officers' personal data. */
    countries: {
      path: '/admin/countries',
      getHref: (query: { region?: string; country?: string } = {}) =>
        withQuery('/admin/countries', { region: query.region, country: query.country }),
    },
    memberFirms: {
      path: '/admin/member-firms',
      getHref: (query: ListQuery = {}) => withQuery('/admin/member-firms', { page: pageParam(query.page) }),
    },
    auditLog: {
      path: '/admin/audit-log',
      getHref: (query: AuditLogQuery = {}) =>
        withQuery('/admin/audit-log', {
          actor: query.actor,
          entityType: query.entityType,
          entityId: query.entityId,
          action: query.action,
          from: query.from,
          to: query.to,
          page: pageParam(query.page),
        }),
    },
    catalogue: {
      path: '/catalogue',
      getHref: (query: CatalogueQuery = {}) =>
        withQuery('/catalogue', {
          q: query.q?.trim(),
          topic: query.topic,
          language: query.language,
          level: query.level,
          availableIn: query.availableIn,
          page: pageParam(query.page),
        }),
    },
    course: {
      path: '/catalogue/:courseId',
      getHref: (params: { courseId: string }) => `/catalogue/${seg(params.courseId)}`,
    },
    myLearning: {
      path: '/learning',
      getHref: (query: ListQuery & { status?: string } = {}) =>
        withQuery('/learning', { status: query.status, page: pageParam(query.page) }),
    },
    lesson: {
      path: '/learning/:enrolmentId/lessons/:lessonId',
      getHref: (params: { enrolmentId: string; lessonId: string }) =>
        `/learning/${seg(params.enrolmentId)}/lessons/${seg(params.lessonId)}`,
    },
    assessment: {
      path: '/learning/:enrolmentId/assessment',
      getHref: (params: { enrolmentId: string }) => `/learning/${seg(params.enrolmentId)}/assessment`,
    },
    attempt: {
      path: '/learning/:enrolmentId/attempts/:attemptId',
      getHref: (params: { enrolmentId: string; attemptId: string }) =>
        `/learning/${seg(params.enrolmentId)}/attempts/${seg(params.attemptId)}`,
    },
    nominate: {
      path: '/unit/nominate',
      getHref: (query: { cohort?: string; q?: string } = {}) =>
        withQuery('/unit/nominate', { cohort: query.cohort, q: query.q?.trim() }),
    },
    /** Bulk onboarding: a coordinator's own unit; an admin names the unit (`unit`). */
    importOfficers: {
      path: '/unit/import',
      getHref: (query: { unit?: string } = {}) => withQuery('/unit/import', { unit: query.unit }),
    },
    unitEnrolments: {
      path: '/unit/enrolments',
      getHref: (query: ListQuery & { status?: string } = {}) =>
        withQuery('/unit/enrolments', { status: query.status, page: pageParam(query.page) }),
    },
    myCohorts: {
      path: '/my-cohorts',
      getHref: (query: ListQuery = {}) => withQuery('/my-cohorts', { page: pageParam(query.page) }),
    },
    roster: {
      path: '/cohorts/:cohortId/roster',
      getHref: (params: { cohortId: string }) => `/cohorts/${seg(params.cohortId)}/roster`,
    },
    /** One training session's sign-in sheet (the cohort's trainer, admins). */
    sessionAttendance: {
      path: '/sessions/:sessionId/attendance',
      getHref: (params: { sessionId: string }) => `/sessions/${seg(params.sessionId)}/attendance`,
    },
    /** The user's calendar (every role). */
    calendar: { path: '/calendar', getHref: () => '/calendar' },
    trainingRequests: {
      path: '/training-requests',
      getHref: (query: ListQuery & { status?: string } = {}) =>
        withQuery('/training-requests', { status: query.status, page: pageParam(query.page) }),
    },
    trainingRequestNew: {
      path: '/training-requests/new',
      getHref: (query: { courseId?: string } = {}) => withQuery('/training-requests/new', { courseId: query.courseId }),
    },
    trainingRequest: {
      path: '/training-requests/:requestId',
      getHref: (params: { requestId: string }) => `/training-requests/${seg(params.requestId)}`,
    },
    proposals: {
      path: '/proposals',
      /** `assignment` (and `answer`) come from the proposal e-mail's links: that proposal is shown first, ready to answer. */
      getHref: (query: ListQuery & { assignment?: string; answer?: 'accept' | 'decline' } = {}) =>
        withQuery('/proposals', { assignment: query.assignment, answer: query.answer, page: pageParam(query.page) }),
    },
    assignments: {
      path: '/assignments',
      getHref: (query: ListQuery & { status?: string } = {}) =>
        withQuery('/assignments', { status: query.status, page: pageParam(query.page) }),
    },
    availability: { path: '/availability', getHref: () => '/availability' },
    localTrainers: {
      path: '/local-trainers',
      getHref: (query: ListQuery = {}) => withQuery('/local-trainers', { page: pageParam(query.page) }),
    },
    trainers: {
      path: '/trainers',
      getHref: (query: ListQuery & { q?: string } = {}) =>
        withQuery('/trainers', { q: query.q?.trim(), page: pageParam(query.page) }),
    },
    trainer: {
      path: '/trainers/:trainerId',
      getHref: (params: { trainerId: string }) => `/trainers/${seg(params.trainerId)}`,
    },
    adminCourses: {
      path: '/admin/courses',
      getHref: (query: ListQuery & { status?: string; q?: string } = {}) =>
        withQuery('/admin/courses', { q: query.q?.trim(), status: query.status, page: pageParam(query.page) }),
    },
    adminCourseNew: { path: '/admin/courses/new', getHref: () => '/admin/courses/new' },
    adminCourse: {
      path: '/admin/courses/:courseId',
      getHref: (params: { courseId: string }) => `/admin/courses/${seg(params.courseId)}`,
    },
    adminCohorts: {
      path: '/admin/cohorts',
      getHref: (query: ListQuery & AdminCohortsQuery = {}) =>
        withQuery('/admin/cohorts', {
          courseId: query.courseId,
          status: query.status,
          from: query.from,
          to: query.to,
          countryCode: query.countryCode,
          trainerId: query.trainerId,
          withoutTrainer: query.withoutTrainer,
          sort: query.sort,
          page: pageParam(query.page),
        }),
    },
    adminCohortNew: {
      path: '/admin/cohorts/new',
      getHref: (query: { courseId?: string } = {}) => withQuery('/admin/cohorts/new', { courseId: query.courseId }),
    },
    adminCohort: {
      path: '/admin/cohorts/:cohortId',
      getHref: (params: { cohortId: string }) => `/admin/cohorts/${seg(params.cohortId)}`,
    },
    myCertifications: { path: '/certifications', getHref: () => '/certifications' },
    /** Regional uptake (admins and member admins): the drill-down, period and filters live in the address. */
    cascade: {
      path: '/uptake/cascade',
      /** `country`: the country whose delivery month by month is shown, over `from`–`to` (YYYY-MM). */
      getHref: (query: { country?: string; from?: string; to?: string } = {}) =>
        withQuery('/uptake/cascade', { country: query.country, from: query.from, to: query.to }),
    },
    uptake: {
      path: '/uptake',
      getHref: (query: UptakeQuery = {}) =>
        withQuery('/uptake', {
          from: query.from,
          to: query.to,
          region: query.region,
          country: query.country,
          topic: query.topic,
          courseId: query.courseId,
          figure: query.figure,
        }),
    },
    /** A coordinator's unit against its country's average. */
    unitUptake: {
      path: '/unit/uptake',
      getHref: (query: UptakePeriodQuery = {}) =>
        withQuery('/unit/uptake', { from: query.from, to: query.to, topic: query.topic, courseId: query.courseId }),
    },
    /** Workplans (admins): draft from the needs assessments, edit, approve. */
    workplans: { path: '/admin/workplans', getHref: () => '/admin/workplans' },
    workplan: {
      path: '/admin/workplans/:workplanId',
      getHref: (params: { workplanId: string }) => `/admin/workplans/${seg(params.workplanId)}`,
    },
    /** Member admins: the plans' demand their firm's trainers are matched against. */
    planDemand: { path: '/plan-demand', getHref: () => '/plan-demand' },
    /** Needs assessments: a coordinator's unit history and form; admins review every unit's. */
    needsAssessments: {
      path: '/needs-assessments',
      getHref: () => '/needs-assessments',
    },
    needsAssessment: {
      path: '/needs-assessments/:assessmentId',
      getHref: (params: { assessmentId: string }) => `/needs-assessments/${seg(params.assessmentId)}`,
    },
    competencyFramework: {
      path: '/admin/competency-framework',
      getHref: () => '/admin/competency-framework',
    },
    adminProgrammes: {
      path: '/admin/programmes',
      getHref: (query: ListQuery = {}) => withQuery('/admin/programmes', { page: pageParam(query.page) }),
    },
    adminProgrammeNew: { path: '/admin/programmes/new', getHref: () => '/admin/programmes/new' },
    adminProgramme: {
      path: '/admin/programmes/:programmeId',
      getHref: (params: { programmeId: string }) => `/admin/programmes/${seg(params.programmeId)}`,
    },
    adminCertifications: {
      path: '/admin/certifications',
      getHref: (query: ListQuery & { status?: string; programmeId?: string; holderId?: string; q?: string } = {}) =>
        withQuery('/admin/certifications', {
          q: query.q?.trim(),
          status: query.status,
          programmeId: query.programmeId,
          holderId: query.holderId?.trim(),
          page: pageParam(query.page),
        }),
    },
  },
} as const;

/** Page 1 is the default: leave it out of the link. */
function pageParam(page?: number): number | undefined {
  return page && page > 1 ? page : undefined;
}

/** Only same-origin, absolute paths may be redirected to after sign-in (no `//evil.example`, no `https:`). */
export function isSafeRedirect(target: string): boolean {
  return (
    target.startsWith('/') &&
    !target.startsWith('//') &&
    !target.startsWith('/\\') &&
    !target.startsWith(paths.auth.signIn.path)
  );
}

/** Where to go after signing in: the requested path when it is safe, home otherwise. */
export function redirectAfterSignIn(redirectTo: string | null | undefined): string {
  return redirectTo && isSafeRedirect(redirectTo) ? redirectTo : paths.app.home.getHref();
}
