import type { Role } from '@icspa/domain';
import { Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { Spinner } from '@/components/ui/spinner';
import { Brand } from './brand';
import type { NavigationItem } from './navigation';

interface AppShellProps {
  user: { displayName: string; role: Role };
  navigation: readonly NavigationItem[];
  onSignOut: () => void;
  signingOut: boolean;
  /** Shown in the header when signing out failed. */
  signOutError?: ReactNode;
  /** Controls beside the user's name (the notifications bell), composed by the app. */
  headerActions?: ReactNode;
}

/**
 * The signed-in page frame: skip link, header with the user and sign-out, role navigation, main.
 * Below 48rem (768 px) the header is one bar (menu button, brand) and the user's controls and the
 * navigation fold away behind the menu button (a disclosure: `aria-expanded`, Escape closes it and
 * gives focus back to the button, choosing a page closes it).
 */
export function AppShell({ user, navigation, onSignOut, signingOut, signOutError, headerActions }: AppShellProps) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const accountId = useId();
  const navId = useId();

  useEffect(() => {
    if (!menuOpen) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButtonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  // After a client-side navigation, move focus to the new content as a page load would.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className={menuOpen ? 'app app--menu-open' : 'app'}>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="app-header">
        <button
          ref={menuButtonRef}
          type="button"
          className="app-header__menu"
          aria-expanded={menuOpen}
          aria-controls={`${accountId} ${navId}`}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="app-header__menu-icon" aria-hidden="true" />
          {t('layout.menu')}
        </button>
        <Link to={paths.app.home.getHref()} className="app-header__brand" onClick={() => setMenuOpen(false)}>
          <Brand />
        </Link>
        <div className="app-header__user" id={accountId}>
          <span className="app-header__identity">
            <Link
              to={paths.app.profile.getHref()}
              className="app-header__name"
              title={t('layout.profile')}
              onClick={() => setMenuOpen(false)}
            >
              {user.displayName}
            </Link>
            <span className="badge">{t(`roles.${user.role}`)}</span>
          </span>
          {headerActions}
          <button
            type="button"
            className="button button--on-dark"
            onClick={onSignOut}
            disabled={signingOut}
            aria-busy={signingOut}
          >
            {signingOut ? t('layout.signingOut') : t('layout.signOut')}
          </button>
        </div>
      </header>
      {signOutError ? (
        <div className="alert alert--error app-alert" role="alert">
          {signOutError}
        </div>
      ) : null}
      <div className="app-body">
        <nav className="app-nav" id={navId} aria-label={t('nav.label')}>
          <ul>
            {navigation.map((entry) => (
              <li key={entry.key}>
                <NavLink
                  to={entry.to}
                  end={entry.end}
                  className="app-nav__link"
                  // A page was chosen: fold the menu away (the new page's content takes focus).
                  onClick={() => setMenuOpen(false)}
                >
                  {t(`nav.${entry.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
          <Suspense fallback={<Spinner />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <footer className="app-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </div>
  );
}
