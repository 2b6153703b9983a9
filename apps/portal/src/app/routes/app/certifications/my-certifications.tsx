import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useMyCertifications } from '@/features/certifications/api/get-certifications';
import { CertificationCard } from '@/features/certifications/components/certification-card';
import { certificationLines } from '@/features/certifications/lib/history';

/** The holder's certifications: one card per line of renewals, newest first, with its history. */
export function MyCertificationsRoute() {
  const { t } = useTranslation();
  const certifications = useMyCertifications();
  // One "now" per visit: every card counts its days from the same moment.
  const [now] = useState(() => new Date());
  const lines = useMemo(() => certificationLines(certifications.data ?? []), [certifications.data]);
  return (
    <Page title={t('certification.mine.title')} description={t('certification.mine.description')}>
      <QueryState query={certifications} loadingLabel={t('certification.mine.loading')}>
        {() =>
          lines.length === 0 ? (
            <div className="card empty-state">
              <p>{t('certification.mine.none')}</p>
              <Link className="button" to={paths.app.catalogue.getHref()}>
                {t('certification.mine.browse')}
              </Link>
            </div>
          ) : (
            <ul className="stack" aria-label={t('certification.mine.listLabel')}>
              {lines.map((line) => (
                // Keyed by the first of the line, so a card keeps its state (the recertification outcome) when renewed.
                <li key={(line.earlier.at(-1) ?? line.current).id}>
                  <CertificationCard line={line} now={now} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}
