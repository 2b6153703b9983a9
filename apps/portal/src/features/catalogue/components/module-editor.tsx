import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { Spinner } from '@/components/ui/spinner';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useFormat } from '@/hooks/use-format';
import { moveItem } from '@/lib/form-values';
import { useAddLesson } from '@/features/catalogue/api/add-lesson';
import { useDeleteLesson } from '@/features/catalogue/api/delete-lesson';
import { useDeleteModule } from '@/features/catalogue/api/delete-module';
import { useLesson } from '@/features/catalogue/api/get-lesson';
import { useReorderLessons } from '@/features/catalogue/api/reorder-lessons';
import { useUpdateLesson } from '@/features/catalogue/api/update-lesson';
import { useUpdateModule } from '@/features/catalogue/api/update-module';
import type { CourseModule, LessonOutline } from '@/features/catalogue/api/get-course';
import { LessonEditor } from './lesson-editor';

interface ModuleEditorProps {
  courseId: string;
  module: CourseModule;
  first: boolean;
  last: boolean;
  moving: boolean;
  onMove: (delta: -1 | 1) => void;
}

/** One module: rename, move, delete; its lessons: add, edit, move, delete. */
export function ModuleEditor({ courseId, module, first, last, moving, onMove }: ModuleEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [renaming, setRenaming] = useState(false);
  const [adding, setAdding] = useState(false);
  const remove = useDeleteModule(courseId);
  const reorder = useReorderLessons(courseId);
  const addLesson = useAddLesson(courseId);
  const ids = module.lessons.map((l) => l.id);

  return (
    <article className="editor-item" aria-labelledby={`module-${module.id}`}>
      <div className="editor-item__head">
        {renaming ? (
          <RenameModuleForm courseId={courseId} module={module} onDone={() => setRenaming(false)} />
        ) : (
          <h3 id={`module-${module.id}`} className="editor-item__title">
            {module.title}
          </h3>
        )}
        {renaming ? null : (
          <div className="actions actions--compact">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setRenaming(true)}
              aria-label={t('courseEditor.renameNamed', { title: module.title })}
            >
              {t('courseEditor.rename')}
            </button>
            <MoveButtons title={module.title} first={first} last={last} disabled={moving} onMove={onMove} />
            <ConfirmButton
              className="button button--danger-secondary button--small"
              label={t('common.delete')}
              accessibleLabel={t('courseEditor.deleteNamed', { title: module.title })}
              title={t('courseEditor.deleteModuleTitle')}
              message={t('courseEditor.deleteModuleMessage', {
                title: module.title,
                lessons: format.number(module.lessons.length),
              })}
              confirmLabel={t('common.delete')}
              danger
              busy={remove.isPending}
              onConfirm={() => remove.mutate(module.id)}
            />
          </div>
        )}
      </div>
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      {reorder.isError ? <ErrorMessage error={reorder.error} /> : null}
      {module.lessons.length === 0 ? <p className="muted">{t('courseEditor.noLessons')}</p> : null}
      <ol className="editor-list editor-list--lessons">
        {module.lessons.map((lesson, index) => (
          <li key={lesson.id}>
            <LessonRow
              courseId={courseId}
              lesson={lesson}
              first={index === 0}
              last={index === module.lessons.length - 1}
              moving={reorder.isPending}
              onMove={(delta) => reorder.mutate({ moduleId: module.id, ids: moveItem(ids, index, delta) })}
            />
          </li>
        ))}
      </ol>
      {adding ? (
        <section className="editor-item__form" aria-label={t('courseEditor.addLessonTo', { title: module.title })}>
          <LessonEditor
            initial={{ title: '', minutes: '15', body: '' }}
            submitLabel={t('courseEditor.addLesson')}
            pending={addLesson.isPending}
            error={addLesson.error}
            onCancel={() => {
              addLesson.reset();
              setAdding(false);
            }}
            onSubmit={(values) =>
              addLesson.mutate({ moduleId: module.id, ...values }, { onSuccess: () => setAdding(false) })
            }
          />
        </section>
      ) : (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setAdding(true)}
          aria-label={t('courseEditor.addLessonTo', { title: module.title })}
        >
          {t('courseEditor.addLesson')}
        </button>
      )}
    </article>
  );
}

function MoveButtons({
  title,
  first,
  last,
  disabled,
  onMove,
}: {
  title: string;
  first: boolean;
  last: boolean;
  disabled: boolean;
  onMove: (delta: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={disabled || first}
        onClick={() => onMove(-1)}
        aria-label={t('courseEditor.moveUpNamed', { title })}
      >
        <span aria-hidden="true">↑</span> {t('courseEditor.moveUp')}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={disabled || last}
        onClick={() => onMove(1)}
        aria-label={t('courseEditor.moveDownNamed', { title })}
      >
        <span aria-hidden="true">↓</span> {t('courseEditor.moveDown')}
      </button>
    </>
  );
}

function RenameModuleForm({
  courseId,
  module,
  onDone,
}: {
  courseId: string;
  module: CourseModule;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateModule(courseId);
  const [title, setTitle] = useState(module.title);
  const errors = useFieldErrors(update.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate({ id: module.id, title: title.trim() }, { onSuccess: onDone });
  };
  return (
    <form className="form form--inline editor-item__rename" onSubmit={submit}>
      <FormError id={errors.errorId} error={update.error} title={t('forms.notSaved')} />
      <TextField
        className="field--grow"
        label={t('courseEditor.moduleTitle')}
        required
        maxLength={200}
        autoFocus
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        {...errors.of('title')}
      />
      <button type="submit" className="button" disabled={update.isPending} aria-busy={update.isPending}>
        {update.isPending ? t('forms.saving') : t('forms.save')}
      </button>
      <button type="button" className="button button--secondary" onClick={onDone} disabled={update.isPending}>
        {t('common.cancel')}
      </button>
    </form>
  );
}

interface LessonRowProps {
  courseId: string;
  lesson: LessonOutline;
  first: boolean;
  last: boolean;
  moving: boolean;
  onMove: (delta: -1 | 1) => void;
}

function LessonRow({ courseId, lesson, first, last, moving, onMove }: LessonRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const remove = useDeleteLesson(courseId);
  return (
    <div className="editor-lesson">
      <div className="editor-item__head">
        <p className="editor-lesson__title">
          {lesson.title}{' '}
          <span className="muted">· {t('course.minutes', { minutes: format.number(lesson.minutes) })}</span>
        </p>
        <div className="actions actions--compact">
          <button
            type="button"
            className="button button--secondary button--small"
            aria-expanded={editing}
            onClick={() => setEditing((v) => !v)}
            aria-label={t('courseEditor.editNamed', { title: lesson.title })}
          >
            {t('common.edit')}
          </button>
          <MoveButtons title={lesson.title} first={first} last={last} disabled={moving} onMove={onMove} />
          <ConfirmButton
            className="button button--danger-secondary button--small"
            label={t('common.delete')}
            accessibleLabel={t('courseEditor.deleteNamed', { title: lesson.title })}
            title={t('courseEditor.deleteLessonTitle')}
            message={t('courseEditor.deleteLessonMessage', { title: lesson.title })}
            confirmLabel={t('common.delete')}
            danger
            busy={remove.isPending}
            onConfirm={() => remove.mutate(lesson.id)}
          />
        </div>
      </div>
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      {editing ? <EditLesson courseId={courseId} lessonId={lesson.id} onDone={() => setEditing(false)} /> : null}
    </div>
  );
}

/** Loads the lesson's text, then edits it. */
function EditLesson({ courseId, lessonId, onDone }: { courseId: string; lessonId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const lesson = useLesson(lessonId);
  const update = useUpdateLesson(courseId);
  if (lesson.isPending) return <Spinner label={t('courseEditor.loadingLesson')} />;
  if (lesson.isError) return <ErrorMessage error={lesson.error} onRetry={() => void lesson.refetch()} />;
  return (
    <LessonEditor
      initial={{ title: lesson.data.title, minutes: String(lesson.data.minutes), body: lesson.data.body }}
      submitLabel={t('forms.save')}
      pending={update.isPending}
      error={update.error}
      onCancel={onDone}
      onSubmit={(values) => update.mutate({ id: lessonId, ...values }, { onSuccess: onDone })}
    />
  );
}
