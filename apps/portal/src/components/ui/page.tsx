import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  /** The browser tab's title, when it should differ from the heading. */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}

/** A page's heading and document title; every routed page starts with one. */
export function Page({ title, documentTitle, description, actions, children }: PageProps) {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.documentTitle', { page: documentTitle ?? title })}</title>
      <div className="page-header">
        <div>
          <h1>{title}</h1>
          {description ? <p className="page-header__description">{description}</p> : null}
        </div>
        {actions ? <div className="page-header__actions">{actions}</div> : null}
      </div>
      {children}
    </>
  );
}
