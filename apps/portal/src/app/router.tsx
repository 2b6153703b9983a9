import { FIRM_ROLES, UNIT_ROLES, type Role } from '@icspa/domain';
import { lazy, useState, type ComponentType } from 'react';
import { createBrowserRouter, Outlet, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { RouteError } from '../components/errors/route-error';
import { paths } from '../config/paths';
import { RequireRole } from '../features/auth/components/require-role';
import { RootLayout } from './routes/root-layout';

/** A route module loaded on first visit, so the sign-in page ships only what it needs. */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(async () => ({ default: pick(await load()) }));
}

const SignInRoute = page(() => import('./routes/sign-in'), (m) => m.SignInRoute);
const AppRoot = page(() => import('./routes/app/root'), (m) => m.AppRoot);
const HomeRoute = page(() => import('./routes/app/home'), (m) => m.HomeRoute);
const MyUnitRoute = page(() => import('./routes/app/my-unit'), (m) => m.MyUnitRoute);
const MyFirmRoute = page(() => import('./routes/app/my-firm'), (m) => m.MyFirmRoute);
const UsersRoute = page(() => import('./routes/app/admin/users'), (m) => m.UsersRoute);
const PoliceUnitsRoute = page(() => import('./routes/app/admin/police-units'), (m) => m.PoliceUnitsRoute);
const MemberFirmsRoute = page(() => import('./routes/app/admin/member-firms'), (m) => m.MemberFirmsRoute);
const AuditLogRoute = page(() => import('./routes/app/admin/audit-log'), (m) => m.AuditLogRoute);
const NotFoundRoute = page(() => import('./routes/not-found'), (m) => m.NotFoundRoute);

const ADMIN: readonly Role[] = ['admin'];

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
      {
        path: paths.app.home.path,
        element: <AppRoot />,
        children: [
          {
            // Errors of a page show inside the frame, which keeps the navigation usable.
            errorElement: <RouteError />,
            children: [
              { index: true, element: <HomeRoute /> },
              onlyFor(UNIT_ROLES, [{ path: paths.app.myUnit.path, element: <MyUnitRoute /> }]),
              onlyFor(FIRM_ROLES, [{ path: paths.app.myFirm.path, element: <MyFirmRoute /> }]),
              onlyFor(ADMIN, [
                { path: paths.app.users.path, element: <UsersRoute /> },
                { path: paths.app.policeUnits.path, element: <PoliceUnitsRoute /> },
                { path: paths.app.memberFirms.path, element: <MemberFirmsRoute /> },
                { path: paths.app.auditLog.path, element: <AuditLogRoute /> },
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
