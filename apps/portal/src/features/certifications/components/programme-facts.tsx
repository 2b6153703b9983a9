import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { Programme } from '@/features/certifications/api/get-programmes';
import { requirementLabel } from '@/features/certifications/lib/requirement';
import type { ProgrammeCourseOption } from './programme-form';
import { SkillList } from './programmes-table';

/** What is fixed once a programme exists: its courses, how many of them, and the skills it attests. */
export function ProgrammeFacts({
  programme,
  courses,
}: {
  programme: Programme;
  courses: readonly ProgrammeCourseOption[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const byId = new Map(courses.map((c) => [c.id, c]));
  const requirement = requirementLabel(programme.requiredCount, programme.courseIds.length);
  return (
    <dl className="details">
      <dt>{t('certification.programmeForm.courses')}</dt>
      <dd>
        <p>
          {t(requirement.key, {
            required: format.number(requirement.required),
            total: format.number(requirement.total),
          })}
        </p>
        <ul className="plain-list">
          {programme.courseIds.map((id) => {
            const course = byId.get(id);
            return (
              <li key={id}>
                {course ? (
                  <>
                    <code>{course.code}</code> {course.title}
                  </>
                ) : (
                  <span className="muted">{t('certification.programmeEditor.unknownCourse')}</span>
                )}
              </li>
            );
          })}
        </ul>
      </dd>
      <dt>{t('certification.programmeForm.skills')}</dt>
      <dd>
        <SkillList skills={programme.skills} />
      </dd>
    </dl>
  );
}
