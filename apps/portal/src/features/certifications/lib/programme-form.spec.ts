import {
  ALL_COURSES,
  keepRequiredCount,
  programmeCreateInput,
  programmeFormValues,
  programmeSettingsValues,
  programmeUpdateInput,
  requiredCountChoices,
} from './programme-form';

const A = '0b7c2f4e-3d4a-4c55-9a71-5d2b8f0e6a11';
const B = '9e1d5a70-8b3c-4f2e-a6d4-1c0f7b2e9d38';

describe('programme form', () => {
  it('starts with every course required and common durations', () => {
    expect(programmeFormValues()).toMatchObject({
      courseIds: [],
      requiredCount: ALL_COURSES,
      validityMonths: '24',
      recertificationWindowDays: '60',
    });
  });

  it('builds the create body, leaving the count out when all courses are required', () => {
    const values = {
      ...programmeFormValues(),
      name: ' Cybercrime investigator ',
      description: ' Investigates. ',
      courseIds: [A, B],
      skills: 'osint, e-evidence, osint',
    };
    expect(programmeCreateInput(values)).toEqual({
      name: 'Cybercrime investigator',
      description: 'Investigates.',
      courseIds: [A, B],
      validityMonths: 24,
      recertificationWindowDays: 60,
      skills: ['osint', 'e-evidence'],
    });
    expect(programmeCreateInput({ ...values, requiredCount: '1' }).requiredCount).toBe(1);
  });

  it('sends unreadable numbers for the API to name', () => {
    const body = programmeCreateInput({
      ...programmeFormValues(),
      validityMonths: '',
      recertificationWindowDays: '1.5',
      requiredCount: 'x',
    });
    expect(body.validityMonths).toBeNaN();
    expect(body.recertificationWindowDays).toBeNaN();
    expect(body.requiredCount).toBeNaN();
  });

  it('offers counts below the number of courses chosen, "all" covering the rest', () => {
    expect(requiredCountChoices(4)).toEqual([1, 2, 3]);
    expect(requiredCountChoices(1)).toEqual([]);
    expect(requiredCountChoices(0)).toEqual([]);
  });

  it('falls back to "all" when fewer courses are chosen than the count', () => {
    expect(keepRequiredCount('2', 4)).toBe('2');
    expect(keepRequiredCount('3', 3)).toBe(ALL_COURSES);
    expect(keepRequiredCount('0', 3)).toBe(ALL_COURSES);
    expect(keepRequiredCount(ALL_COURSES, 0)).toBe(ALL_COURSES);
  });
});

describe('programme settings', () => {
  const programme = { description: 'Investigates cybercrime.', validityMonths: 24, recertificationWindowDays: 60 };

  it('round-trips the saved settings without changes', () => {
    expect(programmeUpdateInput(programmeSettingsValues(programme), programme)).toEqual({});
  });

  it('sends only what changed', () => {
    expect(programmeUpdateInput({ ...programmeSettingsValues(programme), validityMonths: '36' }, programme)).toEqual({
      validityMonths: 36,
    });
    expect(
      programmeUpdateInput({ ...programmeSettingsValues(programme), description: ' New text. ' }, programme),
    ).toEqual({ description: 'New text.' });
    expect(
      programmeUpdateInput({ ...programmeSettingsValues(programme), recertificationWindowDays: '' }, programme)
        .recertificationWindowDays,
    ).toBeNaN();
  });
});
