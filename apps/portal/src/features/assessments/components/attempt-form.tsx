import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Spinner } from '@/components/ui/spinner';
import { useFormat } from '@/hooks/use-format';
import { useSubmitAttempt } from '@/features/assessments/api/submit-attempt';
import type { Attempt, AttemptQuestion } from '@/features/assessments/api/get-attempt';
import {
  allowsSeveral,
  buildAnswers,
  choose,
  unansweredCount,
  type AnswerState,
} from '@/features/assessments/lib/answers';
import { loadAnswers, saveAnswers } from '@/features/assessments/lib/stored-answers';
import { Countdown } from './countdown';

/**
 * The questions of an open attempt: radios for single choice and true/false, checkboxes for multiple
 * choice. Answers survive a reload; a timed attempt is handed in by itself when the time is up.
 */
export function AttemptForm({ attempt }: { attempt: Attempt }) {
  const { t } = useTranslation();
  const format = useFormat();
  const submit = useSubmitAttempt();
  const [answers, setAnswers] = useState<AnswerState>(() => loadAnswers(attempt.id));
  const [confirming, setConfirming] = useState(false);
  const answersRef = useRef(answers);
  answersRef.current = answers;

  useEffect(() => saveAnswers(attempt.id, answers), [attempt.id, answers]);

  const send = () => {
    setConfirming(false);
    if (submit.isPending || submit.isSuccess) return;
    submit.mutate({ attemptId: attempt.id, ...buildAnswers(attempt.questions, answersRef.current) });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (unansweredCount(attempt.questions, answers) > 0) setConfirming(true);
    else send();
  };

  const unanswered = unansweredCount(attempt.questions, answers);
  const total = attempt.questions.length;

  return (
    <form className="attempt" onSubmit={onSubmit} aria-busy={submit.isPending} aria-labelledby="attempt-title">
      <div className="attempt__bar">
        <h2 id="attempt-title" className="attempt__title">
          {t('assessment.questionsTitle', { total: format.number(total) })}
        </h2>
        {attempt.deadlineAt ? <Countdown deadlineAt={attempt.deadlineAt} onExpire={send} /> : null}
      </div>
      <p className="muted">{t('assessment.passMarkIs', { passMark: format.percent(attempt.passMark) })}</p>
      <fieldset className="attempt__questions" disabled={submit.isPending}>
        <legend className="visually-hidden">{t('assessment.questionsLegend')}</legend>
        <ol className="questions">
          {attempt.questions.map((question, index) => (
            <li key={question.id}>
              <QuestionField
                question={question}
                number={index + 1}
                total={total}
                chosen={answers[question.id] ?? []}
                onChoose={(optionId, checked) => setAnswers((s) => choose(s, question, optionId, checked))}
              />
            </li>
          ))}
        </ol>
      </fieldset>
      {submit.isPending ? <Spinner label={t('assessment.submitting')} /> : null}
      {submit.isError ? <ErrorMessage error={submit.error} /> : null}
      <div className="actions attempt__actions">
        <button type="submit" className="button" disabled={submit.isPending} aria-busy={submit.isPending}>
          {submit.isPending ? t('assessment.submitting') : t('assessment.submit')}
        </button>
        <span className="muted" aria-live="polite">
          {t('assessment.answeredCount', { answered: format.number(total - unanswered), total: format.number(total) })}
        </span>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('assessment.unansweredTitle')}
        message={t('assessment.unansweredMessage', { unanswered: format.number(unanswered) })}
        confirmLabel={t('assessment.submitAnyway')}
        onConfirm={send}
        onCancel={() => setConfirming(false)}
      />
    </form>
  );
}

interface QuestionFieldProps {
  question: AttemptQuestion;
  number: number;
  total: number;
  chosen: readonly string[];
  onChoose: (optionId: string, checked: boolean) => void;
}

function QuestionField({ question, number, total, chosen, onChoose }: QuestionFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const several = allowsSeveral(question.kind);
  return (
    <fieldset className="question" lang={question.contentLocale}>
      <legend className="question__prompt">
        <span className="question__number">
          {t('assessment.questionNumber', { number: format.number(number), total: format.number(total) })}
        </span>{' '}
        {question.prompt}
      </legend>
      <p className="question__hint muted">{several ? t('assessment.chooseSeveral') : t('assessment.chooseOne')}</p>
      <ul className="question__options">
        {question.options.map((option, index) =>
          option.id ? (
            <li key={option.id}>
              <label className="choice">
                <input
                  type={several ? 'checkbox' : 'radio'}
                  name={`question-${question.id}`}
                  value={option.id}
                  checked={chosen.includes(option.id)}
                  onChange={(e) => onChoose(option.id!, e.target.checked)}
                />
                <span>{option.text}</span>
              </label>
            </li>
          ) : (
            <li key={index} />
          ),
        )}
      </ul>
    </fieldset>
  );
}
