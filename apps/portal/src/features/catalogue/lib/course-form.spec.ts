import { courseCreateInput, courseFormValues, courseUpdateInput } from './course-form';

const course = {
  code: 'DF-201',
  title: 'Digital forensics',
  summary: 'Seize and image.',
  level: 'intermediate' as const,
  topics: ['digital-forensics', 'e-evidence'],
  languages: ['en', 'uk'],
  hours: 16,
};

describe('course form', () => {
  it('starts empty for a new course, in English', () => {
    expect(courseFormValues()).toMatchObject({ code: '', level: 'foundation', languages: 'en', hours: '' });
  });

  it('round-trips a course', () => {
    expect(courseCreateInput(courseFormValues(course))).toEqual(course);
  });

  it('trims texts and splits lists', () => {
    expect(
      courseCreateInput({
        ...courseFormValues(course),
        title: '  T  ',
        topics: 'osint, , dark-web',
        languages: 'en,pt-BR',
      }),
    ).toMatchObject({
      title: 'T',
      topics: ['osint', 'dark-web'],
      languages: ['en', 'pt-BR'],
    });
  });

  it('sends an empty number as NaN, for the API to name the field', () => {
    expect(courseCreateInput({ ...courseFormValues(course), hours: ' ' }).hours).toBeNaN();
  });

  it('sends only what changed', () => {
    expect(courseUpdateInput(courseFormValues(course), course)).toEqual({});
    expect(courseUpdateInput({ ...courseFormValues(course), hours: '20', languages: 'en, uk, es' }, course)).toEqual({
      hours: 20,
      languages: ['en', 'uk', 'es'],
    });
  });
});
