import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import {
  getAllCoursesQueryOptions,
  getCoursesQueryOptions,
  type CourseSummary,
} from '@/features/catalogue/api/get-courses';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { CatalogueRoute } from './catalogue';

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

const OSINT: CourseSummary = {
  id: 'c-1',
  code: 'OS-201',
  title: 'Розвідка з відкритих джерел',
  summary: 'Пошук осіб і активів у відкритих джерелах.',
  level: 'intermediate',
  deliveryPolicy: 'experts',
  topics: ['osint'],
  languages: ['en', 'uk'],
  hours: 12,
  minAttendancePercent: 80,
  status: 'published',
  sourceLocale: 'en',
  availableIn: ['en', 'uk', 'zh-CN'],
  contentLocale: 'uk',
  translation: { locale: 'uk', status: 'published', fallback: false, outdatedSince: null },
};

describe('Catalogue: which languages a course is whole in, and “available in my language”', () => {
  afterEach(async () => {
    cleanup();
    await act(() => setLanguage('en'));
  });

  function open(url: string) {
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(ME_QUERY_KEY, OFFICER);
    queryClient.setQueryData(getAllCoursesQueryOptions({ status: 'published' }).queryKey, [OSINT]);
    for (const availableIn of [undefined, 'uk'])
      queryClient.setQueryData(getCoursesQueryOptions({ page: 1, status: 'published', availableIn }).queryKey, {
        items: [OSINT],
        total: 1,
        page: 1,
        pageSize: 20,
      });
    return renderPage(<CatalogueRoute />, { path: paths.app.catalogue.path, url, queryClient });
  }

  it('lists the languages each course can be read whole in, each named in itself, and marks the text’s language', async () => {
    await act(() => setLanguage('uk'));
    open(paths.app.catalogue.getHref());
    const card = screen.getByRole('article', { name: OSINT.title });
    const available = within(card).getByText('Доступний мовами').nextElementSibling as HTMLElement;
    expect(
      within(available)
        .getAllByText(/./)
        .map((e) => e.textContent),
    ).toEqual(['English', 'Українська', '简体中文']);
    expect(within(card).getByRole('heading', { name: OSINT.title })).toHaveAttribute('lang', 'uk');
  });

  it('filters by the portal’s language when “available in my language” is ticked, and back', async () => {
    await act(() => setLanguage('uk'));
    const page = open(paths.app.catalogue.getHref());
    const box = screen.getByRole('checkbox', { name: 'Доступні моєю мовою (Українська)' });
    expect(box).not.toBeChecked();
    fireEvent.click(box);
    expect(page.location()).toBe('/catalogue?availableIn=uk');
    expect(screen.getByRole('checkbox', { name: 'Доступні моєю мовою (Українська)' })).toBeChecked();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Доступні моєю мовою (Українська)' }));
    expect(page.location()).toBe('/catalogue');
  });
});
