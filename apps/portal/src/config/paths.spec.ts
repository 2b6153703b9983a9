import { isSafeRedirect, paths, redirectAfterSignIn } from './paths';

describe('paths', () => {
  it('builds every app link from its route pattern', () => {
    for (const route of Object.values(paths.app)) {
      expect(route.getHref()).toBe(route.path);
      expect(route.path.startsWith('/')).toBe(true);
    }
  });

  it('has no two routes on the same path', () => {
    const all = [paths.auth.signIn.path, ...Object.values(paths.app).map((r) => r.path)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps the list page and filters in the query string, leaving out defaults', () => {
    expect(paths.app.users.getHref({ page: 1 })).toBe('/admin/users');
    expect(paths.app.users.getHref({ page: 3, role: 'trainer' })).toBe('/admin/users?role=trainer&page=3');
    expect(paths.app.policeUnits.getHref({ region: 'eastern-europe', country: 'UA', page: 2 })).toBe(
      '/admin/police-units?region=eastern-europe&country=UA&page=2',
    );
    expect(paths.app.policeUnits.getHref({ region: undefined, country: '' })).toBe('/admin/police-units');
    expect(paths.app.memberFirms.getHref({ page: 2 })).toBe('/admin/member-firms?page=2');
    expect(paths.app.auditLog.getHref({ page: 0 })).toBe('/admin/audit-log');
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

    it.each([null, undefined, '', 'admin', '//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/sign-in'])(
      'goes home instead of %p',
      (target) => {
        expect(redirectAfterSignIn(target)).toBe(paths.app.home.getHref());
      },
    );

    it('accepts only absolute same-origin paths', () => {
      expect(isSafeRedirect('/')).toBe(true);
      expect(isSafeRedirect('//x')).toBe(false);
    });
  });
});
