import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/hooks/use-format';
import { pageCount } from '@/lib/pagination';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  /** The list's `totalIsEstimate`: the total (and so the page count) is about this many. */
  totalIsEstimate?: boolean;
  /** The link to another page of the same list, from `config/paths`. */
  hrefFor: (page: number) => string;
}

/** Previous/next links and where the reader is in the list. */
export function Pager({ page, pageSize, total, totalIsEstimate = false, hrefFor }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = pageCount(total, pageSize);
  const from = total === 0 ? 0 : Math.min((page - 1) * pageSize + 1, total);
  const to = Math.min(page * pageSize, total);
  const hasPrevious = page > 1;
  const hasNext = page < pages;
  if (total === 0 && page === 1) return null; // the table already says the list is empty
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <p className="pager__range">
        {total === 0 || from > to
          ? t('pager.none', { total: format.number(total) })
          : t(totalIsEstimate ? 'pager.rangeAbout' : 'pager.range', {
              from: format.number(from),
              to: format.number(to),
              total: format.number(total),
            })}
      </p>
      <div className="pager__controls">
        {hasPrevious ? (
          <Link className="button button--secondary" to={hrefFor(Math.min(page - 1, pages))} rel="prev">
            <span aria-hidden="true">←</span> {t('pager.previous')}
          </Link>
        ) : (
          <span className="button button--secondary" aria-disabled="true">
            <span aria-hidden="true">←</span> {t('pager.previous')}
          </span>
        )}
        <span className="pager__status">
          {t(totalIsEstimate ? 'pager.statusAbout' : 'pager.status', {
            page: format.number(page),
            pages: format.number(pages),
          })}
        </span>
        {hasNext ? (
          <Link className="button button--secondary" to={hrefFor(page + 1)} rel="next">
            {t('pager.next')} <span aria-hidden="true">→</span>
          </Link>
        ) : (
          <span className="button button--secondary" aria-disabled="true">
            {t('pager.next')} <span aria-hidden="true">→</span>
          </span>
        )}
      </div>
    </nav>
  );
}
