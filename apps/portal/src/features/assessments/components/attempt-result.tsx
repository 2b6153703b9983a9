import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/ui/tag';
import { useFormat } from '@/hooks/use-format';
import type { Attempt } from '@/features/assessments/api/get-attempt';
import type { AnswerState } from '@/features/assessments/lib/answers';

interface AttemptResultProps {
  attempt: Attempt;
  /** What the officer chose, when this browser still knows it. */
  chosen?: AnswerState;
  /** Take the focus (right after handing in), so the result is read first. */
  focus?: boolean;
}

/**
 * A submitted attempt: score, pass mark, passed or not, attempts left; then each question. The correct
 * options are marked (✓, and ✗ on a wrong choice) only when the API reveals them; while the learner still
 * has a retake it withholds them, and the review shows only what was chosen, with no right or wrong.
 */
export function AttemptResult({ attempt, chosen = {}, focus = false }: AttemptResultProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const passed = attempt.passed === true;
  const revealed = attempt.questions.some((question) => question.correct !== undefined);

  useEffect(() => {
    if (focus) headingRef.current?.focus();
  }, [focus]);

  return (
    <>
      <section
        className={passed ? 'card result result--passed' : 'card result result--failed'}
        aria-labelledby="result-title"
      >
        <h2 id="result-title" ref={headingRef} tabIndex={-1}>
          {passed ? t('assessment.result.passedTitle') : t('assessment.result.failedTitle')}
        </h2>
        <dl className="details">
          <dt>{t('assessment.result.score')}</dt>
          <dd className="result__score">{attempt.score === null ? '—' : format.percent(attempt.score)}</dd>
          <dt>{t('assessment.result.passMark')}</dt>
          <dd>{format.percent(attempt.passMark)}</dd>
          <dt>{t('assessment.result.outcome')}</dt>
          <dd>
            <Tag tone={passed ? 'ok' : 'error'}>
              {passed ? t('assessment.result.passed') : t('assessment.result.failed')}
            </Tag>
          </dd>
          <dt>{t('assessment.result.attemptsLeft')}</dt>
          <dd>{format.number(attempt.attemptsLeft)}</dd>
        </dl>
      </section>
      <section aria-labelledby="review-title" className="review">
        <h2 id="review-title">{t('assessment.result.review')}</h2>
        {revealed ? null : <p className="muted">{t('assessment.result.answersWithheld')}</p>}
        <ol className="questions">
          {attempt.questions.map((question, index) => {
            const shown = question.correct !== undefined;
            const correct = new Set(question.correct ?? []);
            const mine = new Set(chosen[question.id] ?? []);
            return (
              <li key={question.id} className="card question question--review">
                <p className="question__prompt">
                  <span className="question__number">
                    {t('assessment.questionNumber', {
                      number: format.number(index + 1),
                      total: format.number(attempt.questions.length),
                    })}
                  </span>{' '}
                  {question.prompt}
                </p>
                <ul className="question__options">
                  {question.options.map((option, i) => {
                    const isCorrect = shown && option.id !== undefined && correct.has(option.id);
                    const isMine = option.id !== undefined && mine.has(option.id);
                    const classes = [
                      'option',
                      isCorrect ? 'option--correct' : '',
                      shown && isMine && !isCorrect ? 'option--wrong' : '',
                      !shown && isMine ? 'option--chosen' : '',
                    ]
                      .join(' ')
                      .trim();
                    return (
                      <li key={option.id ?? i} className={classes}>
                        <span className="option__mark" aria-hidden="true">
                          {isCorrect ? '✓' : shown && isMine ? '✗' : ''}
                        </span>
                        <span className="option__text">{option.text}</span>
                        {isCorrect ? <span className="tag tag--ok">{t('assessment.correctAnswer')}</span> : null}
                        {isMine ? (
                          <span className={isCorrect || !shown ? 'tag tag--info' : 'tag tag--error'}>
                            {t('assessment.yourAnswer')}
                          </span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
