import { ROLES, type Role } from '@icspa/domain';
import { paths } from '../../config/paths';
import { navigationFor } from './navigation';

const keys = (role: Role) => navigationFor(role).map((item) => item.key);

describe('navigationFor', () => {
  it('gives an admin the home page and the four admin lists', () => {
    expect(keys('admin')).toEqual(['home', 'users', 'policeUnits', 'memberFirms', 'auditLog']);
  });

  it.each<Role>(['officer', 'coordinator'])('gives a %s the home page and their unit', (role) => {
    expect(keys(role)).toEqual(['home', 'myUnit']);
  });

  it.each<Role>(['trainer', 'member_admin'])('gives a %s the home page and their firm', (role) => {
    expect(keys(role)).toEqual(['home', 'myFirm']);
  });

  it('starts every role at home, matched exactly', () => {
    for (const role of ROLES) {
      const [home] = navigationFor(role);
      expect(home).toEqual({ key: 'home', to: paths.app.home.getHref(), end: true });
    }
  });

  it('links only to paths of the route registry', () => {
    const registered = new Set<string>(Object.values(paths.app).map((route) => route.path));
    for (const role of ROLES) {
      for (const item of navigationFor(role)) expect(registered).toContain(item.to);
    }
  });

  it('shows admin pages to admins only', () => {
    const adminOnly = ['users', 'policeUnits', 'memberFirms', 'auditLog'];
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      expect(keys(role).filter((k) => adminOnly.includes(k))).toEqual([]);
    }
  });
});
