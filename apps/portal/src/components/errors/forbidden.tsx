import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Page } from '@/components/ui/page';

/** Shown when the signed-in user's role does not open a page (the API would refuse it too). */
export function Forbidden() {
  const { t } = useTranslation();
  return (
    <Page title={t('forbidden.title')} description={t('forbidden.body')}>
      <p>
        <Link className="button" to={paths.app.home.getHref()}>
          {t('notFound.home')}
        </Link>
      </p>
    </Page>
  );
}
