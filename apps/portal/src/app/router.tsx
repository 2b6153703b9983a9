import { FIRM_ROLES, PEOPLE_MANAGER_ROLES, UNIT_ROLES, type Role } from '@icspa/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ComponentType } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { RouteError } from '@/components/errors/route-error';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { loadDeferredStrings } from '@/lib/i18n';
import { homeLoader, myLearningLoader, provideLoaderQueryClient } from './route-loaders';
import { RootLayout } from './routes/root-layout';

/**
 * A route module loaded on first visit, so the sign-in page ships only what it needs. The router loads
 * it (route `lazy`) as part of the navigation: the current page stays, the top progress bar shows at once
 * (`useNavigation()` is `loading`), and the new page appears when its code has arrived.
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async () => ({ Component: pick(await load()) });
}

const SignInRoute = page(
  () => import('./routes/sign-in'),
  (m) => m.SignInRoute,
);
/** A page whose English strings the build keeps out of the entry (every signed-in page): they come with its code. */
function withDeferredStrings<M>(load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), loadDeferredStrings()]).then(([module]) => module);
}

const ForgotPasswordRoute = page(
  withDeferredStrings(() => import('./routes/forgot-password')),
  (m) => m.ForgotPasswordRoute,
);
const SetPasswordRoute = page(
  withDeferredStrings(() => import('./routes/set-password')),
  (m) => m.SetPasswordRoute,
);
const UserNewRoute = page(
  withDeferredStrings(() => import('./routes/app/admin/user-new')),
  (m) => m.UserNewRoute,
);
const AppRoot = page(
  withDeferredStrings(() => import('./routes/app/root')),
  (m) => m.AppRoot,
);
const HomeRoute = page(
  () => import('./routes/app/home'),
  (m) => m.HomeRoute,
);
const ProfileRoute = page(
  () => import('./routes/app/profile'),
  (m) => m.ProfileRoute,
);
const MyUnitRoute = page(
  () => import('./routes/app/my-unit'),
  (m) => m.MyUnitRoute,
);
const UnitRosterRoute = page(
  () => import('./routes/app/unit/roster'),
  (m) => m.UnitRosterRoute,
);
const TrainingRecordRoute = page(
  () => import('./routes/app/training-record'),
  (m) => m.TrainingRecordRoute,
);
const MyFirmRoute = page(
  () => import('./routes/app/my-firm'),
  (m) => m.MyFirmRoute,
);
const UsersRoute = page(
  withDeferredStrings(() => import('./routes/app/admin/users')),
  (m) => m.UsersRoute,
);
const UserRoute = page(
  withDeferredStrings(() => import('./routes/app/admin/user')),
  (m) => m.UserRoute,
);
const TranslationsRoute = page(
  () => import('./routes/app/translations/translations'),
  (m) => m.TranslationsRoute,
);
const CourseTranslationsRoute = page(
  () => import('./routes/app/translations/course-translations'),
  (m) => m.CourseTranslationsRoute,
);
const PoliceUnitsRoute = page(
  () => import('./routes/app/admin/police-units'),
  (m) => m.PoliceUnitsRoute,
);
const CountriesRoute = page(
  () => import('./routes/app/admin/countries'),
  (m) => m.CountriesRoute,
);
const MemberFirmsRoute = page(
  () => import('./routes/app/admin/member-firms'),
  (m) => m.MemberFirmsRoute,
);
const AuditLogRoute = page(
  () => import('./routes/app/admin/audit-log'),
  (m) => m.AuditLogRoute,
);
const CatalogueRoute = page(
  () => import('./routes/app/catalogue/catalogue'),
  (m) => m.CatalogueRoute,
);
const CourseRoute = page(
  () => import('./routes/app/catalogue/course'),
  (m) => m.CourseRoute,
);
const MyLearningRoute = page(
  () => import('./routes/app/learning/my-learning'),
  (m) => m.MyLearningRoute,
);
const LessonRoute = page(
  () => import('./routes/app/learning/lesson'),
  (m) => m.LessonRoute,
);
const AssessmentRoute = page(
  () => import('./routes/app/learning/assessment'),
  (m) => m.AssessmentRoute,
);
const AttemptRoute = page(
  () => import('./routes/app/learning/attempt'),
  (m) => m.AttemptRoute,
);
const NominateRoute = page(
  () => import('./routes/app/unit/nominate'),
  (m) => m.NominateRoute,
);
const UnitEnrolmentsRoute = page(
  () => import('./routes/app/unit/enrolments'),
  (m) => m.UnitEnrolmentsRoute,
);
const MyCohortsRoute = page(
  () => import('./routes/app/cohorts/my-cohorts'),
  (m) => m.MyCohortsRoute,
);
const RosterRoute = page(
  () => import('./routes/app/cohorts/roster'),
  (m) => m.RosterRoute,
);
const AdminCoursesRoute = page(
  () => import('./routes/app/admin/courses'),
  (m) => m.AdminCoursesRoute,
);
const AdminCourseNewRoute = page(
  () => import('./routes/app/admin/course-new'),
  (m) => m.AdminCourseNewRoute,
);
const AdminCourseEditorRoute = page(
  () => import('./routes/app/admin/course-editor'),
  (m) => m.AdminCourseEditorRoute,
);
const AdminCohortsRoute = page(
  () => import('./routes/app/admin/cohorts'),
  (m) => m.AdminCohortsRoute,
);
const AdminCohortNewRoute = page(
  () => import('./routes/app/admin/cohort-new'),
  (m) => m.AdminCohortNewRoute,
);
const AdminCohortEditorRoute = page(
  () => import('./routes/app/admin/cohort-editor'),
  (m) => m.AdminCohortEditorRoute,
);
const ProgrammeRoute = page(
  () => import('./routes/programme'),
  (m) => m.ProgrammeRoute,
);
const VerifyRoute = page(
  () => import('./routes/verify'),
  (m) => m.VerifyRoute,
);
const MyCertificationsRoute = page(
  () => import('./routes/app/certifications/my-certifications'),
  (m) => m.MyCertificationsRoute,
);
const AdminProgrammesRoute = page(
  () => import('./routes/app/admin/programmes'),
  (m) => m.AdminProgrammesRoute,
);
const AdminProgrammeNewRoute = page(
  () => import('./routes/app/admin/programme-new'),
  (m) => m.AdminProgrammeNewRoute,
);
const AdminProgrammeEditorRoute = page(
  () => import('./routes/app/admin/programme-editor'),
  (m) => m.AdminProgrammeEditorRoute,
);
const AdminCertificationsRoute = page(
  () => import('./routes/app/admin/certifications'),
  (m) => m.AdminCertificationsRoute,
);
const TrainingRequestsRoute = page(
  () => import('./routes/app/trainer-assignment/training-requests'),
  (m) => m.TrainingRequestsRoute,
);
const TrainingRequestNewRoute = page(
  () => import('./routes/app/trainer-assignment/training-request-new'),
  (m) => m.TrainingRequestNewRoute,
);
const TrainingRequestRoute = page(
  () => import('./routes/app/trainer-assignment/training-request'),
  (m) => m.TrainingRequestRoute,
);
const ProposalsRoute = page(
  () => import('./routes/app/trainer-assignment/proposals'),
  (m) => m.ProposalsRoute,
);
const CascadeRoute = page(
  () => import('./routes/app/uptake/cascade'),
  (m) => m.CascadeRoute,
);
const LocalTrainersRoute = page(
  () => import('./routes/app/trainer-assignment/local-trainers'),
  (m) => m.LocalTrainersRoute,
);
const AssignmentsRoute = page(
  () => import('./routes/app/trainer-assignment/assignments'),
  (m) => m.AssignmentsRoute,
);
const AvailabilityRoute = page(
  () => import('./routes/app/trainer-assignment/availability'),
  (m) => m.AvailabilityRoute,
);
const TrainersRoute = page(
  () => import('./routes/app/trainer-assignment/trainers'),
  (m) => m.TrainersRoute,
);
const TrainerRoute = page(
  () => import('./routes/app/trainer-assignment/trainer'),
  (m) => m.TrainerRoute,
);
// The map, the charts and their libraries (world-atlas, d3-geo, topojson-client) load with these two only.
const UptakeRoute = page(
  () => import('./routes/app/uptake/uptake'),
  (m) => m.UptakeRoute,
);
const ImportOfficersRoute = page(
  () => import('./routes/app/unit/import-officers'),
  (m) => m.ImportOfficersRoute,
);
const UnitUptakeRoute = page(
  () => import('./routes/app/unit/uptake'),
  (m) => m.UnitUptakeRoute,
);
const SessionAttendanceRoute = page(
  () => import('./routes/app/cohorts/attendance'),
  (m) => m.SessionAttendanceRoute,
);
// react-big-calendar and the date-fns locales load with the calendar only.
const CalendarRoute = page(
  () => import('./routes/app/calendar/calendar'),
  (m) => m.CalendarRoute,
);
const WorkplansRoute = page(
  () => import('./routes/app/admin/workplans'),
  (m) => m.WorkplansRoute,
);
const WorkplanRoute = page(
  () => import('./routes/app/admin/workplan'),
  (m) => m.WorkplanRoute,
);
const PlanDemandRoute = page(
  () => import('./routes/app/plan-demand'),
  (m) => m.PlanDemandRoute,
);
const NeedsAssessmentsRoute = page(
  () => import('./routes/app/planning/needs-assessments'),
  (m) => m.NeedsAssessmentsRoute,
);
const NeedsAssessmentRoute = page(
  () => import('./routes/app/planning/needs-assessment'),
  (m) => m.NeedsAssessmentRoute,
);
const CompetencyFrameworkRoute = page(
  () => import('./routes/app/planning/competency-framework'),
  (m) => m.CompetencyFrameworkRoute,
);
const NotFoundRoute = page(
  () => import('./routes/not-found'),
  (m) => m.NotFoundRoute,
);

const ADMIN: readonly Role[] = ['admin'];
const COORDINATOR: readonly Role[] = ['coordinator'];
const TRAINER: readonly Role[] = ['trainer'];
/** Trainers and the roles a local trainer has (their trainer pages beside their learner pages). */
const TRAINER_AND_LOCAL: readonly Role[] = ['trainer', 'officer', 'coordinator'];
/** Who applies to become a local trainer (officers, coordinators) and who confirms (coordinators, admins). */
const LOCAL_TRAINER_ROLES: readonly Role[] = ['officer', 'coordinator', 'admin'];
/** The cohort's trainer keeps its roster and attendance: an expert, a local trainer (an officer) or an admin. */
const ROSTER_ROLES: readonly Role[] = ['trainer', 'admin', 'officer', 'coordinator'];
const REQUEST_ROLES: readonly Role[] = ['coordinator', 'admin'];
const TRAINER_MANAGERS: readonly Role[] = ['member_admin', 'admin'];
/** Needs assessments: a coordinator their unit's, admins every unit's (the API scopes them). */
const NEEDS_ASSESSMENT_ROLES: readonly Role[] = ['coordinator', 'admin'];
/** Regional uptake: admins see every level, member admins regions and countries (the API enforces it). */
const UPTAKE_ROLES: readonly Role[] = ['admin', 'member_admin'];

/** A pathless route that opens its children to some roles only. */
const onlyFor = (roles: readonly Role[], children: RouteObject[]): RouteObject => ({
  element: (
    <RequireRole roles={roles}>
      <Outlet />
    </RequireRole>
  ),
  children,
});

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    // While the first page's code arrives (the loading shell of index.html was just replaced).
    hydrateFallbackElement: <Spinner fullPage />,
    children: [
      { path: paths.auth.signIn.path, lazy: SignInRoute },
      // Public: the reader is signed out (forgot their password, or has none yet).
      { path: paths.account.forgotPassword.path, lazy: ForgotPasswordRoute },
      { path: paths.account.setPassword.path, lazy: SetPasswordRoute },
      // Public, like sign-in: outside the guard, so anyone holding a certificate's link can check it.
      { path: paths.public.verify.path, lazy: VerifyRoute },
      { path: paths.public.programme.path, lazy: ProgrammeRoute },
      {
        path: paths.app.home.path,
        lazy: AppRoot,
        children: [
          {
            // Errors of a page show inside the frame, which keeps the navigation usable.
            errorElement: <RouteError />,
            children: [
              // Loaders (static, so they run beside the page's `lazy` code) start the page's requests at once.
              { index: true, lazy: HomeRoute, loader: homeLoader },
              { path: paths.app.profile.path, lazy: ProfileRoute },
              { path: paths.app.catalogue.path, lazy: CatalogueRoute },
              { path: paths.app.course.path, lazy: CourseRoute },
              // Admins and holders of a translate grant, of any role: the API decides per locale.
              { path: paths.app.translations.path, lazy: TranslationsRoute },
              { path: paths.app.courseTranslations.path, lazy: CourseTranslationsRoute },
              { path: paths.app.calendar.path, lazy: CalendarRoute },
              onlyFor(UNIT_ROLES, [
                { path: paths.app.myUnit.path, lazy: MyUnitRoute },
                { path: paths.app.myLearning.path, lazy: MyLearningRoute, loader: myLearningLoader },
                { path: paths.app.myCertifications.path, lazy: MyCertificationsRoute },
                { path: paths.app.lesson.path, lazy: LessonRoute },
                { path: paths.app.assessment.path, lazy: AssessmentRoute },
                { path: paths.app.attempt.path, lazy: AttemptRoute },
              ]),
              onlyFor(COORDINATOR, [
                { path: paths.app.nominate.path, lazy: NominateRoute },
                { path: paths.app.unitEnrolments.path, lazy: UnitEnrolmentsRoute },
                { path: paths.app.unitUptake.path, lazy: UnitUptakeRoute },
              ]),
              onlyFor(UPTAKE_ROLES, [
                { path: paths.app.uptake.path, lazy: UptakeRoute },
                { path: paths.app.cascade.path, lazy: CascadeRoute },
              ]),
              onlyFor([...UNIT_ROLES, 'admin'], [{ path: paths.app.trainingRecord.path, lazy: TrainingRecordRoute }]),
              onlyFor(['coordinator', 'admin'], [{ path: paths.app.unitRoster.path, lazy: UnitRosterRoute }]),
              onlyFor(FIRM_ROLES, [{ path: paths.app.myFirm.path, lazy: MyFirmRoute }]),
              onlyFor(TRAINER_MANAGERS, [{ path: paths.app.planDemand.path, lazy: PlanDemandRoute }]),
              onlyFor(TRAINER_AND_LOCAL, [{ path: paths.app.myCohorts.path, lazy: MyCohortsRoute }]),
              onlyFor(REQUEST_ROLES, [{ path: paths.app.importOfficers.path, lazy: ImportOfficersRoute }]),
              onlyFor(REQUEST_ROLES, [
                { path: paths.app.trainingRequests.path, lazy: TrainingRequestsRoute },
                { path: paths.app.trainingRequest.path, lazy: TrainingRequestRoute },
              ]),
              onlyFor(COORDINATOR, [{ path: paths.app.trainingRequestNew.path, lazy: TrainingRequestNewRoute }]),
              // Local trainers are officers (or coordinators): they answer proposals and run their cohorts too.
              onlyFor(TRAINER_AND_LOCAL, [{ path: paths.app.proposals.path, lazy: ProposalsRoute }]),
              onlyFor(TRAINER, [{ path: paths.app.availability.path, lazy: AvailabilityRoute }]),
              onlyFor(LOCAL_TRAINER_ROLES, [{ path: paths.app.localTrainers.path, lazy: LocalTrainersRoute }]),
              onlyFor(FIRM_ROLES, [{ path: paths.app.assignments.path, lazy: AssignmentsRoute }]),
              onlyFor(TRAINER_MANAGERS, [
                { path: paths.app.trainers.path, lazy: TrainersRoute },
                { path: paths.app.trainer.path, lazy: TrainerRoute },
              ]),
              onlyFor(ROSTER_ROLES, [
                { path: paths.app.roster.path, lazy: RosterRoute },
                { path: paths.app.sessionAttendance.path, lazy: SessionAttendanceRoute },
              ]),
              onlyFor(NEEDS_ASSESSMENT_ROLES, [
                { path: paths.app.needsAssessments.path, lazy: NeedsAssessmentsRoute },
                { path: paths.app.needsAssessment.path, lazy: NeedsAssessmentRoute },
              ]),
              onlyFor(PEOPLE_MANAGER_ROLES, [
                { path: paths.app.users.path, lazy: UsersRoute },
                { path: paths.app.userNew.path, lazy: UserNewRoute },
                { path: paths.app.user.path, lazy: UserRoute },
              ]),
              onlyFor(ADMIN, [
                { path: paths.app.policeUnits.path, lazy: PoliceUnitsRoute },
                { path: paths.app.countries.path, lazy: CountriesRoute },
                { path: paths.app.memberFirms.path, lazy: MemberFirmsRoute },
                { path: paths.app.auditLog.path, lazy: AuditLogRoute },
                { path: paths.app.adminCourses.path, lazy: AdminCoursesRoute },
                { path: paths.app.adminCourseNew.path, lazy: AdminCourseNewRoute },
                { path: paths.app.adminCourse.path, lazy: AdminCourseEditorRoute },
                { path: paths.app.adminCohorts.path, lazy: AdminCohortsRoute },
                { path: paths.app.adminCohortNew.path, lazy: AdminCohortNewRoute },
                { path: paths.app.adminCohort.path, lazy: AdminCohortEditorRoute },
                { path: paths.app.adminProgrammes.path, lazy: AdminProgrammesRoute },
                { path: paths.app.adminProgrammeNew.path, lazy: AdminProgrammeNewRoute },
                { path: paths.app.adminProgramme.path, lazy: AdminProgrammeEditorRoute },
                { path: paths.app.adminCertifications.path, lazy: AdminCertificationsRoute },
                { path: paths.app.workplans.path, lazy: WorkplansRoute },
                { path: paths.app.workplan.path, lazy: WorkplanRoute },
                { path: paths.app.competencyFramework.path, lazy: CompetencyFrameworkRoute },
              ]),
              { path: '*', lazy: NotFoundRoute },
            ],
          },
        ],
      },
    ],
  },
];

export function AppRouter() {
  // Created on first render, not on import, so that the route table can be loaded outside a browser.
  const queryClient = useQueryClient();
  const [router] = useState(() => {
    provideLoaderQueryClient(queryClient);
    return createBrowserRouter(routes);
  });
  return <RouterProvider router={router} />;
}
