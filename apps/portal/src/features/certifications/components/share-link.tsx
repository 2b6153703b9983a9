import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The public verification link in a read-only box (selected on focus, to copy by hand) with a copy
 * button; the outcome is announced.
 */
export function ShareLink({ url, describedBy }: { url: string; describedBy?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  const copyLink = () => {
    if (!navigator.clipboard) {
      setCopy('failed');
      return;
    }
    navigator.clipboard.writeText(url).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  return (
    <div className="share-link">
      <label htmlFor={id}>{t('certification.share.label')}</label>
      <p id={hintId} className="field__hint">
        {t('certification.share.hint')}
      </p>
      <div className="share-link__box">
        <input
          id={id}
          type="url"
          readOnly
          value={url}
          aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button--secondary" onClick={copyLink} aria-describedby={describedBy}>
          {t('certification.share.copy')}
        </button>
      </div>
      <p className="share-link__status" role="status">
        {copy === 'copied'
          ? t('certification.share.copied')
          : copy === 'failed'
            ? t('certification.share.copyFailed')
            : ''}
      </p>
      <a href={url} target="_blank" rel="noopener noreferrer">
        {t('certification.share.open')} <span className="visually-hidden">{t('common.opensInNewTab')}</span>
      </a>
    </div>
  );
}
