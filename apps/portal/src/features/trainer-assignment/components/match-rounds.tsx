import type { Schemas } from '@icspa/api-client';
import { useTranslation } from 'react-i18next';
import { Table, type Column } from '@/components/ui/table';
import { useFormat } from '@/hooks/use-format';
import { isExclusionRule, summariseExclusions } from '@/features/trainer-assignment/lib/exclusions';

type MatchRound = Schemas['MatchRoundDto'];
type RankingEntry = Schemas['RankingEntryDto'];

/**
 * "Why this trainer" (admins): each run of the matcher, newest first, with its ranking of the eligible
 * trainers (score and the reasons for it) and how many qualified trainers each hard rule ruled out.
 */
export function MatchRounds({ rounds }: { rounds: readonly MatchRound[] }) {
  const { t } = useTranslation();
  const newestFirst = [...rounds].sort((a, b) => b.round - a.round || b.at.localeCompare(a.at));
  return (
    <section className="card section" aria-labelledby="match-rounds-title">
      <h2 id="match-rounds-title">{t('assignment.rounds.title')}</h2>
      <p className="muted">{t('assignment.rounds.description')}</p>
      {newestFirst.length === 0 ? (
        <p className="empty">{t('assignment.rounds.none')}</p>
      ) : (
        newestFirst.map((round) => <Round key={`${round.round}-${round.at}`} round={round} />)
      )}
    </section>
  );
}

function Round({ round }: { round: MatchRound }) {
  const { t } = useTranslation();
  const format = useFormat();
  const exclusions = summariseExclusions(round.excluded);
  const headingId = `match-round-${round.round}-${round.at.replace(/\W/g, '')}`;
  const columns: Column<RankingEntry & { rank: number }>[] = [
    { key: 'rank', header: t('assignment.rounds.columns.rank'), numeric: true, cell: (e) => format.number(e.rank) },
    { key: 'trainer', header: t('assignment.rounds.columns.trainer'), cell: (e) => e.trainerName },
    { key: 'score', header: t('assignment.rounds.columns.score'), numeric: true, cell: (e) => format.number(e.score) },
    {
      key: 'reasons',
      header: t('assignment.rounds.columns.reasons'),
      cell: (e) => (
        <ul className="reasons">
          {e.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <section className="match-round" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('assignment.rounds.round', { round: format.number(round.round) })}{' '}
        <span className="muted">
          <time dateTime={round.at}>{t('assignment.rounds.ranAt', { time: format.dateTime(round.at) })}</time>
        </span>
      </h3>
      <Table
        caption={t('assignment.rounds.rankingCaption', { round: format.number(round.round) })}
        columns={columns}
        rows={round.ranking.map((entry, i) => ({ ...entry, rank: i + 1 }))}
        rowKey={(e) => e.trainerId}
        empty={t('assignment.rounds.noRanking')}
      />
      <h4>{t('assignment.rounds.excludedTitle')}</h4>
      <dl className="details">
        {exclusions.qualified === undefined ? null : (
          <>
            <dt>{t('assignment.exclusions.qualified')}</dt>
            <dd>{format.number(exclusions.qualified)}</dd>
          </>
        )}
        {exclusions.rows.map((row) => (
          <ExclusionRow key={row.rule} rule={row.rule} count={row.count} />
        ))}
      </dl>
    </section>
  );
}

function ExclusionRow({ rule, count }: { rule: string; count: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <dt>{isExclusionRule(rule) ? t(`assignment.exclusions.${rule}`) : t('assignment.exclusions.other', { rule })}</dt>
      <dd>{format.number(count)}</dd>
    </>
  );
}
