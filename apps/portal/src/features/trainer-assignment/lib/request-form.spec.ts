import { dateInputValue, dayAt, languageForCourse, requestFormValues, trainingRequestBody } from './request-form';

const COURSE = '0b7c2f4e-3d4a-4c55-9a71-5d2b8f0e6a11';

describe('request form', () => {
  it('starts empty, for the course given', () => {
    expect(requestFormValues({ courseId: COURSE })).toMatchObject({
      courseId: COURSE,
      language: '',
      startDate: '',
      seats: '12',
    });
  });

  it('keeps the language when the new course is taught in it, else takes the course’s first', () => {
    expect(languageForCourse('uk', ['en', 'uk'])).toBe('uk');
    expect(languageForCourse('es', ['en', 'uk'])).toBe('en');
    expect(languageForCourse('uk', [])).toBe('');
    expect(languageForCourse('uk', undefined)).toBe('');
  });

  it('turns training days into a period from 09:00 on the first to 17:00 on the last, in local time', () => {
    const body = trainingRequestBody({
      courseId: COURSE,
      language: 'uk',
      startDate: '2026-03-05',
      endDate: '2026-03-09',
      deliveryMode: 'blended',
      seats: ' 14 ',
    });
    expect(body).toEqual({
      courseId: COURSE,
      language: 'uk',
      startsAt: new Date(2026, 2, 5, 9).toISOString(),
      endsAt: new Date(2026, 2, 9, 17).toISOString(),
      deliveryMode: 'blended',
      seats: 14,
    });
  });

  it('makes a one-day request a valid period', () => {
    const body = trainingRequestBody({ ...requestFormValues(), startDate: '2026-03-05', endDate: '2026-03-05' });
    expect(new Date(body.endsAt).getTime() - new Date(body.startsAt).getTime()).toBe(8 * 3600_000);
  });

  it('sends what it cannot read as it is, for the API to name the field', () => {
    const body = trainingRequestBody({ ...requestFormValues(), startDate: '', endDate: '2026-02-31', seats: 'many' });
    expect(body.startsAt).toBe('');
    expect(body.endsAt).toBe('2026-02-31');
    expect(body.seats).toBeNaN();
  });

  it('reads only real days', () => {
    expect(dayAt('2026-02-29', 9)).toBeUndefined();
    expect(dayAt('2028-02-29', 9)).toBe(new Date(2028, 1, 29, 9).toISOString());
    expect(dayAt('5 March', 9)).toBeUndefined();
  });

  it('gives today as a date input value', () => {
    expect(dateInputValue(new Date(2026, 0, 7, 23, 59))).toBe('2026-01-07');
  });
});
