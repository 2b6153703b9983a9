import { FIRM_ROLES, UNIT_ROLES, type Role } from '@icspa/domain';
import { lazy, useState, type ComponentType } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { RouteError } from '@/components/errors/route-error';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { RootLayout } from './routes/root-layout';

/** A route module loaded on first visit, so the sign-in page ships only what it needs. */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(async () => ({ default: pick(await load()) }));
}

const SignInRoute = page(
  () => import('./routes/sign-in'),
  (m) => m.SignInRoute,
);
const AppRoot = page(
  () => import('./routes/app/root'),
  (m) => m.AppRoot,
);
const HomeRoute = page(
  () => import('./routes/app/home'),
  (m) => m.HomeRoute,
);
const MyUnitRoute = page(
  () => import('./routes/app/my-unit'),
  (m) => m.MyUnitRoute,
);
const MyFirmRoute = page(
  () => import('./routes/app/my-firm'),
  (m) => m.MyFirmRoute,
);
const UsersRoute = page(
  () => import('./routes/app/admin/users'),
  (m) => m.UsersRoute,
);
const PoliceUnitsRoute = page(
  () => import('./routes/app/admin/police-units'),
  (m) => m.PoliceUnitsRoute,
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
const UnitUptakeRoute = page(
  () => import('./routes/app/unit/uptake'),
  (m) => m.UnitUptakeRoute,
);
const NotFoundRoute = page(
  () => import('./routes/not-found'),
  (m) => m.NotFoundRoute,
);

const ADMIN: readonly Role[] = ['admin'];
const COORDINATOR: readonly Role[] = ['coordinator'];
const TRAINER: readonly Role[] = ['trainer'];
const ROSTER_ROLES: readonly Role[] = ['trainer', 'admin'];
const REQUEST_ROLES: readonly Role[] = ['coordinator', 'admin'];
const TRAINER_MANAGERS: readonly Role[] = ['member_admin', 'admin'];
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
    children: [
      { path: paths.auth.signIn.path, element: <SignInRoute /> },
      // Public, like sign-in: outside the guard, so anyone holding a certificate's link can check it.
      { path: paths.public.verify.path, element: <VerifyRoute /> },
      {
        path: paths.app.home.path,
        element: <AppRoot />,
        children: [
          {
            // Errors of a page show inside the frame, which keeps the navigation usable.
            errorElement: <RouteError />,
            children: [
              { index: true, element: <HomeRoute /> },
              { path: paths.app.catalogue.path, element: <CatalogueRoute /> },
              { path: paths.app.course.path, element: <CourseRoute /> },
              onlyFor(UNIT_ROLES, [
                { path: paths.app.myUnit.path, element: <MyUnitRoute /> },
                { path: paths.app.myLearning.path, element: <MyLearningRoute /> },
                { path: paths.app.myCertifications.path, element: <MyCertificationsRoute /> },
                { path: paths.app.lesson.path, element: <LessonRoute /> },
                { path: paths.app.assessment.path, element: <AssessmentRoute /> },
                { path: paths.app.attempt.path, element: <AttemptRoute /> },
              ]),
              onlyFor(COORDINATOR, [
                { path: paths.app.nominate.path, element: <NominateRoute /> },
                { path: paths.app.unitEnrolments.path, element: <UnitEnrolmentsRoute /> },
                { path: paths.app.unitUptake.path, element: <UnitUptakeRoute /> },
              ]),
              onlyFor(UPTAKE_ROLES, [{ path: paths.app.uptake.path, element: <UptakeRoute /> }]),
              onlyFor(FIRM_ROLES, [{ path: paths.app.myFirm.path, element: <MyFirmRoute /> }]),
              onlyFor(TRAINER, [{ path: paths.app.myCohorts.path, element: <MyCohortsRoute /> }]),
              onlyFor(REQUEST_ROLES, [
                { path: paths.app.trainingRequests.path, element: <TrainingRequestsRoute /> },
                { path: paths.app.trainingRequest.path, element: <TrainingRequestRoute /> },
              ]),
              onlyFor(COORDINATOR, [{ path: paths.app.trainingRequestNew.path, element: <TrainingRequestNewRoute /> }]),
              onlyFor(TRAINER, [
                { path: paths.app.proposals.path, element: <ProposalsRoute /> },
                { path: paths.app.availability.path, element: <AvailabilityRoute /> },
              ]),
              onlyFor(FIRM_ROLES, [{ path: paths.app.assignments.path, element: <AssignmentsRoute /> }]),
              onlyFor(TRAINER_MANAGERS, [
                { path: paths.app.trainers.path, element: <TrainersRoute /> },
                { path: paths.app.trainer.path, element: <TrainerRoute /> },
              ]),
              onlyFor(ROSTER_ROLES, [{ path: paths.app.roster.path, element: <RosterRoute /> }]),
              onlyFor(ADMIN, [
                { path: paths.app.users.path, element: <UsersRoute /> },
                { path: paths.app.policeUnits.path, element: <PoliceUnitsRoute /> },
                { path: paths.app.memberFirms.path, element: <MemberFirmsRoute /> },
                { path: paths.app.auditLog.path, element: <AuditLogRoute /> },
                { path: paths.app.adminCourses.path, element: <AdminCoursesRoute /> },
                { path: paths.app.adminCourseNew.path, element: <AdminCourseNewRoute /> },
                { path: paths.app.adminCourse.path, element: <AdminCourseEditorRoute /> },
                { path: paths.app.adminCohorts.path, element: <AdminCohortsRoute /> },
                { path: paths.app.adminCohortNew.path, element: <AdminCohortNewRoute /> },
                { path: paths.app.adminCohort.path, element: <AdminCohortEditorRoute /> },
                { path: paths.app.adminProgrammes.path, element: <AdminProgrammesRoute /> },
                { path: paths.app.adminProgrammeNew.path, element: <AdminProgrammeNewRoute /> },
                { path: paths.app.adminProgramme.path, element: <AdminProgrammeEditorRoute /> },
                { path: paths.app.adminCertifications.path, element: <AdminCertificationsRoute /> },
              ]),
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
];

export function AppRouter() {
  // Created on first render, not on import, so that the route table can be loaded outside a browser.
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
