import { AS_WRITTEN, ENGLISH_ONLY } from '@/testing/content';
import { screen } from '@testing-library/react';
import type * as ReactModule from 'react';
import { paths } from '@/config/paths';
import { ME_QUERY_KEY, type Me } from '@/features/auth/api/get-me';
import { getCourseQueryOptions, type CourseDetail } from '@/features/catalogue/api/get-course';
import { getLessonQueryOptions, type Lesson } from '@/features/catalogue/api/get-lesson';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { LessonRoute } from './lesson';

// react-markdown ships only as ES modules, which this Jest does not load. A stand-in renders what these
// lessons use: each `![alt](src "title")` through the `img` component the portal hands react-markdown
// (as react-markdown does, title included), and every other line as a paragraph.
jest.mock('react-markdown', () => {
  const { createElement } = jest.requireActual<typeof ReactModule>('react');
  const IMAGE = /^!\[([^\]]*)\]\((\S+)(?:\s+"([^"]*)")?\)$/;
  return {
    __esModule: true,
    default: ({
      children,
      components,
    }: {
      children: string;
      components: { img: (props: { src: string; alt: string; title?: string }) => unknown };
    }) =>
      createElement(
        'div',
        null,
        ...children
          .split('\n')
          .filter((line) => line.trim())
          .map((line, i) => {
            const image = IMAGE.exec(line);
            return image
              ? createElement(components.img as never, { key: i, src: image[2], alt: image[1], title: image[3] })
              : createElement('p', { key: i }, line);
          }),
      ),
  };
});

const OFFICER: Me = {
  id: 'o-1',
  email: 'ana@unit.example',
  displayName: 'Ana Alves',
  role: 'officer',
  policeUnitId: 'unit-1',
  memberFirmId: null,
  locale: 'en',
  readsLocales: [],
  timeZone: null,
  passwordChangeRequired: false,
};

const COURSE: CourseDetail = {
  id: 'c-1',
  code: 'FR-101',
  title: 'First Responder to Cybercrime Scenes',
  summary: 'Securing a digital scene.',
  level: 'foundation',
  deliveryPolicy: 'local_first',
  topics: [],
  languages: ['en'],
  hours: 6,
  minAttendancePercent: 80,
  status: 'published',
  ...ENGLISH_ONLY,
  modules: [],
  assessment: null,
};

const LESSON: Lesson = {
  id: 'l-1',
  title: 'Chain of custody',
  position: 1,
  minutes: 20,
  moduleId: 'm-1',
  courseId: 'c-1',
  ...AS_WRITTEN,
  body: [
    '## Chain of custody',
    '',
    'The record of who had an exhibit.',
    '',
    '![From seizure to court](/lessons/chain-of-custody.svg "The exhibit’s journey =720x300")',
    '',
    '![Where the ransom goes](/lessons/ransomware-affiliate-split.svg "=720x340")',
    '',
    '![A photo of a seal](/lessons/seal.png "A seal, no size given")',
  ].join('\n'),
};

function open() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, OFFICER);
  queryClient.setQueryData(getLessonQueryOptions('l-1').queryKey, LESSON);
  queryClient.setQueryData(getCourseQueryOptions('c-1').queryKey, COURSE);
  return renderPage(<LessonRoute />, {
    path: paths.app.lesson.path,
    url: paths.app.lesson.getHref({ enrolmentId: 'e-1', lessonId: 'l-1' }),
    queryClient,
  });
}

describe('Lesson reader: images on a slow link (issue 14, data saver)', () => {
  it('loads lesson images lazily, decodes them off the main thread and reserves their box from the size in the title', () => {
    open();
    const custody = screen.getByRole('img', { name: 'From seizure to court' });
    expect(custody).toHaveAttribute('src', '/lessons/chain-of-custody.svg');
    expect(custody).toHaveAttribute('loading', 'lazy');
    expect(custody).toHaveAttribute('decoding', 'async');
    expect(custody).toHaveAttribute('width', '720');
    expect(custody).toHaveAttribute('height', '300');
    // The size is stripped from the tooltip; the caption stays.
    expect(custody).toHaveAttribute('title', 'The exhibit’s journey');

    const ransom = screen.getByRole('img', { name: 'Where the ransom goes' });
    expect(ransom).toHaveAttribute('loading', 'lazy');
    expect(ransom).toHaveAttribute('width', '720');
    expect(ransom).toHaveAttribute('height', '340');
    expect(ransom).not.toHaveAttribute('title');
  });

  it('still loads an image without a size lazily, and invents no size for it', () => {
    open();
    const seal = screen.getByRole('img', { name: 'A photo of a seal' });
    expect(seal).toHaveAttribute('loading', 'lazy');
    expect(seal).toHaveAttribute('decoding', 'async');
    expect(seal).not.toHaveAttribute('width');
    expect(seal).not.toHaveAttribute('height');
    expect(seal).toHaveAttribute('title', 'A seal, no size given');
  });
});
