import { cohortCreateInput, cohortFormValues, cohortUpdateInput, type CohortFormValues } from './cohort-form';

const COURSE = '0b7c2f4e-3d4a-4c55-9a71-5d2b8f0e6a11';
const TRAINER = '9e1d5a70-8b3c-4f2e-a6d4-1c0f7b2e9d38';

const cohort = {
  courseId: COURSE,
  startsAt: '2026-03-02T08:00:00.000Z',
  endsAt: '2026-03-06T15:00:00.000Z',
  deliveryMode: 'in_person' as const,
  language: 'uk',
  countryCode: 'UA',
  city: 'Kyiv',
  capacity: 24,
  trainerId: null,
  policeUnitId: null,
  requiresApproval: false,
};

const form = (over: Partial<CohortFormValues> = {}): CohortFormValues => ({ ...cohortFormValues(cohort), ...over });

describe('cohort form', () => {
  it('starts a new cohort online, for the course given', () => {
    expect(cohortFormValues(undefined, { courseId: COURSE })).toMatchObject({
      courseId: COURSE,
      deliveryMode: 'online',
      trainerId: '',
      capacity: '20',
    });
  });

  it('round-trips a cohort through the form', () => {
    expect(cohortCreateInput(form())).toEqual({
      courseId: COURSE,
      startsAt: cohort.startsAt,
      endsAt: cohort.endsAt,
      deliveryMode: 'in_person',
      language: 'uk',
      countryCode: 'UA',
      city: 'Kyiv',
      capacity: 24,
      requiresApproval: false,
    });
  });

  it('leaves the place out of an online cohort, and adds the trainer when chosen', () => {
    const body = cohortCreateInput(form({ deliveryMode: 'online', trainerId: TRAINER }));
    expect(body).not.toHaveProperty('countryCode');
    expect(body).not.toHaveProperty('city');
    expect(body.trainerId).toBe(TRAINER);
  });

  it('sends what it cannot read as it is, for the API to name the field', () => {
    const body = cohortCreateInput(form({ startsAt: '', capacity: 'many' }));
    expect(body.startsAt).toBe('');
    expect(body.capacity).toBeNaN();
  });

  it('sends only what changed', () => {
    expect(cohortUpdateInput(form(), cohort)).toEqual({});
    expect(
      cohortUpdateInput(form({ capacity: '30', city: ' Lviv ', trainerId: TRAINER, requiresApproval: true }), cohort),
    ).toEqual({
      capacity: 30,
      city: 'Lviv',
      trainerId: TRAINER,
      requiresApproval: true,
    });
    const later = cohortFormValues({ ...cohort, endsAt: '2026-03-07T15:00:00.000Z' });
    expect(cohortUpdateInput({ ...form(), endsAt: later.endsAt }, cohort)).toEqual({
      endsAt: '2026-03-07T15:00:00.000Z',
    });
  });

  it('never sends a city for an online cohort', () => {
    expect(
      cohortUpdateInput(form({ city: 'Somewhere' }), {
        ...cohort,
        deliveryMode: 'online',
        city: null,
        countryCode: null,
      }),
    ).toEqual({});
  });
});
