import { COMPETENCY_LEVEL_EQF } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { Table } from '@/components/ui/table';
import type { CompetencyFramework } from '../api/get-competency-framework';
import type { NeedsAssessment } from '../api/get-needs-assessment';

/** A submitted or approved assessment, read-only: officers per role and levels per competency. */
export function AssessmentFigures({
  assessment,
  framework,
}: {
  assessment: NeedsAssessment;
  framework: CompetencyFramework;
}) {
  const { t } = useTranslation();
  const roleName = new Map(framework.roles.map((r) => [r.id, r.name]));
  const competencyName = new Map(framework.competencies.map((c) => [c.id, c.name]));
  const level = (l: number) =>
    l === 0 ? t('planning.level.none') : t('planning.level.option', { level: l, eqf: COMPETENCY_LEVEL_EQF[l as 1] });
  return (
    <>
      <section className="card section">
        <Table
          caption={t('planning.form.officers')}
          rows={assessment.roles}
          rowKey={(r) => r.competencyRoleId}
          empty={t('planning.figures.noRoles')}
          columns={[
            { key: 'role', header: t('planning.figures.role'), cell: (r) => roleName.get(r.competencyRoleId) ?? '—' },
            { key: 'now', header: t('planning.form.now'), cell: (r) => r.officersNow, numeric: true },
            { key: 'needed', header: t('planning.form.needed'), cell: (r) => r.officersNeeded, numeric: true },
          ]}
        />
      </section>
      <section className="card section">
        <Table
          caption={t('planning.form.levels')}
          rows={assessment.levels}
          rowKey={(l) => l.competencyId}
          empty={t('planning.figures.noLevels')}
          columns={[
            {
              key: 'competency',
              header: t('planning.figures.competency'),
              cell: (l) => competencyName.get(l.competencyId) ?? l.nameThen,
            },
            { key: 'inferred', header: t('planning.figures.inferred'), cell: (l) => level(l.inferredLevel) },
            {
              key: 'current',
              header: t('planning.figures.current'),
              cell: (l) =>
                l.source === 'corrected'
                  ? `${level(l.currentLevel)} (${t('planning.form.corrected')})`
                  : level(l.currentLevel),
            },
          ]}
        />
      </section>
    </>
  );
}
