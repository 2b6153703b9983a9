import { NEEDS_ASSESSMENT_STATUSES } from '@icspa/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { SelectField } from '@/components/ui/select-field';
import { Table } from '@/components/ui/table';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useCreateNeedsAssessment } from '@/features/planning/api/create-needs-assessment';
import { useNeedsAssessments, type NeedsAssessmentsQuery } from '@/features/planning/api/get-needs-assessments';
import { AssessmentStatusTag } from '@/features/planning/components/assessment-status-tag';
import { formatCountry, formatDate } from '@/lib/format';

/** Today as YYYY-MM-DD in the reader's time zone (the day the assessment describes). */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * Needs assessments. A coordinator sees their unit's history and starts a new assessment; an admin sees every
 * unit's, submitted ones first to review.
 */
export function NeedsAssessmentsRoute() {
  const { t, i18n } = useTranslation();
  const me = useSignedInUser();
  const navigate = useNavigate();
  const admin = me?.role === 'admin';
  const [status, setStatus] = useState<NeedsAssessmentsQuery['status'] | ''>(admin ? 'submitted' : '');
  const list = useNeedsAssessments(status ? { status } : {});
  const create = useCreateNeedsAssessment();
  const [assessedOn, setAssessedOn] = useState(localToday);
  const errorId = useId();
  if (!me) return null;
  const language = i18n.resolvedLanguage ?? i18n.language;

  const start = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { assessedOn },
      { onSuccess: (a) => void navigate(paths.app.needsAssessment.getHref({ assessmentId: a.id })) },
    );
  };

  return (
    <Page
      title={admin ? t('planning.list.adminTitle') : t('planning.list.title')}
      description={admin ? t('planning.list.adminDescription') : t('planning.list.description')}
    >
      {!admin ? (
        <section className="card" aria-labelledby="start-title">
          <h2 id="start-title">{t('planning.start.title')}</h2>
          <form onSubmit={start}>
            <FormError id={errorId} error={create.error} labels={{ assessedOn: t('planning.start.assessedOn') }} />
            <TextField
              label={t('planning.start.assessedOn')}
              type="date"
              required
              value={assessedOn}
              onChange={(e) => setAssessedOn(e.target.value)}
              invalid={Boolean(create.error)}
              errorId={errorId}
            />
            <button type="submit" className="button" disabled={create.isPending}>
              {t('planning.start.submit')}
            </button>
          </form>
        </section>
      ) : (
        <SelectField
          label={t('planning.list.status')}
          value={status ?? ''}
          emptyLabel={t('planning.list.allStatuses')}
          options={NEEDS_ASSESSMENT_STATUSES.map((s) => ({ value: s, label: t(`planning.status.${s}`) }))}
          onChange={(value) => setStatus(value as NeedsAssessmentsQuery['status'] | '')}
        />
      )}
      <section className="section">
        <QueryState query={list} loadingLabel={t('planning.list.loading')}>
          {(page) => (
            <Table
              caption={admin ? t('planning.list.adminCaption') : t('planning.list.history')}
              rows={page.items}
              rowKey={(a) => a.id}
              empty={t('planning.list.empty')}
              columns={[
                {
                  key: 'assessedOn',
                  header: t('planning.list.assessedOn'),
                  cell: (a) => (
                    <Link to={paths.app.needsAssessment.getHref({ assessmentId: a.id })}>
                      {formatDate(`${a.assessedOn}T12:00:00Z`, language)}
                    </Link>
                  ),
                },
                { key: 'unit', header: t('planning.list.unit'), cell: (a) => a.unitName },
                {
                  key: 'country',
                  header: t('planning.list.country'),
                  cell: (a) => formatCountry(a.countryCode, language),
                },
                {
                  key: 'status',
                  header: t('planning.list.status'),
                  cell: (a) => <AssessmentStatusTag status={a.status} />,
                },
              ]}
            />
          )}
        </QueryState>
      </section>
    </Page>
  );
}
