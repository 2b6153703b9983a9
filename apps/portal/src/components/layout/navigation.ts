import { FIRM_ROLES, UNIT_ROLES, type Role } from '@icspa/domain';
import { paths } from '../../config/paths';

export type NavigationKey = 'home' | 'users' | 'policeUnits' | 'memberFirms' | 'auditLog' | 'myUnit' | 'myFirm';

export interface NavigationItem {
  key: NavigationKey;
  /** Where the item leads, from the route registry. */
  to: string;
  /** Match the path exactly (home would otherwise be "current" everywhere). */
  end?: boolean;
}

const item = (key: NavigationKey, to: string, end = false): NavigationItem => (end ? { key, to, end } : { key, to });

/** The main navigation of each role; its labels are `nav.<key>` in the locale files. */
export function navigationFor(role: Role): NavigationItem[] {
  const home = item('home', paths.app.home.getHref(), true);
  if (role === 'admin') {
    return [
      home,
      item('users', paths.app.users.getHref()),
      item('policeUnits', paths.app.policeUnits.getHref()),
      item('memberFirms', paths.app.memberFirms.getHref()),
      item('auditLog', paths.app.auditLog.getHref()),
    ];
  }
  if (UNIT_ROLES.includes(role)) return [home, item('myUnit', paths.app.myUnit.getHref())];
  if (FIRM_ROLES.includes(role)) return [home, item('myFirm', paths.app.myFirm.getHref())];
  return [home];
}
