import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { IssuedLink } from '@/features/users/api/create-user';

/**
 * A one-time link just issued: "e-mailed to …" when it went by e-mail, otherwise the link itself, to hand to
 * its owner (read-only box selected on focus, a copy button), with its expiry.
 */
export function AccountLinkPanel({
  link,
  kind,
  name,
}: {
  link: IssuedLink;
  kind: 'invitation' | 'password-reset';
  name: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const hintId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const expires = format.dateTime(link.expiresAt);
  const what = kind === 'invitation' ? 'invitation' : 'reset';

  if (link.emailed || !link.link) {
    return (
      <div className="alert alert--success" role="status">
        <p>{t(`people.link.${what}Emailed`, { name, expires })}</p>
      </div>
    );
  }
  const url = link.link;
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
    <div className="alert alert--info share-link" role="status" data-testid="account-link">
      <label htmlFor={id}>{t(`people.link.${what}Label`, { name })}</label>
      <p id={hintId} className="field__hint">
        {t('people.link.handOver', { expires })}
      </p>
      <div className="share-link__box">
        <input
          id={id}
          type="url"
          readOnly
          value={url}
          aria-describedby={hintId}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button--secondary" onClick={copyLink}>
          {t('people.link.copy')}
        </button>
      </div>
      <p className="share-link__status">
        {copy === 'copied' ? t('people.link.copied') : copy === 'failed' ? t('people.link.copyFailed') : ''}
      </p>
    </div>
  );
}
