import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Table, type Column } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { useFormat } from '@/hooks/use-format';
import type { Programme } from '@/features/certifications/api/get-programmes';
import { requirementLabel } from '@/features/certifications/lib/requirement';

/** Certification programmes for admins; the name opens the editor. */
export function ProgrammesTable({ programmes, busy }: { programmes: readonly Programme[]; busy?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: Column<Programme>[] = [
    {
      key: 'name',
      header: t('certification.programmes.columns.name'),
      cell: (p) => <Link to={paths.app.adminProgramme.getHref({ programmeId: p.id })}>{p.name}</Link>,
    },
    {
      key: 'courses',
      header: t('certification.programmes.columns.courses'),
      cell: (p) => {
        const requirement = requirementLabel(p.requiredCount, p.courseIds.length);
        return t(requirement.key, {
          required: format.number(requirement.required),
          total: format.number(requirement.total),
        });
      },
    },
    {
      key: 'validity',
      header: t('certification.programmes.columns.validity'),
      cell: (p) => format.unit(p.validityMonths, 'month'),
    },
    {
      key: 'window',
      header: t('certification.programmes.columns.window'),
      cell: (p) =>
        t('certification.programmes.windowBefore', { days: format.unit(p.recertificationWindowDays, 'day') }),
    },
    {
      key: 'skills',
      header: t('certification.programmes.columns.skills'),
      cell: (p) => <SkillList skills={p.skills} />,
    },
  ];
  return (
    <Table
      caption={t('certification.programmes.caption')}
      columns={columns}
      rows={programmes}
      rowKey={(p) => p.id}
      empty={t('certification.programmes.empty')}
      busy={busy}
    />
  );
}

/** A programme's skills (topic tags) by name, or a word saying there are none. */
export function SkillList({ skills }: { skills: readonly string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (skills.length === 0) return <span className="muted">{t('certification.programmes.noSkills')}</span>;
  return (
    <ul className="tag-list">
      {skills.map((skill) => (
        <li key={skill}>{format.topic(skill)}</li>
      ))}
    </ul>
  );
}
