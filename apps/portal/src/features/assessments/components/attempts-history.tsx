import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table } from '@/components/ui/table';
import { Tag } from '@/components/ui/tag';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import type { Attempt } from '@/features/assessments/api/get-attempt';

/** Earlier attempts: when, score, result; a result opens its review. */
export function AttemptsHistory({ attempts }: { attempts: readonly Attempt[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table
      caption={t('assessment.history')}
      rows={attempts}
      rowKey={(a) => a.id}
      empty={t('assessment.noAttempts')}
      columns={[
        {
          key: 'number',
          header: t('assessment.historyColumns.number'),
          cell: (a) => format.number(attempts.indexOf(a) + 1),
          numeric: true,
        },
        {
          key: 'started',
          header: t('assessment.historyColumns.started'),
          cell: (a) => <time dateTime={a.startedAt}>{format.dateTime(a.startedAt)}</time>,
        },
        {
          key: 'score',
          header: t('assessment.historyColumns.score'),
          numeric: true,
          cell: (a) => (a.score === null ? '—' : format.percent(a.score)),
        },
        {
          key: 'result',
          header: t('assessment.historyColumns.result'),
          cell: (a) =>
            a.submittedAt === null ? (
              <Tag tone="muted">{t('assessment.notSubmitted')}</Tag>
            ) : (
              <Link to={paths.app.attempt.getHref({ enrolmentId: a.enrolmentId, attemptId: a.id })}>
                {a.passed ? t('assessment.result.passed') : t('assessment.result.failed')}
              </Link>
            ),
        },
      ]}
    />
  );
}
