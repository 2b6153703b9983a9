import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { moveItem } from '@/lib/form-values';
import { useAddModule } from '@/features/catalogue/api/add-module';
import { useReorderModules } from '@/features/catalogue/api/reorder-modules';
import type { CourseDetail } from '@/features/catalogue/api/get-course';
import { ModuleEditor } from './module-editor';

/** A course's modules and lessons: add, rename, delete and re-order them. */
export function OutlineEditor({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const reorder = useReorderModules(course.id);
  const ids = course.modules.map((m) => m.id);
  return (
    <section className="card" aria-labelledby="outline-editor-title">
      <h2 id="outline-editor-title">{t('courseEditor.outline')}</h2>
      {reorder.isError ? <ErrorMessage error={reorder.error} /> : null}
      <p className="visually-hidden" role="status">
        {reorder.isSuccess ? t('courseEditor.orderSaved') : ''}
      </p>
      {course.modules.length === 0 ? <p className="empty">{t('courseEditor.noModules')}</p> : null}
      <ol className="editor-list">
        {course.modules.map((module, index) => (
          <li key={module.id}>
            <ModuleEditor
              courseId={course.id}
              module={module}
              first={index === 0}
              last={index === course.modules.length - 1}
              moving={reorder.isPending}
              onMove={(delta) => reorder.mutate(moveItem(ids, index, delta))}
            />
          </li>
        ))}
      </ol>
      <AddModuleForm courseId={course.id} />
    </section>
  );
}

function AddModuleForm({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const add = useAddModule(courseId);
  const [title, setTitle] = useState('');
  const errors = useFieldErrors(add.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(title.trim(), { onSuccess: () => setTitle('') });
  };
  return (
    <form className="form form--inline" onSubmit={submit} aria-label={t('courseEditor.addModule')}>
      <FormError id={errors.errorId} error={add.error} title={t('forms.notSaved')} />
      <TextField
        className="field--grow"
        label={t('courseEditor.newModuleTitle')}
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        {...errors.of('title')}
      />
      <button type="submit" className="button" disabled={add.isPending} aria-busy={add.isPending}>
        {add.isPending ? t('forms.saving') : t('courseEditor.addModule')}
      </button>
    </form>
  );
}
