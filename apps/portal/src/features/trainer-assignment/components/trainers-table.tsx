import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, type Column } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import type { Trainer } from '@/features/trainer-assignment/api/get-trainers';
import { shortList } from '@/features/trainer-assignment/lib/short-list';

/** Countries named in a cell before "and N more". */
const COUNTRIES_SHOWN = 4;

interface TrainersTableProps {
  trainers: readonly Trainer[];
  busy?: boolean;
  caption: string;
  empty: string;
  /** Admins see every firm's trainers: name the firm. */
  showFirm?: boolean;
}

/** Trainers with what the matcher knows of them; the name opens the profile editor. */
export function TrainersTable({ trainers, busy, caption, empty, showFirm = false }: TrainersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Trainer>[] = [
    {
      key: 'name',
      header: t('assignment.trainers.columns.name'),
      cell: (tr) => <Link to={paths.app.trainer.getHref({ trainerId: tr.id })}>{tr.displayName}</Link>,
    },
    ...(showFirm
      ? [{ key: 'firm', header: t('assignment.trainers.columns.firm'), cell: (tr: Trainer) => tr.memberFirmName }]
      : []),
    {
      key: 'languages',
      header: t('assignment.trainers.columns.languages'),
      cell: (tr) =>
        tr.languages.length ? (
          format.list(tr.languages.map(format.language))
        ) : (
          <span className="muted">{t('assignment.trainers.none')}</span>
        ),
    },
    {
      key: 'skills',
      header: t('assignment.trainers.columns.skills'),
      cell: (tr) =>
        tr.skills.length ? (
          format.list(tr.skills.map(format.topic))
        ) : (
          <span className="muted">{t('assignment.trainers.none')}</span>
        ),
    },
    {
      key: 'countries',
      header: t('assignment.trainers.columns.countries'),
      cell: (tr) => {
        if (tr.onlineOnly) return t('assignment.trainers.onlineOnly');
        if (tr.countryCodes.length === 0) return <span className="muted">{t('assignment.trainers.none')}</span>;
        const names = tr.countryCodes
          .map((code) => format.country(code))
          .sort((a, b) => a.localeCompare(b, format.locale));
        const { shown, more } = shortList(names, COUNTRIES_SHOWN);
        return more > 0
          ? t('assignment.trainers.andMore', { list: shown.join(', '), more: format.number(more) })
          : format.list(shown);
      },
    },
    {
      key: 'load',
      header: t('assignment.trainers.columns.loadLimit'),
      numeric: true,
      cell: (tr) => format.number(tr.loadLimitPerQuarter),
    },
    {
      key: 'unavailability',
      header: t('assignment.trainers.columns.unavailability'),
      cell: (tr) =>
        tr.unavailability.length === 0 ? (
          <span className="muted">{t('assignment.trainers.none')}</span>
        ) : (
          <ul className="cell-list">
            {tr.unavailability.map((u) => (
              <li key={u.id}>
                <time dateTime={u.startsAt}>{format.dateRange(u.startsAt, u.endsAt)}</time>
                {u.reason ? <span className="muted"> — {u.reason}</span> : null}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return <Table caption={caption} columns={columns} rows={trainers} rowKey={(tr) => tr.id} empty={empty} busy={busy} />;
}
