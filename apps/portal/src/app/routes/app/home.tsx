import { UNIT_ROLES } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { navigationFor } from '@/components/layout/navigation';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { AttentionPanel } from '@/features/admin-home/components/attention-panel';
import { useSignedInUser } from '@/features/auth/api/get-me';

export function HomeRoute() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  if (!me) return null;
  // An officer's home is their learning: that is where they resume.
  if (UNIT_ROLES.includes(me.role)) return <Navigate to={paths.app.myLearning.getHref()} replace />;
  const shortcuts = navigationFor(me.role).filter((item) => item.key !== 'home');
  return (
    <Page
      title={t('home.greeting', { name: me.displayName })}
      documentTitle={t('nav.home')}
      description={t('home.signedInAs', { role: t(`roles.${me.role}`) })}
    >
      <p className="lead">{t(`home.intro.${me.role}`)}</p>
      {me.role === 'admin' ? <AttentionPanel /> : null}
      {shortcuts.length > 0 ? (
        <section aria-labelledby="home-shortcuts">
          <h2 id="home-shortcuts">{t('home.shortcuts')}</h2>
          <ul className="tiles">
            {shortcuts.map((item) => (
              <li key={item.key}>
                <Link className="tile" to={item.to}>
                  <span className="tile__title">{t(`nav.${item.key}`)}</span>
                  <span className="tile__text">{t(`home.tiles.${item.key}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}
