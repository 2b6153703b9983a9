import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Page } from '@/components/ui/page';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')} description={t('notFound.body')}>
      <p>
        <Link className="button" to={paths.app.home.getHref()}>
          {t('notFound.home')}
        </Link>
      </p>
    </Page>
  );
}
