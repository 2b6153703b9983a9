import { QUESTION_KINDS, type QuestionKind } from '@icspa/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { ChoiceField, TextAreaField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useFormat } from '@/hooks/use-format';
import { useAddQuestion } from '@/features/catalogue/api/add-question';
import { useDeleteQuestion } from '@/features/catalogue/api/delete-question';
import type { AssessmentAdmin, QuestionAdmin } from '@/features/catalogue/api/get-assessment';
import {
  changeKind,
  emptyQuestionDraft,
  markCorrect,
  questionInput,
  questionProblem,
  removeOption,
  type QuestionDraft,
} from '@/features/catalogue/lib/question-draft';

/** The question bank with its answers, and the form that adds a question. */
export function QuestionBank({ courseId, assessment }: { courseId: string; assessment: AssessmentAdmin }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="question-bank-title">
      <h3 id="question-bank-title">
        {t('assessmentEditor.bank', { total: format.number(assessment.questions.length) })}
      </h3>
      {assessment.questions.length < assessment.questionsPerAttempt ? (
        <p className="alert alert--info">
          {t('assessmentEditor.tooFew', { needed: format.number(assessment.questionsPerAttempt) })}
        </p>
      ) : null}
      {assessment.questions.length === 0 ? (
        <p className="empty">{t('assessmentEditor.noQuestions')}</p>
      ) : (
        <ol className="question-list">
          {assessment.questions.map((question) => (
            <li key={question.id}>
              <QuestionItem courseId={courseId} question={question} />
            </li>
          ))}
        </ol>
      )}
      <QuestionForm courseId={courseId} />
    </section>
  );
}

function QuestionItem({ courseId, question }: { courseId: string; question: QuestionAdmin }) {
  const { t } = useTranslation();
  const remove = useDeleteQuestion(courseId);
  const correct = new Set(question.correct);
  return (
    <article className="question-item" aria-label={question.prompt}>
      <p className="question-item__kind muted">{t(`questionKind.${question.kind}`)}</p>
      <p className="question-item__prompt">{question.prompt}</p>
      <ul className="question-item__options">
        {question.options.map((option, index) => {
          const right = option.id !== undefined && correct.has(option.id);
          return (
            <li key={option.id ?? index} className={right ? 'option option--correct' : 'option'}>
              <span aria-hidden="true">{right ? '✓' : '·'}</span> {option.text}
              {right ? <span className="tag tag--ok">{t('assessment.correctAnswer')}</span> : null}
            </li>
          );
        })}
      </ul>
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      <ConfirmButton
        className="button button--danger-secondary button--small"
        label={t('common.delete')}
        accessibleLabel={t('courseEditor.deleteNamed', { title: question.prompt })}
        title={t('assessmentEditor.deleteTitle')}
        message={t('assessmentEditor.deleteMessage', { prompt: question.prompt })}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        onConfirm={() => remove.mutate(question.id)}
      />
    </article>
  );
}

function QuestionForm({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const add = useAddQuestion(courseId);
  const [draft, setDraft] = useState<QuestionDraft>(() => emptyQuestionDraft());
  const [problem, setProblem] = useState<ReturnType<typeof questionProblem>>(null);
  const errors = useFieldErrors(add.error);
  const problemId = useId();
  const optionsId = useId();
  const multiple = draft.kind === 'multiple_choice';
  const fixedOptions = draft.kind === 'true_false';

  const update = (next: QuestionDraft) => {
    setDraft(next);
    if (problem) setProblem(questionProblem(next));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = questionProblem(draft);
    setProblem(found);
    if (found) return;
    add.mutate(questionInput(draft), {
      onSuccess: () => {
        setDraft(emptyQuestionDraft(draft.kind));
        setProblem(null);
      },
    });
  };

  return (
    <form className="form card card--inset" onSubmit={submit} aria-labelledby="question-form-title">
      <h4 id="question-form-title">{t('assessmentEditor.addQuestion')}</h4>
      {problem ? (
        <div id={problemId} className="alert alert--error" role="alert">
          <p>{t(`assessmentEditor.problems.${problem}`)}</p>
        </div>
      ) : null}
      <FormError id={errors.errorId} error={add.error} title={t('forms.notSaved')} />
      <ChoiceField
        label={t('assessmentEditor.kind')}
        value={draft.kind}
        options={QUESTION_KINDS.map((kind) => ({ value: kind, label: t(`questionKind.${kind}`) }))}
        onChange={(e) => update(changeKind(draft, e.target.value as QuestionKind))}
        {...errors.of('kind')}
      />
      <TextAreaField
        label={t('assessmentEditor.prompt')}
        rows={2}
        required
        value={draft.prompt}
        onChange={(e) => update({ ...draft, prompt: e.target.value })}
        invalid={problem === 'prompt' || errors.of('prompt').invalid}
        errorId={problem === 'prompt' ? problemId : errors.errorId}
      />
      <fieldset
        className="fieldset"
        aria-describedby={problem === 'options' || problem === 'correct' ? problemId : undefined}
      >
        <legend>{multiple ? t('assessmentEditor.optionsMultiple') : t('assessmentEditor.optionsSingle')}</legend>
        <ol id={optionsId} className="option-editor">
          {draft.options.map((option, index) => (
            <li key={index} className="option-editor__row">
              <label className="option-editor__correct">
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={optionsId}
                  checked={draft.correct.includes(index)}
                  onChange={(e) => update(markCorrect(draft, index, e.target.checked))}
                />
                <span className="visually-hidden">{t('assessmentEditor.correctOption', { number: index + 1 })}</span>
                <span aria-hidden="true">{t('assessmentEditor.correct')}</span>
              </label>
              {fixedOptions ? (
                <span className="option-editor__fixed">{option}</span>
              ) : (
                <input
                  aria-label={t('assessmentEditor.optionText', { number: index + 1 })}
                  className="option-editor__text"
                  required
                  value={option}
                  aria-invalid={(problem === 'options' && !option.trim()) || errors.of('options').invalid || undefined}
                  onChange={(e) =>
                    update({ ...draft, options: draft.options.map((o, i) => (i === index ? e.target.value : o)) })
                  }
                />
              )}
              {fixedOptions || draft.options.length <= 2 ? null : (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => update(removeOption(draft, index))}
                  aria-label={t('assessmentEditor.removeOption', { number: index + 1 })}
                >
                  {t('common.remove')}
                </button>
              )}
            </li>
          ))}
        </ol>
        {fixedOptions ? null : (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => update({ ...draft, options: [...draft.options, ''] })}
          >
            {t('assessmentEditor.addOption')}
          </button>
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={add.isPending} aria-busy={add.isPending}>
          {add.isPending ? t('forms.saving') : t('assessmentEditor.addQuestion')}
        </button>
        <span className="form__status" role="status">
          {add.isSuccess ? t('assessmentEditor.added') : ''}
        </span>
      </div>
    </form>
  );
}
