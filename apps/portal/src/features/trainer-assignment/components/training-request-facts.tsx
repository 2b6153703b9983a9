import { useTranslation } from 'react-i18next';
import { useFormat } from '@/hooks/use-format';
import type { TrainingRequest } from '@/features/trainer-assignment/api/get-training-requests';
import { isRequestMoving } from '@/features/trainer-assignment/lib/statuses';
import { RequestStatusTag } from './request-status-tag';

/**
 * What was asked for, and where the request stands (with a word on what happens next): when an unfilled
 * request went back to the matcher because a trainer became free, and whether it is still being watched.
 */
export function TrainingRequestFacts({ request }: { request: TrainingRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <p>
        <RequestStatusTag status={request.status} />{' '}
        <span className="muted">{t(`assignment.requestStatusHint.${request.status}`)}</span>
      </p>
      {isRequestMoving(request.status) ? <p className="muted">{t('assignment.requests.refreshing')}</p> : null}
      {request.reopenedAt && request.reopenReason ? (
        <p>
          {t('assignment.reopen.note', {
            date: format.date(request.reopenedAt),
            reason: t(`assignment.reopen.reason.${request.reopenReason}`),
          })}
        </p>
      ) : null}
      {request.watched ? <p className="muted">{t('assignment.reopen.watched')}</p> : null}
      <dl className="meta">
        <div>
          <dt>{t('assignment.request.unit')}</dt>
          <dd>
            {request.policeUnitName}, {format.country(request.countryCode)}
          </dd>
        </div>
        <div>
          <dt>{t('assignment.request.period')}</dt>
          <dd>
            <time dateTime={request.startsAt}>{format.dateRange(request.startsAt, request.endsAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('assignment.request.delivery')}</dt>
          <dd>{t(`deliveryMode.${request.deliveryMode}`)}</dd>
        </div>
        <div>
          <dt>{t('assignment.request.language')}</dt>
          <dd>{format.language(request.language)}</dd>
        </div>
        <div>
          <dt>{t('assignment.request.seats')}</dt>
          <dd>{format.number(request.seats)}</dd>
        </div>
        <div>
          <dt>{t('assignment.request.raised')}</dt>
          <dd>
            <time dateTime={request.createdAt}>{format.dateTime(request.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('assignment.request.round')}</dt>
          <dd>{format.number(request.round)}</dd>
        </div>
      </dl>
    </>
  );
}
