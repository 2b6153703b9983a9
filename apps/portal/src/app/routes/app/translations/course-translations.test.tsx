import { fireEvent, screen, within } from '@testing-library/react';
import type * as ReactModule from 'react';
import { paths } from '@/config/paths';
import { getCourseStringsQueryOptions, type CourseStrings } from '@/features/translations/api/get-course-strings';
import { api } from '@/lib/api-client';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { CourseTranslationsRoute } from './course-translations';

// react-markdown ships only as ES modules, which this Jest does not load: a stand-in renders each line.
jest.mock('react-markdown', () => {
  const { createElement } = jest.requireActual<typeof ReactModule>('react');
  return {
    __esModule: true,
    default: ({ children }: { children: string }) =>
      createElement(
        'div',
        { 'data-testid': 'markdown' },
        ...children
          .split('\n')
          .filter((line) => line.trim())
          .map((line, i) => createElement('p', { key: i }, line)),
      ),
  };
});

const TRANSLATION = {
  id: 't-1',
  entityType: 'lesson' as const,
  entityId: 'l-1',
  courseId: 'c-1',
  locale: 'uk',
  fields: { title: 'Ланцюг зберігання', body: '# Ланцюг\n\nХто мав доказ.' },
  status: 'outdated' as const,
  sourceFields: { title: 'Chain of custody', body: '# Chain\n\nWho had the exhibit.' },
  sourceRevision: 1,
  outdatedSince: '2027-03-04T10:00:00.000Z',
  updatedAt: '2027-03-01T10:00:00.000Z',
  publishedAt: '2027-03-01T10:00:00.000Z',
};

const STRINGS: CourseStrings = {
  courseId: 'c-1',
  sourceLocale: 'en',
  locale: 'uk',
  strings: [
    {
      entityType: 'course',
      entityId: 'c-1',
      source: { title: 'Digital evidence', summary: 'Seizing phones.' },
      sourceRevision: 1,
      status: 'missing',
      translation: null,
    },
    {
      entityType: 'lesson',
      entityId: 'l-1',
      source: { title: 'Chain of custody', body: '# Chain\n\nWho had the exhibit and when.' },
      sourceRevision: 2,
      status: 'outdated',
      translation: TRANSLATION,
    },
    {
      entityType: 'question',
      entityId: 'q-1',
      source: { prompt: 'Which bag blocks signals?', options: { a: 'Faraday bag', b: 'Paper bag' } },
      sourceRevision: 1,
      status: 'missing',
      translation: null,
    },
  ],
};

function open() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getCourseStringsQueryOptions('c-1', 'uk').queryKey, STRINGS);
  queryClient.setQueryData(
    ['content-locales'],
    [
      { code: 'en', name: 'English', searchConfig: 'english' },
      { code: 'uk', name: 'Українська', searchConfig: null },
    ],
  );
  renderPage(<CourseTranslationsRoute />, {
    path: paths.app.courseTranslations.path,
    url: paths.app.courseTranslations.getHref({ courseId: 'c-1', locale: 'uk' }),
    queryClient,
  });
  return queryClient;
}

describe('Side-by-side translation editor', () => {
  it('shows the source beside the translation, and what changed in the source since, with the date', () => {
    open();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Digital evidence — Українська');
    const body = screen.getByRole('textbox', { name: 'Text · Українська' });
    expect(body).toHaveValue('# Ланцюг\n\nХто мав доказ.');
    expect(body).toHaveAttribute('lang', 'uk');
    expect(screen.getByText(/The source changed on/)).toHaveTextContent('Mar 4, 2027');
    // The diff marks the words added to the source since the translation was made.
    expect(screen.getByTitle('Added to the source')).toHaveTextContent('and when');
    // The translation's Markdown is previewed as learners will see it.
    const preview = screen.getByRole('region', { name: 'Preview of Text' });
    expect(within(preview).getByText('Хто мав доказ.')).toBeInTheDocument();
  });

  it('edits a question’s options as text only, keeping the source’s option ids, and publishes', () => {
    const queryClient = open();
    const ok = { data: { ...TRANSLATION, status: 'published' }, error: undefined, response: { ok: true, status: 200 } };
    const put = jest.spyOn(api, 'PUT').mockResolvedValue(ok as never);
    const post = jest.spyOn(api, 'POST').mockResolvedValue(ok as never);
    try {
      fireEvent.change(screen.getByRole('textbox', { name: 'Question · Українська' }), {
        target: { value: 'Який пакет блокує сигнали?' },
      });
      fireEvent.change(screen.getByRole('textbox', { name: 'Option 1 · Українська' }), {
        target: { value: 'Пакет Фарадея' },
      });
      fireEvent.change(screen.getByRole('textbox', { name: 'Option 2 · Українська' }), {
        target: { value: 'Паперовий пакет' },
      });
      const form = screen.getByRole('textbox', { name: 'Option 2 · Українська' }).closest('form')!;
      fireEvent.click(within(form).getByRole('button', { name: 'Publish' }));
      const [mutation] = queryClient.getMutationCache().getAll();
      expect(mutation.state.variables).toEqual({
        entityType: 'question',
        entityId: 'q-1',
        locale: 'uk',
        fields: { prompt: 'Який пакет блокує сигнали?', options: { a: 'Пакет Фарадея', b: 'Паперовий пакет' } },
        publish: true,
      });
    } finally {
      put.mockRestore();
      post.mockRestore();
    }
  });

  it('offers the course’s strings as XLIFF and PO files', () => {
    open();
    expect(screen.getByRole('link', { name: 'Download XLIFF' })).toHaveAttribute(
      'href',
      '/api/courses/c-1/translations/uk.xlf',
    );
    expect(screen.getByRole('link', { name: 'Download PO' })).toHaveAttribute(
      'href',
      '/api/courses/c-1/translations/uk.po',
    );
  });
});
