import { screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import {
  getAllCoursesQueryOptions,
  getCoursesQueryOptions,
  type CourseListItem,
} from '@/features/catalogue/api/get-courses';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { CatalogueRoute } from './catalogue';

const hit = (id: string, title: string, matchedLocale?: string): CourseListItem => ({
  id,
  code: `CT-${id}`,
  title,
  summary: 'Tracing assets across exchanges.',
  level: 'foundation',
  deliveryPolicy: 'local_first',
  topics: [],
  languages: ['en'],
  hours: 6,
  minAttendancePercent: 80,
  status: 'published',
  sourceLocale: 'en',
  availableIn: ['en'],
  contentLocale: 'en',
  translation: { locale: 'en', status: 'source', fallback: false, outdatedSince: null },
  ...(matchedLocale ? { matchedLocale } : {}),
});

const HITS = [hit('1', 'Tracing virtual assets', 'uk'), hit('2', 'Crypto seizures', 'zh-CN'), hit('3', 'Mixers', 'en')];

function open(q: string | undefined, items: CourseListItem[]) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(
    getCoursesQueryOptions({
      page: 1,
      q,
      topic: undefined,
      language: undefined,
      level: undefined,
      availableIn: undefined,
      status: 'published',
    }).queryKey,
    { items, total: items.length, page: 1, pageSize: 20 },
  );
  queryClient.setQueryData(getAllCoursesQueryOptions({ status: 'published' }).queryKey, items);
  return renderPage(<CatalogueRoute />, {
    path: paths.app.catalogue.path,
    url: paths.app.catalogue.getHref(q ? { q } : {}),
    queryClient,
  });
}

const card = (title: string) => within(screen.getByRole('heading', { name: title }).closest('article')!);

describe('Catalogue: search in every language (issue 13)', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('says on each hit which language the search matched in', () => {
    open('криптовалюти', HITS);
    expect(card('Tracing virtual assets').getByText('Found in Ukrainian')).toBeInTheDocument();
    expect(card('Crypto seizures').getByText('Found in Chinese (China)')).toBeInTheDocument();
    expect(card('Mixers').getByText('Found in English')).toBeInTheDocument();
  });

  it('says nothing of a matched language when nothing was searched', () => {
    open(undefined, [hit('4', 'Router logs')]);
    expect(card('Router logs').queryByText(/Found in/)).not.toBeInTheDocument();
  });

  it.each([
    ['es', 'Encontrado en ucraniano'],
    ['pt-BR', 'Encontrado em ucraniano'],
    ['ru', 'Найдено: украинский'],
    ['uk', 'Знайдено: українська'],
    ['zh-CN', '匹配语言：乌克兰语'],
  ])('in %s, names the matched language in the reader’s language', async (language, text) => {
    await setLanguage(language as Parameters<typeof setLanguage>[0]);
    open('криптовалюти', [HITS[0]]);
    expect(await screen.findByText(text)).toBeInTheDocument();
  });
});
