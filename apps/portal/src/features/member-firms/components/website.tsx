import { useTranslation } from 'react-i18next';

/** A firm's web site as a link, only for http(s) addresses. */
export function Website({ url }: { url: string | null }) {
  const { t } = useTranslation();
  if (!url || !/^https?:\/\//i.test(url)) return <span className="muted">{t('common.notProvided')}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {url.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
      <span className="visually-hidden"> {t('common.opensInNewTab')}</span>
    </a>
  );
}
