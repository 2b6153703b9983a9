import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { releaseBootSignIn } from '@/lib/boot-sign-in';
import { errorText, isChunkLoadError } from './error-text';
import { NotFound } from './not-found';

/**
 * The router's `errorElement`: a page that failed to render or to load. Retry reloads the page, which
 * also fetches a chunk that a new deployment replaced (React.lazy keeps a failed import failed).
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  // A failure while the shell's sign-in form is up (its page's code did not load) must be seen.
  useLayoutEffect(releaseBootSignIn, []);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  console.error(error);
  return (
    <section className="card route-error" role="alert" aria-labelledby="route-error-title">
      <title>{t('app.documentTitle', { page: t('errors.title') })}</title>
      <h1 id="route-error-title">{t('errors.title')}</h1>
      <p>{isChunkLoadError(error) ? t('errors.chunk') : errorText(error, t)}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('errors.retry')}
        </button>
        <Link className="button button--secondary" to={paths.app.home.getHref()} reloadDocument>
          {t('errors.goHome')}
        </Link>
      </div>
    </section>
  );
}
