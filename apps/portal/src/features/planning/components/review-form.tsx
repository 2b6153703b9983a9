import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useReviewNeedsAssessment } from '../api/review-needs-assessment';

/** An admin's decision on a submitted assessment: approve, or return it to the unit with a note. */
export function ReviewForm({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const errorId = useId();
  const [note, setNote] = useState('');
  const review = useReviewNeedsAssessment();
  const decide = (decision: 'approve' | 'return') =>
    review.mutate({ id: assessmentId, decision, ...(note.trim() ? { note: note.trim() } : {}) });
  return (
    <section className="card section" aria-labelledby="review-title">
      <h2 id="review-title">{t('planning.review.title')}</h2>
      <FormError id={errorId} error={review.error} labels={{ note: t('planning.review.note') }} />
      <TextAreaField
        label={t('planning.review.note')}
        hint={t('planning.review.noteHint')}
        value={note}
        maxLength={2000}
        onChange={(e) => setNote(e.target.value)}
        invalid={Boolean(review.error)}
        errorId={errorId}
      />
      <div className="actions">
        <button type="button" className="button" disabled={review.isPending} onClick={() => decide('approve')}>
          {t('planning.review.approve')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={review.isPending}
          onClick={() => decide('return')}
        >
          {t('planning.review.return')}
        </button>
      </div>
    </section>
  );
}
