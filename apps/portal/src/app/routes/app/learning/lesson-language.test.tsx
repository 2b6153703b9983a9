import { act, cleanup, screen } from '@testing-library/react';
import type * as ReactModule from 'react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getCourseQueryOptions, type CourseDetail } from '@/features/catalogue/api/get-course';
import { getLessonQueryOptions, type Lesson } from '@/features/catalogue/api/get-lesson';
import { setLanguage } from '@/lib/i18n';
import { ENGLISH_ONLY } from '@/testing/content';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { LessonRoute } from './lesson';

// react-markdown ships only as ES modules, which this Jest does not load: each line becomes a paragraph.
jest.mock('react-markdown', () => {
  const { createElement } = jest.requireActual<typeof ReactModule>('react');
  return {
    __esModule: true,
    default: ({ children }: { children: string }) =>
      createElement(
        'div',
        null,
        ...children
          .split('\n')
          .filter((line) => line.trim())
          .map((line, i) => createElement('p', { key: i }, line)),
      ),
  };
});

const OFFICER: Me = {
  id: 'o-1',
  email: 'olena@unit.example',
  displayName: 'Олена Коваленко',
  role: 'officer',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: 'uk',
  readsLocales: [],
  passwordChangeRequired: false,
  timeZone: null,
};

const COURSE: CourseDetail = {
  id: 'c-1',
  code: 'OS-201',
  title: 'Open-source intelligence',
  summary: 'Finding people and assets in open sources.',
  level: 'intermediate',
  deliveryPolicy: 'experts',
  topics: [],
  languages: ['en'],
  hours: 6,
  minAttendancePercent: 80,
  status: 'published',
  ...ENGLISH_ONLY,
  modules: [],
  assessment: null,
};

const lesson = (over: Partial<Lesson>): Lesson => ({
  id: 'l-1',
  title: 'Search operators',
  position: 1,
  minutes: 20,
  moduleId: 'm-1',
  courseId: 'c-1',
  body: 'Use quotes for exact phrases.',
  contentLocale: 'en',
  translation: { locale: 'en', status: 'source', fallback: true, outdatedSince: null },
  ...over,
});

function open(shown: Lesson) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, OFFICER);
  queryClient.setQueryData(getLessonQueryOptions('l-1').queryKey, shown);
  queryClient.setQueryData(getCourseQueryOptions('c-1').queryKey, COURSE);
  return renderPage(<LessonRoute />, {
    path: paths.app.lesson.path,
    url: paths.app.lesson.getHref({ enrolmentId: 'e-1', lessonId: 'l-1' }),
    queryClient,
  });
}

describe('Lesson reader in the officer’s language: never a silent mix', () => {
  beforeEach(async () => {
    await act(() => setLanguage('uk'));
  });
  afterEach(async () => {
    cleanup();
    await act(() => setLanguage('en'));
  });

  it('says, in Ukrainian, that the lesson is not yet in Ukrainian and is shown in English, and marks the text English', () => {
    open(lesson({}));
    expect(screen.getByRole('note')).toHaveTextContent(
      'Цей урок ще недоступний мовою «Українська»; показано мовою «English».',
    );
    expect(screen.getByText('Use quotes for exact phrases.').closest('[lang]')).toHaveAttribute('lang', 'en');
  });

  it('names the language it falls back to from the officer’s other languages', () => {
    open(
      lesson({
        title: 'Операторы поиска',
        body: 'Используйте кавычки.',
        contentLocale: 'ru',
        translation: { locale: 'ru', status: 'published', fallback: true, outdatedSince: null },
      }),
    );
    expect(screen.getByRole('note')).toHaveTextContent('показано мовою «Русский»');
    expect(screen.getByText('Используйте кавычки.').closest('[lang]')).toHaveAttribute('lang', 'ru');
  });

  it('says when the English original changed after the translation, with the date, and still shows the translation', () => {
    open(
      lesson({
        title: 'Оператори пошуку',
        body: 'Використовуйте лапки для точних фраз.',
        contentLocale: 'uk',
        translation: { locale: 'uk', status: 'outdated', fallback: false, outdatedSince: '2031-03-04T12:00:00.000Z' },
      }),
    );
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent(/^Оригінал мовою «English» змінено .*2031.*; цей переклад може бути застарілим\.$/);
    expect(note).not.toHaveTextContent('недоступний');
    expect(screen.getByText('Використовуйте лапки для точних фраз.')).toBeInTheDocument();
  });

  it('shows no note when the lesson is published in the officer’s language', () => {
    open(
      lesson({
        title: 'Оператори пошуку',
        body: 'Використовуйте лапки.',
        contentLocale: 'uk',
        translation: { locale: 'uk', status: 'published', fallback: false, outdatedSince: null },
      }),
    );
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.getByText('Використовуйте лапки.').closest('[lang]')).toHaveAttribute('lang', 'uk');
  });

  it('says it in Chinese too', async () => {
    await act(() => setLanguage('zh-CN'));
    open(lesson({}));
    expect(screen.getByRole('note')).toHaveTextContent('本课尚无简体中文版本，现以English显示。');
  });
});
