import { ENGLISH_ONLY } from '@/testing/content';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { paths } from '@/config/paths';
import { getAllCoursesQueryOptions, type CourseSummary } from '@/features/catalogue/api/get-courses';
import { api } from '@/lib/api-client';
import { setLanguage } from '@/lib/i18n';
import { createTestQueryClient, renderPage } from '@/testing/render';
import { TrainingRequestNewRoute } from './training-request-new';

const course = (id: string, code: string, status: CourseSummary['status'], languages: string[]): CourseSummary => ({
  id,
  code,
  title: `Course ${code}`,
  summary: '',
  level: 'foundation',
  deliveryPolicy: 'local_first',
  topics: [],
  languages,
  hours: 8,
  minAttendancePercent: 80,
  status,
  ...ENGLISH_ONLY,
});

const FORENSICS = course('c-1', 'DF-201', 'published', ['en', 'es']);
const FRAUD = course('c-2', 'FR-110', 'published', ['fr']);
const DRAFT = course('c-3', 'DR-999', 'draft', ['en']);

function open(courses: CourseSummary[], url = paths.app.trainingRequestNew.getHref()) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(getAllCoursesQueryOptions().queryKey, courses);
  return renderPage(<TrainingRequestNewRoute />, { path: paths.app.trainingRequestNew.path, url, queryClient });
}

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;
const optionLabels = (name: string) =>
  within(select(name))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('Raise a training request (page)', () => {
  it('offers the published courses only, and no language before a course is chosen', () => {
    open([FORENSICS, FRAUD, DRAFT]);
    expect(screen.getByRole('heading', { level: 1, name: 'Raise a training request' })).toBeInTheDocument();
    expect(optionLabels('Course')).toEqual(['Choose a course…', 'DF-201 — Course DF-201', 'FR-110 — Course FR-110']);
    expect(select('Course')).toHaveValue('');
    expect(select('Language')).toBeDisabled();
    expect(optionLabels('Language')).toEqual(['Choose a course first']);
  });

  it('says so instead of showing the form when no course is published', () => {
    open([DRAFT]);
    expect(screen.getByText('No course is published yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Raise the request' })).not.toBeInTheDocument();
  });

  it('starts from the course in the address (a link from the catalogue), in its first language', () => {
    open([FORENSICS, FRAUD], paths.app.trainingRequestNew.getHref({ courseId: 'c-1' }));
    expect(select('Course')).toHaveValue('c-1');
    expect(select('Language')).toBeEnabled();
    expect(select('Language')).toHaveValue('en');
    expect(optionLabels('Language')).toEqual(['Choose a language…', 'English', 'Spanish']);
  });

  it('keeps a language the new course is taught in, else takes its first', () => {
    open([FORENSICS, FRAUD]);
    fireEvent.change(select('Course'), { target: { value: 'c-1' } });
    fireEvent.change(select('Language'), { target: { value: 'es' } });
    fireEvent.change(select('Course'), { target: { value: 'c-2' } });
    expect(select('Language')).toHaveValue('fr');
    expect(optionLabels('Language')).toEqual(['Choose a language…', 'French']);
  });

  it('sends the training days from 09:00 on the first to 17:00 on the last, and the seats as a number', async () => {
    const { queryClient, location } = open([FORENSICS, FRAUD]);
    fireEvent.change(select('Course'), { target: { value: 'c-1' } });
    fireEvent.change(select('Language'), { target: { value: 'es' } });
    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2030-03-05' } });
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2030-03-09' } });
    fireEvent.change(select('Delivery'), { target: { value: 'blended' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Seats' }), { target: { value: '20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Raise the request' }));

    const [mutation] = queryClient.getMutationCache().getAll();
    expect(mutation.state.variables).toEqual({
      courseId: 'c-1',
      language: 'es',
      startsAt: new Date(2030, 2, 5, 9).toISOString(),
      endsAt: new Date(2030, 2, 9, 17).toISOString(),
      deliveryMode: 'blended',
      seats: 20,
    });
    // No API answers in this test: the refusal is shown above the form, and the page stays.
    expect(await screen.findByRole('alert')).toHaveTextContent('Not raised.');
    expect(location()).toBe('/training-requests/new');
  });

  it('says the API’s refusal in the reader’s language, naming the fields by their labels', async () => {
    const post = jest.spyOn(api, 'POST').mockResolvedValue({
      data: undefined,
      error: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'seats: must not be greater than 500; startsAt: must be in the future',
        code: 'validation.max',
        field: 'seats',
        params: { max: 500 },
        errors: [
          {
            code: 'validation.max',
            field: 'seats',
            params: { max: 500 },
            message: 'seats: must not be greater than 500',
          },
          { code: 'validation.starts_in_past', field: 'startsAt', message: 'startsAt: must be in the future' },
        ],
      },
      response: { ok: false, status: 400, statusText: 'Bad Request' } as Response,
    } as never);
    try {
      await act(() => setLanguage('es'));
      open([FORENSICS]);
      fireEvent.change(select('Curso'), { target: { value: 'c-1' } });
      fireEvent.change(select('Idioma'), { target: { value: 'es' } });
      fireEvent.change(screen.getByLabelText('Primer día'), { target: { value: '2030-03-05' } });
      fireEvent.change(screen.getByLabelText('Último día'), { target: { value: '2030-03-09' } });
      fireEvent.change(screen.getByRole('spinbutton', { name: 'Cupos' }), { target: { value: '20' } });
      fireEvent.click(screen.getByRole('button', { name: 'Presentar la solicitud' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Cupos: debe ser como máximo 500. La fecha de inicio debe ser futura.');
      expect(alert).not.toHaveTextContent('must not be greater');
      expect(screen.getByRole('spinbutton', { name: 'Cupos' })).toHaveAttribute('aria-invalid', 'true');
    } finally {
      cleanup();
      post.mockRestore();
      await act(() => setLanguage('en'));
    }
  });

  it('moves the last day along when the first day passes it', () => {
    open([FORENSICS]);
    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2030-03-05' } });
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2030-03-06' } });
    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2030-03-10' } });
    expect(screen.getByLabelText('Last day')).toHaveValue('2030-03-10');
    expect(screen.getByLabelText('Last day')).toHaveAttribute('min', '2030-03-10');
  });
});
