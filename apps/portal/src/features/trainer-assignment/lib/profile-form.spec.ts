import { profileFormValues, profileUpdateBody, toggled, type TrainerProfile } from './profile-form';

const COURSE_A = '0b7c2f4e-3d4a-4c55-9a71-5d2b8f0e6a11';
const COURSE_B = '9e1d5a70-8b3c-4f2e-a6d4-1c0f7b2e9d38';

const trainer: TrainerProfile = {
  languages: ['en', 'uk'],
  skills: ['osint', 'digital-forensics'],
  courseIds: [COURSE_A],
  countryCodes: ['UA', 'RO'],
  excludedCountryCodes: [],
  onlineOnly: false,
  loadLimitPerQuarter: 4,
};

const values = () => profileFormValues(trainer);

describe('profile form', () => {
  it('holds lists as text and numbers as text', () => {
    expect(values()).toMatchObject({
      languages: 'en, uk',
      skills: 'osint, digital-forensics',
      loadLimitPerQuarter: '4',
      countryCodes: ['UA', 'RO'],
    });
  });

  it('sends nothing when nothing changed, whatever the order', () => {
    expect(profileUpdateBody(values(), trainer, { canSetCourses: true })).toEqual({});
    expect(
      profileUpdateBody({ ...values(), languages: 'uk,en', countryCodes: ['RO', 'UA'] }, trainer, {
        canSetCourses: true,
      }),
    ).toEqual({});
  });

  it('sends only what changed', () => {
    const body = profileUpdateBody(
      {
        ...values(),
        languages: 'en, uk, ru',
        excludedCountryCodes: ['RU', 'BY'],
        onlineOnly: true,
        loadLimitPerQuarter: ' 6 ',
      },
      trainer,
      { canSetCourses: false },
    );
    expect(body).toEqual({
      languages: ['en', 'uk', 'ru'],
      excludedCountryCodes: ['BY', 'RU'],
      onlineOnly: true,
      loadLimitPerQuarter: 6,
    });
  });

  it('never sends qualifications for a trainer, and sends them for a member admin or admin', () => {
    const changed = { ...values(), courseIds: [COURSE_A, COURSE_B] };
    expect(profileUpdateBody(changed, trainer, { canSetCourses: false })).not.toHaveProperty('courseIds');
    expect(profileUpdateBody(changed, trainer, { canSetCourses: true })).toEqual({ courseIds: [COURSE_A, COURSE_B] });
    expect(profileUpdateBody({ ...values(), courseIds: [] }, trainer, { canSetCourses: true })).toEqual({
      courseIds: [],
    });
  });

  it('sends an unreadable load limit as NaN, for the API to name the field', () => {
    expect(
      profileUpdateBody({ ...values(), loadLimitPerQuarter: 'lots' }, trainer, { canSetCourses: false })
        .loadLimitPerQuarter,
    ).toBeNaN();
  });

  it('adds and removes checkbox values without repeats', () => {
    expect(toggled(['UA'], 'RO', true)).toEqual(['UA', 'RO']);
    expect(toggled(['UA', 'RO'], 'UA', true)).toEqual(['RO', 'UA']);
    expect(toggled(['UA', 'RO'], 'UA', false)).toEqual(['RO']);
  });
});
